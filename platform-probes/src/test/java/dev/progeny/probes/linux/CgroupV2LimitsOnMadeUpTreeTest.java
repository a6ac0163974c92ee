package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.limits.LimitEvent;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.ExecWrapper.PreExec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cgroup v2 limits on a made-up tree laid out as the kernel lays out cgroupfs (this machine's v2
 * hierarchy has no memory, pids or cpu controller, so v2 is verified here on files): Progeny in a
 * delegated cgroup moves itself into a leaf and enables the controllers, a launch's v2 cgroup gets
 * {@code memory.max}, {@code memory.swap.max}, {@code pids.max} and {@code cpu.max}, limits change
 * and lift, the counters become events, and without controllers the fallbacks say why.
 */
class CgroupV2LimitsOnMadeUpTreeTest {
    private static final String HOME = "/user.slice/user-1000.slice/user@1000.service/app.slice/progeny.scope";
    private static final int SELF = 4100;
    private static final Limits LIMITS = Limits.NONE.with(LimitKind.MEMORY, 512L << 20)
            .with(LimitKind.PROCESSES, 200).with(LimitKind.CPU, 150);

    @TempDir
    Path mount;
    private MadeUpCgroupFs fs;

    @BeforeEach
    void tree() {
        fs = new MadeUpCgroupFs(mount);
    }

    private LinuxLimitPlanner planner(Set<String> delegated) throws IOException {
        Path home = fs.cgroup(HOME, delegated, SELF);
        String procCgroup = "0::" + HOME + "\n";
        List<CgroupMounts.Hierarchy> hierarchies = CgroupMounts.read(fs.mountinfo(), procCgroup);
        CgroupV2.Result v2 = CgroupV2.find(fs.mountinfo(), procCgroup);
        assertThat(v2.cgroup()).as(v2.detail()).isPresent();
        V2Delegation.Outcome outcome = V2Delegation.enable(home, false, LimitHomes.CONTROLLERS, SELF, fs);
        LimitHomes homes = LimitHomes.find(hierarchies, v2, Optional.of(outcome));
        return new LinuxLimitPlanner(() -> homes, () -> hierarchies, fs, () -> Optional.of("no systemd user manager (made up)"));
    }

    private Path home() {
        return mount.resolve(HOME.substring(1));
    }

    @Test
    void progenyMovesItselfIntoALeafAndEnablesTheControllers() throws IOException {
        planner(Set.of("cpu", "memory", "pids", "io"));
        assertThat(Files.readString(home().resolve("progeny/cgroup.procs"))).isEqualTo(Integer.toString(SELF));
        assertThat(CgroupKnobs.words(home().resolve("cgroup.subtree_control"))).containsExactlyInAnyOrder("cpu", "memory", "pids");
        assertThat(V2Delegation.movedOutOf()).contains(home());
        // Found again later, Progeny's own cgroup is the leaf; launches still go beside it.
        assertThat(CgroupV2.find(fs.mountinfo(), "0::" + HOME + "/progeny\n").cgroup().map(CgroupV2::home)).contains(home());
    }

    @Test
    void aLaunchsLimitsAreWrittenToItsOwnV2Cgroup() throws IOException {
        LinuxLimitPlanner planner = planner(Set.of("cpu", "memory", "pids"));
        Path launch = fs.mkdir(home().resolve("progeny-7-1"));
        LinuxLimitPlan plan = planner.plan("progeny-7-1", LIMITS, Optional.of(launch));
        assertThat(plan.steps()).as("no v1 cgroup to enter, no rlimit (the v2 one is entered as containment)").isEmpty();
        LaunchLimits limits = plan.limits(Optional::empty);
        assertThat(read(launch, "memory.max")).isEqualTo("536870912");
        assertThat(read(launch, "memory.swap.max")).as("no swap beyond the limit").isEqualTo("0");
        assertThat(read(launch, "pids.max")).isEqualTo("200");
        assertThat(read(launch, "cpu.max")).isEqualTo("150000 100000");
        assertThat(limits.applied().holds()).containsEntry(LimitKind.MEMORY, new Hold.CgroupV2(launch, "memory.max"))
                .containsEntry(LimitKind.PROCESSES, new Hold.CgroupV2(launch, "pids.max"))
                .containsEntry(LimitKind.CPU, new Hold.CgroupV2(launch, "cpu.max"));

        limits.change(Limits.NONE.with(LimitKind.MEMORY, 1L << 30).with(LimitKind.CPU, 50));
        assertThat(read(launch, "memory.max")).isEqualTo("1073741824");
        assertThat(read(launch, "pids.max")).as("lifted").isEqualTo("max");
        assertThat(read(launch, "cpu.max")).isEqualTo("50000 100000");
        assertThat(limits.applied().inForce().describe()).isEqualTo("memory 1G, cpu 50 % (0.5 cores)");
    }

