package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.ExecWrapper;
import dev.progeny.probes.posix.ExecWrapper.PreExec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The systemd user-manager path, without systemd (this machine has none): when it is chosen, the
 * {@code systemd-run} and {@code systemctl} command lines, and how the wrapper runs the command
 * through it.
 */
class SystemdScopeTest {
    private static final Limits LIMITS = Limits.NONE.with(LimitKind.MEMORY, 512L << 20).with(LimitKind.PROCESSES, 200)
            .with(LimitKind.CPU, 150).with(LimitKind.CPU_TIME, 60);

    @Test
    void aUserManagerIsFoundByItsPrivateSocket() {
        Path socket = Path.of("/run/user/1000/systemd/private");
        assertThat(SystemdScope.whyNot(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), Set.of(socket, SystemdScope.SYSTEMD_RUN)::contains)).isEmpty();
        assertThat(SystemdScope.whyNot(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), Set.of(SystemdScope.SYSTEMD_RUN)::contains))
                .contains("no systemd user manager (no /run/user/1000/systemd/private)");
        assertThat(SystemdScope.whyNot(Map.of(), p -> true)).contains("no systemd user manager (XDG_RUNTIME_DIR is not set)");
    }

    @Test
    void theScopeIsDelegatedAndCarriesTheLimits() {
        assertThat(SystemdScope.command("progeny-7-1", LIMITS)).containsExactly("/usr/bin/systemd-run", "--user", "--scope",
                "--quiet", "--collect", "--unit=progeny-7-1", "-p", "Delegate=yes", "-p", "MemoryMax=536870912",
                "-p", "MemorySwapMax=0", "-p", "TasksMax=200", "-p", "CPUQuota=150%", "--");
        assertThat(SystemdScope.change("progeny-7-1.scope", LimitKind.CPU, OptionalLong.empty()))
                .containsExactly("/usr/bin/systemctl", "--user", "set-property", "--runtime", "progeny-7-1.scope", "CPUQuota=");
        assertThat(SystemdScope.change("progeny-7-1.scope", LimitKind.MEMORY, OptionalLong.of(1L << 30)))
                .endsWith("MemoryMax=1073741824");
    }

    @Test
    void withoutACgroupTheWrapperRunsTheCommandInAScope() {
        LimitHomes nowhere = LimitHomes.find(List.of(), new CgroupV2.Result(Optional.empty(), "not writable"), Optional.empty());
        LinuxLimitPlanner planner = new LinuxLimitPlanner(() -> nowhere, List::of, CgroupFs.KERNEL, Optional::empty);
        LinuxLimitPlan plan = planner.plan("progeny-7-2", LIMITS, Optional.empty());
        assertThat(plan.limits(Optional::empty).applied().holds()).containsEntry(LimitKind.MEMORY, new Hold.SystemdScope("progeny-7-2.scope", "MemoryMax"))
                .containsEntry(LimitKind.PROCESSES, new Hold.SystemdScope("progeny-7-2.scope", "TasksMax"))
                .containsEntry(LimitKind.CPU, new Hold.SystemdScope("progeny-7-2.scope", "CPUQuota"));
        List<String> argv = ExecWrapper.wrap(plan.steps(), "/usr/bin/make", List.of("make", "-j8"));
        assertThat(argv.get(2)).isEqualTo("ulimit -t \"$1\" || exit 125; shift; exec \"$@\"");
        assertThat(argv.subList(4, 6)).as("the step's argument, then systemd-run").containsExactly("60", "/usr/bin/systemd-run");
        assertThat(argv.subList(argv.size() - 3, argv.size())).containsExactly("--", "/usr/bin/make", "-j8");
        assertThat(argv).contains("--unit=progeny-7-2", "TasksMax=200");
    }

    @Test
    void withNeitherTheFallbackSaysSo() {
        LimitHomes nowhere = LimitHomes.find(List.of(), new CgroupV2.Result(Optional.empty(), "/sys/fs/cgroup/unified is not writable"),
                Optional.empty());
        LinuxLimitPlanner planner = new LinuxLimitPlanner(() -> nowhere, List::of, CgroupFs.KERNEL,
                () -> Optional.of("no systemd user manager (XDG_RUNTIME_DIR is not set)"));
        LinuxLimitPlan plan = planner.plan("progeny-7-3", LIMITS.without(LimitKind.CPU_TIME), Optional.empty());
        assertThat(plan.steps()).as("no systemd-run, and RLIMIT_AS for memory").containsExactly(
                PreExec.checked("ulimit -v \"$1\"", Long.toString((512L << 20) / 1024)));
        assertThat(plan.limits(Optional::empty).applied().holds().get(LimitKind.MEMORY).describe()).isEqualTo("setrlimit RLIMIT_AS"
                + " (address space, not resident memory, for each process on its own; no cgroup: no cgroup v2 of Progeny's own"
                + " (/sys/fs/cgroup/unified is not writable); no cgroup v1 memory hierarchy is mounted;"
                + " no systemd user manager (XDG_RUNTIME_DIR is not set))");
    }
}
