package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.MembershipProbe;
import dev.progeny.probes.launch.TagReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads a process's launch tag from {@code /proc/PID/environ} (the environment as it was at
 * exec; readable for one's own processes, or as root) and a cgroup's members from its
 * {@code cgroup.procs} (Linux has no other kind of {@link Container}). Linux. Stateless and thread-safe.
 */
final class LinuxMembershipProbe implements MembershipProbe {
    private static final byte[] PREFIX = (LaunchSpec.LAUNCH_TAG + "=").getBytes(StandardCharsets.US_ASCII);

    @Override
    public TagReading launchTag(ProcessInfo process) {
        if (process.isZombie()) {
            return TagReading.UNREAD; // its memory, environment included, is gone: no read can say more
        }
        try {
            return reading(Files.readAllBytes(Path.of("/proc", Integer.toString(process.pid()), "environ")));
        } catch (AccessDeniedException e) {
            return TagReading.UNTAGGED; // another user's: nothing there can prove it ours, then or later
        } catch (IOException e) {
            return TagReading.UNREAD;
        }
    }

    /**
     * What an {@code environ} file's bytes say. Empty is nothing read: a reader that opened the
     * file just before the process's exec replaced its memory reads nothing (fs/proc/base.c,
     * environ_read: the old mm has no users left), as it does for a zombie or a kernel thread.
     */
    static TagReading reading(byte[] env) {
        return env.length == 0 ? TagReading.UNREAD : TagReading.of(tagIn(env));
    }

    /** The tag in a NUL-separated environment block. Pure. */
    static Optional<String> tagIn(byte[] env) {
        int start = 0;
        while (start < env.length) {
            int end = start;
            while (end < env.length && env[end] != 0) {
                end++;
            }
            if (startsWithPrefix(env, start, end)) {
                return Optional.of(new String(env, start + PREFIX.length, end - start - PREFIX.length,
                        StandardCharsets.UTF_8));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static boolean startsWithPrefix(byte[] env, int start, int end) {
        if (end - start < PREFIX.length) {
            return false;
        }
        for (int i = 0; i < PREFIX.length; i++) {
            if (env[start + i] != PREFIX[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Collection<Integer> containerPids(Container container) {
        return container instanceof Container.Cgroup(Path dir) ? CgroupV2.pids(dir) : List.of();
    }
}