    @Test
    void countersThatRiseBecomeEventsOnce() throws IOException {
        LinuxLimitPlanner planner = planner(Set.of("cpu", "memory", "pids"));
        Path launch = fs.mkdir(home().resolve("progeny-7-2"));
        LaunchLimits limits = planner.plan("progeny-7-2", LIMITS, Optional.of(launch))
                .limits(() -> Optional.of(new LimitEvent.Victim(4243, "python")));
        assertThat(limits.poll()).isEmpty();
        Files.writeString(launch.resolve("memory.events"), "low 0\nhigh 0\nmax 12\noom 1\noom_kill 1\noom_group_kill 0\n");
        Files.writeString(launch.resolve("pids.events"), "max 37\n");
        assertThat(limits.poll()).extracting(LimitEvent::message).containsExactly(
                "memory limit 512M reached: 4243 python killed by the OOM killer",
                "fork refused 37 times: process limit 200");
        assertThat(limits.poll()).isEmpty();
        Files.writeString(launch.resolve("memory.events"), "low 0\nhigh 0\nmax 20\noom 1\noom_kill 1\noom_group_kill 0\n");
        assertThat(limits.poll()).extracting(LimitEvent::message)
                .containsExactly("memory limit 512M reached 20 times (memory reclaimed, nothing killed)");
    }

    @Test
    void withoutControllersTheFallbacksSayWhy() throws IOException {
        LinuxLimitPlanner planner = planner(Set.of("hugetlb"));
        Path launch = fs.mkdir(home().resolve("progeny-7-3"));
        LinuxLimitPlan plan = planner.plan("progeny-7-3", LIMITS.with(LimitKind.CPU_TIME, 600), Optional.of(launch));
        assertThat(Files.exists(home().resolve("progeny"))).as("nothing to enable, nothing moved").isFalse();
        assertThat(plan.steps()).containsExactly(PreExec.checked("ulimit -v \"$1\"", "524288"),
                PreExec.checked("ulimit -t \"$1\"", "600"));
        String noV2 = "cgroup v2 " + home() + " has no memory controller (cgroup.controllers: hugetlb)";
        assertThat(plan.limits(Optional::empty).applied().lines()).containsExactly(
                "memory 512M: setrlimit RLIMIT_AS (address space, not resident memory, for each process on its own;"
                        + " no cgroup: " + noV2 + "; no cgroup v1 memory hierarchy is mounted)",
                "200 processes: not enforced: no cgroup: " + noV2.replace("memory", "pids")
                        + "; no cgroup v1 pids hierarchy is mounted; RLIMIT_NPROC counts all of the user's processes, not this launch's",
                "cpu 150 % (1.5 cores): not enforced: no cgroup: " + noV2.replace("memory", "cpu")
                        + "; no cgroup v1 cpu hierarchy is mounted; setrlimit has no CPU share (RLIMIT_CPU bounds CPU time: --cpu-time)",
                "cpu time 10m per process: setrlimit RLIMIT_CPU (CPU time, for each process on its own)");
    }

    private static String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file)).trim();
    }
}
