package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where no cgroup can be made, {@link CgroupV2#find(String, String)} says why, on made-up mount
 * tables whose cgroup2 mount points at a temporary directory.
 */
class CgroupV2FindTest {
    private static final String V1_ONLY = """
            31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
            35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
            """;
    private static final String OWN_ROOT = "1:memory:/x\n0::/\n";

    private static String cgroup2At(Path dir) {
        return V1_ONLY + "41 31 0:38 / " + dir + " rw,relatime shared:9 - cgroup2 cgroup2 rw\n";
    }

    @Test
    void noCgroup2MountSaysSo() {
        CgroupV2.Result result = CgroupV2.find(V1_ONLY, OWN_ROOT);
        assertThat(result.cgroup()).isEmpty();
        assertThat(result.detail()).isEqualTo("no cgroup2 hierarchy is mounted");
    }

    @Test
    void aCgroupOutsideTheMountSaysSo(@TempDir Path dir) {
        String mountinfo = cgroup2At(dir).replace(" / " + dir, " /delegated " + dir);
        CgroupV2.Result result = CgroupV2.find(mountinfo, "0::/user.slice/app.scope\n");
        assertThat(result.cgroup()).isEmpty();
        assertThat(result.detail()).isEqualTo("own cgroup /user.slice/app.scope is outside the visible cgroup2 mount");
    }

    @Test
    void aDirectoryThatIsNotACgroupSaysSo(@TempDir Path dir) {
        CgroupV2.Result result = CgroupV2.find(cgroup2At(dir), OWN_ROOT);
        assertThat(result.cgroup()).isEmpty();
        assertThat(result.detail()).isEqualTo(dir + " is not a cgroup2 directory (no cgroup.procs)");
    }

    /**
     * Permission bits do not stop root, so as root the directory is made immutable
     * ({@code chattr +i}), which access(2) refuses to root too (EPERM); elsewhere it is made
     * read-only.
     */
    @Test
    void aCgroupThatIsNotWritableSaysSo(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("cgroup.procs"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            assumeTrue(chattr("+i", dir), "chattr +i does not work on " + dir + "'s file system");
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            CgroupV2.Result result = CgroupV2.find(cgroup2At(dir), OWN_ROOT);
            assertThat(result.cgroup()).isEmpty();
            assertThat(result.detail()).isEqualTo(dir + " is not writable (no delegated cgroup)");
        } finally {
            if (root) {
                assertThat(chattr("-i", dir)).as("chattr -i " + dir).isTrue();
            } else {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private static boolean chattr(String flag, Path dir) throws InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false;
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return false;
        }
        return p.exitValue() == 0;
    }
}
