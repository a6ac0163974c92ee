package dev.progeny.probes.diagnose;

import dev.progeny.probes.ProcessInfo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A parent with zombie children it has not waited for, and what it is doing instead. Immutable.
 *
 * @param zombies           its zombie children
 * @param oldest            how long the oldest has been a zombie, where known
 * @param parentWaiting     what the parent waits for
 * @param handlesChildSignal whether the parent catches SIGCHLD (then a SIGCHLD may make it
 *                          reap), empty when unknown
 */
public record ZombieFamily(ProcessInfo parent, List<ProcessInfo> zombies, Optional<Duration> oldest,
                           WaitingFor parentWaiting, Optional<Boolean> handlesChildSignal) {

    public ZombieFamily {
        zombies = List.copyOf(zombies);
    }

    /** "parent 4241 perl is sleeping in clock_nanosleep and has not called wait: 20 zombies for 40 s". */
    public String describe() {
        String count = zombies.size() == 1 ? "1 zombie" : zombies.size() + " zombies";
        String doing = switch (parentWaiting) {
            case WaitingFor.Child c when c.target().scope() == ChildTarget.Scope.PID -> "waits for child " + c.target().id() + " only";
            case WaitingFor.Child c -> "is in wait (it should reap them soon)";
            default -> "is " + WaitWords.where(parentWaiting) + " and has not called wait";
        };
        return "parent " + parent.pid() + " " + parent.name() + " " + doing + ": " + count
                + oldest.map(d -> " for " + WaitWords.duration(d)).orElse("");
    }
}
