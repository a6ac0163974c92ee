package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.Inherited;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Descriptors of Progeny's own found in a member, and diagnosis itself leaving none behind. */
class LinuxDiagnosticsLeakTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    @RegisterExtension
    final StagedLaunches launches = new StagedLaunches();

    @Test
    void aDescriptorOfProgenysOwnInAMemberIsReportedApart() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "needs python3");
        Path file = Files.createTempFile("progeny-own", ".txt");
        try (RandomAccessFile own = new RandomAccessFile(file.toFile(), "r")) {
            int ownFd = fdOf(file);
            long jvm = ProcessHandle.current().pid();
            // pidfd_getfd (438 on x86-64 and aarch64) copies our open file into the child, as a leak would.
            String grab = "import ctypes,os,time; libc=ctypes.CDLL(None, use_errno=True); p=os.pidfd_open(" + jvm + ");"
                    + " fd=libc.syscall(438, p, " + ownFd + ", 0); os.dup2(fd, 9) if fd >= 0 else None;"
                    + " time.sleep(600)";
            StagedTree tree = launches.stage(PYTHON.toString(), "-c", grab);
            ProcessInfo python = tree.member("python3");
            assumeTrue(await().until(() -> Files.exists(Path.of("/proc", "" + python.pid(), "fd", "9"))
                    || !Files.exists(Path.of("/proc", "" + python.pid())), x -> x), "pidfd_getfd refused");

            Diagnosis d = tree.explain(python).target();
            assertThat(d.fromProgeny()).contains(new Inherited(9, (int) jvm, ownFd, Inherited.Evidence.SAME_OPEN_FILE));
            assertThat(d.inherited()).noneMatch(i -> i.fd() == 9);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void explainingLeavesNoDescriptorOpen() throws Exception {
        StagedTree tree = launches.stage("yes | sleep 600");
        ProcessInfo yes = tree.member("yes");
        tree.explain(yes);
        long before = openDescriptors();
        for (int i = 0; i < 30; i++) {
            tree.explain(yes);
            tree.diagnostics().pipes(tree.members());
        }
        assertThat(openDescriptors()).isLessThanOrEqualTo(before);
    }

    private static int fdOf(Path file) throws IOException {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : fds) {
                try {
                    if (Files.readSymbolicLink(fd).equals(file)) {
                        return Integer.parseInt(fd.getFileName().toString());
                    }
                } catch (IOException e) {
                    // the directory stream's own descriptor, gone by now
                }
            }
        }
        throw new IllegalStateException("not open: " + file);
    }

    /** Open descriptors, but the table's kept {@code /proc/PID/stat} ones: they follow the processes on the machine. */
    private static long openDescriptors() throws IOException {
        try (java.util.stream.Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return !Files.readSymbolicLink(fd).toString().matches("/proc/\\d+/stat");
                } catch (IOException e) {
                    return false;
                }
            }).count();
        }
    }
}
