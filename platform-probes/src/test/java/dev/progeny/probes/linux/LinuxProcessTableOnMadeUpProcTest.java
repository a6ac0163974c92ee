package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table on a made-up /proc: processes that vanish or cannot be read must never fail a
 * snapshot. (As root, permissions do not stop reads, so an unreadable cmdline is a directory.)
 */
class LinuxProcessTableOnMadeUpProcTest {

    private static String stat(int pid, String comm, int ppid) {
        return pid + " (" + comm + ") S " + ppid + " " + pid + " " + pid
                + " 0 -1 0 0 0 0 0 5 3 0 0 20 0 1 0 777 1000 42 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0\n";
    }

    private static void process(Path proc, int pid, String statLine, String cmdline) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(Integer.toString(pid)));
        if (statLine != null) {
            Files.writeString(dir.resolve("stat"), statLine);
        }
        if (cmdline != null) {
            Files.writeString(dir.resolve("cmdline"), cmdline);
        } else {
            Files.createDirectory(dir.resolve("cmdline"));
        }
    }

    @Test
    void showsWhatCanBeReadAndSkipsWhatVanished(@TempDir Path proc) throws IOException {
        process(proc, 100, stat(100, "server", 1), "server\0--port\08080\0");
        process(proc, 101, stat(101, "secret", 100), null);
        process(proc, 102, null, "gone\0");
        process(proc, 103, "103 (half) S 100 10", "half\0");
        Files.createDirectories(proc.resolve("sys"));
        Files.writeString(proc.resolve("104x"), "not a pid");

        Snapshot snapshot = new LinuxProcessTable(proc.toString()).snapshot();

        assertThat(snapshot.processes()).extracting(ProcessInfo::pid).containsExactlyInAnyOrder(100, 101);
        ProcessInfo server = snapshot.process(100).orElseThrow();
        assertThat(server.argv()).containsExactly("server", "--port", "8080");
        assertThat(server.rssBytes()).isPositive();
        assertThat(server.rssBytes() % 42).isZero();
        assertThat(server.cpuNanos()).isPositive();
        ProcessInfo secret = snapshot.process(101).orElseThrow();
        assertThat(secret.argv()).isEmpty();
        assertThat(secret.name()).isEqualTo("secret");
        assertThat(secret.commandLine()).isEqualTo("[secret]");
        assertThat(snapshot.children(100)).extracting(ProcessInfo::pid).containsExactly(101);
    }

    @Test
    void anUnchangedProcessIsTheSameInstanceAndAChangedOneIsReadAfresh(@TempDir Path proc) throws IOException {
        process(proc, 100, stat(100, "idle", 1), "idle\0");
        process(proc, 101, stat(101, "busy", 1), "busy\0");
        LinuxProcessTable table = new LinuxProcessTable(proc.toString());
        Snapshot first = table.snapshot();

        Files.writeString(proc.resolve("101/stat"), stat(101, "busy", 1).replace(" 5 3 ", " 9 3 "));
        Snapshot second = table.snapshot();

        assertThat(second.process(100).orElseThrow()).isSameAs(first.process(100).orElseThrow());
        ProcessInfo busy = second.process(101).orElseThrow();
        assertThat(busy).isNotSameAs(first.process(101).orElseThrow());
        assertThat(busy.cpuNanos()).isGreaterThan(first.process(101).orElseThrow().cpuNanos());
        assertThat(busy.argv()).containsExactly("busy");
    }

    @Test
    void anEmptyProcIsAnEmptySnapshot(@TempDir Path proc) throws IOException {
        assertThat(new LinuxProcessTable(proc.toString()).snapshot().processes()).isEmpty();
    }
}
