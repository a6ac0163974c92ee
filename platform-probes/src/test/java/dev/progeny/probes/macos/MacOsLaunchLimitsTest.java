package dev.progeny.probes.macos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.ExecWrapper;
import dev.progeny.probes.posix.LaunchBinding;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What macOS's part of the launch sequence contains a launch with limits by: the wrapper's steps
 * (setrlimit only) and what holds each limit. Pure: no libc call is made (never run on a Mac).
 */
class MacOsLaunchLimitsTest {
    /** Fails the table's one sysctl (kern.argmax, read when the table is made) and any other call. */
    private static final MacOsLibc NO_LIBC = (MacOsLibc) Proxy.newProxyInstance(MacOsLaunchLimitsTest.class.getClassLoader(),
            new Class<?>[] {MacOsLibc.class}, (proxy, method, args) -> {
                if (method.getName().equals("sysctl")) {
                    return -1;
                }
                throw new AssertionError("no libc call while planning: " + method.getName());
            });

    private static LaunchBinding.Contained contained(Limits limits) {
        return MacOsLaunching.binding(NO_LIBC, new MacOsProcessTable(NO_LIBC)).containing()
                .contain(LaunchSpec.of("/usr/bin/make", "-j8").withLimits(limits), "7");
    }

    @Test
    void cpuTimeIsSetByTheWrapperAndMemoryIsSaidNotToBeHeld() {
        LaunchBinding.Contained contained = contained(Limits.NONE.with(LimitKind.MEMORY, 64L << 20)
                .with(LimitKind.CPU_TIME, 90));

        assertThat(ExecWrapper.wrap(contained.limits().steps(), "/usr/bin/make", List.of("make", "-j8"))).containsExactly(
                "sh", "-c", "ulimit -t \"$1\" || exit 125; shift; exec \"$@\"", "progeny", "90", "/usr/bin/make", "-j8");
        assertThat(contained.limits().limits(Optional::empty).applied().lines()).containsExactly(
                "memory 64M: not enforced: macOS has no per-launch resource control;"
                        + " RLIMIT_AS is RLIMIT_RSS on macOS, which the kernel does not enforce",
                "cpu time 90s per process: setrlimit RLIMIT_CPU (CPU time, for each process on its own)");
    }

    @Test
    void withoutLimitsThereAreNoSteps() {
        assertThat(contained(Limits.NONE).limits().steps()).isEmpty();
    }
}
