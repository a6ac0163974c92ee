package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hierarchies of a hybrid mount (this machine's layout, captured) and the cgroup Progeny is in in each. */
class CgroupMountsTest {
    private static final String MOUNTINFO = """
            30 22 0:27 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
            31 30 0:28 / /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct
            34 30 0:31 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
            38 30 0:35 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
            39 30 0:36 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd
            40 30 0:37 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
            """;
    private static final String PROC_CGROUP = """
            9:name=systemd:/
            8:pids:/
            4:memory:/process_api/3fddb334d8ea8943a2626339da1caef9
            1:cpu,cpuacct:/
            0::/
            """;

    @Test
    void findsEachControllersHierarchyAndOwnCgroup() {
        List<CgroupMounts.Hierarchy> all = CgroupMounts.read(MOUNTINFO, PROC_CGROUP);
        assertThat(CgroupMounts.of(all, "memory").flatMap(CgroupMounts.Hierarchy::ownDirectory))
                .contains(Path.of("/sys/fs/cgroup/memory/process_api/3fddb334d8ea8943a2626339da1caef9"));
        assertThat(CgroupMounts.of(all, "pids").flatMap(CgroupMounts.Hierarchy::ownDirectory)).contains(Path.of("/sys/fs/cgroup/pids"));
        CgroupMounts.Hierarchy cpu = CgroupMounts.of(all, "cpu").orElseThrow();
        assertThat(cpu.controllers()).isEqualTo(Set.of("cpu", "cpuacct"));
        assertThat(cpu.ownDirectory()).contains(Path.of("/sys/fs/cgroup/cpu,cpuacct"));
        assertThat(all).filteredOn(CgroupMounts.Hierarchy::unified).singleElement()
                .satisfies(h -> assertThat(h.ownDirectory()).contains(Path.of("/sys/fs/cgroup/unified")));
        assertThat(CgroupMounts.of(all, "hugetlb")).isEmpty();
    }

    @Test
    void aCgroupOutsideTheMountIsNotShown() {
        String nested = MOUNTINFO.replace("0:31 / /sys/fs/cgroup/memory", "0:31 /docker/abc /sys/fs/cgroup/memory");
        CgroupMounts.Hierarchy memory = CgroupMounts.of(CgroupMounts.read(nested, PROC_CGROUP), "memory").orElseThrow();
        assertThat(memory.ownDirectory()).isEmpty();
        assertThat(CgroupMounts.of(CgroupMounts.read(nested, "4:memory:/docker/abc/x\n"), "memory")
                .flatMap(CgroupMounts.Hierarchy::ownDirectory)).contains(Path.of("/sys/fs/cgroup/memory/x"));
    }
}
