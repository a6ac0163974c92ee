package dev.progeny.probes.testing;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.LaunchSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Finds live processes by their {@code PROGENY_LAUNCH} environment tag, straight from
 * {@code /proc/PID/environ}, independent of the code under test. Tests use it as the oracle
 * for "nothing leaked" and to clean up after a failure, by pid, never by name.
 */
public final class TaggedProcesses {
    private TaggedProcesses() {
    }

    /** A fresh tag prefix for one test, so tests never see each other's processes. */
    public static String newTestTag(String testName) {
        return "test-" + testName + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Pids of live (non-zombie) processes whose tag starts with {@code prefix}. */
    public static List<Integer> alive(String prefix) {
        List<Integer> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path dir : dirs) {
                if (hasTag(dir, prefix) && !isZombie(dir)) {
                    out.add(Integer.parseInt(dir.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return out;
    }

    /**
     * SIGKILLs every live process carrying the tag (cleanup after a failed test), through the
     * platform's guarded sender: each target is named by pid and start time, read around the
     * reading of its tag, so a pid that another test's process has taken since is never hit (a
     * fork bomb elsewhere in the suite recycles pids fast). Returns every process it signalled.
     */
    public static Set<ProcessKey> killAll(String prefix) {
        Set<ProcessKey> signalled = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            List<ProcessKey> keys = aliveKeys(prefix);
            if (keys.isEmpty()) {
                return signalled;
            }
            for (ProcessKey key : keys) {
                Platform.current().terminator().signal(key, Signal.KILL);
                signalled.add(key);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return signalled;
            }
        }
        return signalled;
    }

    /** Live processes carrying the tag, each with the start time it had while its tag was read. */
    private static List<ProcessKey> aliveKeys(String prefix) {
        List<ProcessKey> out = new ArrayList<>();
        for (int pid : alive(prefix)) {
            Path dir = Path.of("/proc", Integer.toString(pid));
            OptionalLong before = startTime(dir);
            if (before.isPresent() && hasTag(dir, prefix) && startTime(dir).equals(before)) {
                out.add(new ProcessKey(pid, before.getAsLong()));
            }
        }
        return out;
    }

    /** Field 22 of /proc/PID/stat (proc(5)), counted after the last ')'. */
    private static OptionalLong startTime(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[19]));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean hasTag(Path dir, String prefix) {
        byte[] env;
        try {
            env = Files.readAllBytes(dir.resolve("environ"));
        } catch (IOException e) {
            return false;
        }
        String wanted = LaunchSpec.LAUNCH_TAG + "=" + prefix;
        for (String entry : new String(env, StandardCharsets.UTF_8).split("\0")) {
            if (entry.startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZombie(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
