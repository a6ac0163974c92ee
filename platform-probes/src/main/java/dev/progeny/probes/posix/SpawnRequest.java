package dev.progeny.probes.posix;

import dev.progeny.probes.launch.Isolation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the one launch sequence asks an OS's spawn planner for, once the command is resolved:
 * every OS plans the same request its own way ({@code <Os>SpawnPlanner}). Immutable.
 *
 * @param executable the file to exec (absolute; {@code /bin/sh} when there are pre-exec steps)
 * @param argv       the argument vector exec'd, the {@link ExecWrapper} around the user's when
 *                   there are pre-exec steps
 * @param envp       {@code NAME=value} strings
 * @param directory  the working directory, or Progeny's own
 * @param isolation  new process group or new session
 * @param stdio      where fds 0-2 come from
 */
public record SpawnRequest(Path executable, List<String> argv, List<String> envp, Optional<Path> directory,
                           Isolation isolation, Stdio stdio) {

    public SpawnRequest {
        argv = List.copyOf(argv);
        envp = List.copyOf(envp);
    }

    /** Where a child's standard descriptors come from. */
    public sealed interface Stdio {
        /** stdin from /dev/null, stdout and stderr the write ends of two pipes Progeny reads. */
        record Captured(int stdoutFd, int stderrFd) implements Stdio {
            /** The file actions that set this up, with the OS's {@code O_RDONLY}. */
            public List<SpawnPlan.FileAction> actions(int oRdonly) {
                return List.of(new SpawnPlan.FileAction.Open(0, "/dev/null", oRdonly),
                        new SpawnPlan.FileAction.Dup2(stdoutFd, 1), new SpawnPlan.FileAction.Dup2(stderrFd, 2));
            }
        }

        /**
         * Progeny's own 0, 1 and 2 (the terminal); with {@code foreground} the child's group
         * takes the terminal's foreground before it runs (where the OS can do that in the child).
         */
        record Inherited(boolean foreground) implements Stdio {
        }
    }
}
