package dev.progeny.probes.diagnose;

import dev.progeny.probes.ProcessState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was read about one process for {@link WaitDecoder}, each part empty where unreadable.
 * Immutable.
 *
 * @param state    its state when read
 * @param syscall  {@code /proc/PID/syscall} (needs ptrace-attach access)
 * @param wchan    {@code /proc/PID/wchan} (needs ptrace-read access)
 * @param fds      its open descriptors by number
 * @param sleep    the length of its sleep, where it sleeps and the request could be read
 * @param children its children's pids
 */
public record WaitInputs(ProcessState state, Optional<SyscallLine> syscall, Optional<String> wchan,
                         Map<Integer, Descriptor> fds, Optional<Duration> sleep, List<Integer> children) {
    public WaitInputs {
        fds = Map.copyOf(fds);
        children = List.copyOf(children);
    }
}
