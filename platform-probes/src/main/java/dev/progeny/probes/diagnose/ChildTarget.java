package dev.progeny.probes.diagnose;

/**
 * Which children a wait4/waitid call waits for (wait4(2): pid -1 any, 0 the caller's group,
 * less than -1 group -pid; waitid(2): P_ALL 0, P_PID 1, P_PGID 2, P_PIDFD 3). Immutable.
 *
 * @param id the pid, group id or pidfd, 0 for "any" or "the caller's group"
 */
public record ChildTarget(Scope scope, int id) {

    /** {@code UNKNOWN} where only the wait channel said "in wait". */
    public enum Scope { ANY, PID, GROUP, PIDFD, UNKNOWN }

    static ChildTarget ofWait4(int pid) {
        if (pid == -1) {
            return new ChildTarget(Scope.ANY, 0);
        }
        return pid > 0 ? new ChildTarget(Scope.PID, pid) : new ChildTarget(Scope.GROUP, -pid);
    }

    static ChildTarget ofWaitid(int idtype, int id) {
        return switch (idtype) {
            case 1 -> new ChildTarget(Scope.PID, id);
            case 2 -> new ChildTarget(Scope.GROUP, id);
            case 3 -> new ChildTarget(Scope.PIDFD, id);
            default -> new ChildTarget(Scope.ANY, 0);
        };
    }
}
