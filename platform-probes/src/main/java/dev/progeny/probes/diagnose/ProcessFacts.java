package dev.progeny.probes.diagnose;

import dev.progeny.probes.ProcessInfo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What was read about one process for diagnosis, decoded; each part empty where the OS does not
 * offer it or refused (another user's process, a zombie's descriptors). Immutable.
 *
 * @param process      the process as read with these facts (fresh state)
 * @param waiting      what it waits for, pipes not yet joined
 * @param fds          its open descriptors, lowest first
 * @param status       Linux {@code status}: namespace pids and signal masks
 * @param pidNamespace the inode of its pid namespace ({@code /proc/PID/ns/pid})
 * @param container    the container or unit its cgroup names
 * @param zombieFor    for a zombie, how long since it exited
 */
public record ProcessFacts(ProcessInfo process, WaitingFor waiting, Optional<List<Descriptor>> fds,
                           Optional<ProcStatus> status, OptionalLong pidNamespace, Optional<ContainerRef> container,
                           Optional<ProcessLimits> limits, Optional<Duration> zombieFor) {

    public ProcessFacts {
        fds = fds.map(List::copyOf);
    }

    /** Facts with nothing but the wait (the window's column, a platform that offers no more). */
    public static ProcessFacts waitOnly(ProcessInfo process, WaitingFor waiting) {
        return new ProcessFacts(process, waiting, Optional.empty(), Optional.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public int pid() {
        return process.pid();
    }

    /** The pids in each nested pid namespace, outermost first; just the pid when unknown. */
    public List<Integer> nspid() {
        return status.map(ProcStatus::nspid).orElse(List.of(process.pid()));
    }
}
