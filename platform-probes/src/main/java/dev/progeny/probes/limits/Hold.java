package dev.progeny.probes.limits;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one limit of a launch is held, or why it is not: what the window and {@code run -v} say.
 * Any OS. Immutable.
 */
public sealed interface Hold {

    /** One sentence: "cgroup v1 pids.max in /sys/fs/cgroup/pids/progeny-…". */
    String describe();

    default boolean held() {
        return !(this instanceof NotHeld);
    }

    /** Linux cgroup v2: the launch's own cgroup, for the whole launch. */
    record CgroupV2(Path cgroup, String file) implements Hold {
        @Override
        public String describe() {
            return "cgroup v2 " + file + " in " + cgroup;
        }
    }

    /** Linux cgroup v1: the launch's cgroup nested in Progeny's own cgroup of that hierarchy. */
    record CgroupV1(Path cgroup, String file) implements Hold {
        @Override
        public String describe() {
            return "cgroup v1 " + file + " in " + cgroup;
        }
    }

    /**
     * {@code setrlimit(2)} applied in the launched process before exec and inherited at fork:
     * each process gets the whole amount for itself, so it bounds no launch as a whole.
     *
     * @param measures what the resource counts ("address space", "CPU time")
     * @param fallback why nothing that bounds the whole launch holds it, empty when nothing could
     */
    record Rlimit(String resource, String measures, Optional<String> fallback) implements Hold {
        @Override
        public String describe() {
            return "setrlimit " + resource + " (" + measures + ", for each process on its own"
                    + fallback.map(why -> "; " + why).orElse("") + ")";
        }
    }

    /** FreeBSD {@code rctl(8)}: a rule on the launched process, copied to each child at fork. */
    record Rctl(String rule) implements Hold {
        @Override
        public String describe() {
            return "rctl rule " + rule + " (for each process on its own)";
        }
    }

    /**
     * Linux without a writable cgroup: a transient scope of the user's systemd manager, asked for
     * with {@code systemd-run --user --scope}; the property bounds the whole launch.
     */
    record SystemdScope(String unit, String property) implements Hold {
        @Override
        public String describe() {
            return "systemd user scope " + unit + " " + property;
        }
    }

    /** Not enforced, and why. */
    record NotHeld(String reason) implements Hold {
        @Override
        public String describe() {
            return "not enforced: " + reason;
        }
    }
}
