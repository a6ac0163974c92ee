package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CgroupFilesTest {
    private static final String MOUNTINFO = """
            31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
            40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd
            41 31 0:38 / /sys/fs/cgroup/unified rw,relatime shared:9 - cgroup2 cgroup2 rw
            """;

    @Test
    void findsTheCgroup2MountPastOptionalFields() {
        CgroupV2.Mount mount = CgroupFiles.cgroup2Mount(MOUNTINFO).orElseThrow();
        assertThat(mount.mountPoint()).isEqualTo(Path.of("/sys/fs/cgroup/unified"));
        assertThat(mount.root()).isEqualTo("/");
    }

    @Test
    void noCgroup2MountIsEmpty() {
        assertThat(CgroupFiles.cgroup2Mount(MOUNTINFO.lines().limit(2).reduce("", (a, b) -> a + b + "\n"))).isEmpty();
    }

    @Test
    void readsTheUnifiedLineOfProcCgroup() {
        String procCgroup = "9:name=systemd:/\n4:memory:/x\n0::/user.slice/user-1000.slice/app.scope\n";
        assertThat(CgroupFiles.unifiedPath(procCgroup)).contains("/user.slice/user-1000.slice/app.scope");
    }

    @Test
    void mapsACgroupPathUnderTheMount() {
        CgroupV2.Mount mount = new CgroupV2.Mount(Path.of("/sys/fs/cgroup"), "/");
        assertThat(mount.directoryOf("/user.slice/a.scope")).contains(Path.of("/sys/fs/cgroup/user.slice/a.scope"));
        assertThat(mount.directoryOf("/")).contains(Path.of("/sys/fs/cgroup"));
        CgroupV2.Mount nested = new CgroupV2.Mount(Path.of("/mnt/cg"), "/delegated");
        assertThat(nested.directoryOf("/delegated/me")).contains(Path.of("/mnt/cg/me"));
        assertThat(nested.directoryOf("/elsewhere")).isEmpty();
    }

    @Test
    void unescapesOctalInMountPaths() {
        assertThat(CgroupFiles.unescape("/mnt/my\\040cgroups")).isEqualTo("/mnt/my cgroups");
        assertThat(CgroupFiles.unescape("/plain\\")).isEqualTo("/plain\\");
    }
}
