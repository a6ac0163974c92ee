package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessDetails;
import dev.progeny.probes.ProcessInspector;
import dev.progeny.probes.ProcessKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Linux: details from {@code /proc/PID/environ}, {@code cwd}, {@code fd/} and {@code cgroup}
 * (proc(5)). The start time is checked before and after, so a reused pid is never described as
 * the old process. Thread-safe.
 */
final class LinuxProcessInspector implements ProcessInspector {

    @Override
    public Optional<ProcessDetails> inspect(ProcessKey key) {
        Path dir = Path.of("/proc", Integer.toString(key.pid()));
        if (!sameProcess(dir, key)) {
            return Optional.empty();
        }
        ProcessDetails details = new ProcessDetails(key, environment(dir), workingDirectory(dir), openFiles(dir), cgroup(dir));
        return sameProcess(dir, key) ? Optional.of(details) : Optional.empty();
    }

    private static boolean sameProcess(Path dir, ProcessKey key) {
        try {
            byte[] stat = Files.readAllBytes(dir.resolve("stat"));
            return ProcStat.parse(stat, stat.length).startTime() == key.startTime();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<List<String>> environment(Path dir) {
        try {
            byte[] raw = Files.readAllBytes(dir.resolve("environ"));
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    if (i > start) {
                        out.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                    }
                    start = i + 1;
                }
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> workingDirectory(Path dir) {
        try {
            return Optional.of(Files.readSymbolicLink(dir.resolve("cwd")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt openFiles(Path dir) {
        int n = 0;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(dir.resolve("fd"))) {
            for (Path ignored : fds) {
                n++;
            }
            return OptionalInt.of(n);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** The unified hierarchy's line is {@code 0::/path} (cgroups(7)). */
    private static Optional<String> cgroup(Path dir) {
        try {
            for (String line : Files.readAllLines(dir.resolve("cgroup"))) {
                if (line.startsWith("0::")) {
                    return Optional.of(line.substring(3));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
