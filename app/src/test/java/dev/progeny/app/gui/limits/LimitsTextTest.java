package dev.progeny.app.gui.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.limits.LimitEvent;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.LimitSyntaxException;
import dev.progeny.probes.limits.Limits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How limits read in the window, round-trip through the history file, and the form's refusals. */
class LimitsTextTest {
    private static final Limits LIMITS = Limits.NONE.with(LimitKind.MEMORY, 512L << 20).with(LimitKind.PROCESSES, 200)
            .with(LimitKind.CPU, 150);

    @Test
    void aButtonShowsTheLimitsBriefly() {
        assertThat(LimitsText.brief(Limits.NONE)).isEqualTo("none");
        assertThat(LimitsText.brief(LIMITS.with(LimitKind.CPU_TIME, 600)))
                .isEqualTo("512M \u00B7 200 processes \u00B7 cpu 150 % \u00B7 cpu time 10m per process");
    }

    @Test
    void theHeaderShowsWhatIsInForceAndWhatBit() {
        LaunchLimits limits = new LaunchLimits() {
            @Override
            public AppliedLimits applied() {
                return new AppliedLimits(LIMITS, Map.of(LimitKind.MEMORY, new Hold.CgroupV1(Path.of("/m"), "memory.limit_in_bytes"),
                        LimitKind.PROCESSES, new Hold.CgroupV1(Path.of("/p"), "pids.max"), LimitKind.CPU, new Hold.NotHeld("no cpu")));
            }

            @Override
            public AppliedLimits change(Limits wanted) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<LimitEvent> poll() {
                return List.of();
            }

            @Override
            public List<LimitEvent> bitten() {
                return List.of(new LimitEvent.ForkRefused(200, 37));
            }
        };
        assertThat(LimitsText.header(limits)).isEqualTo("   [512M \u00B7 200 processes]   \u26A0 fork refused 37 times: process limit 200");
        assertThat(LimitsText.header(LaunchLimits.notHeld(Limits.NONE, "none"))).isEmpty();
        assertThat(LaunchLimitsViewModel.describe(limits)).isEqualTo("memory 512M: cgroup v1 memory.limit_in_bytes in /m\n"
                + "200 processes: cgroup v1 pids.max in /p\ncpu 150 % (1.5 cores): not enforced: no cpu\n"
                + "\u26A0 fork refused 37 times: process limit 200");
    }

    @Test
    void theLaunchBarWarnsOnlyAboutLimitsThatDoNotBoundTheWholeLaunch() {
        AppliedLimits applied = new AppliedLimits(LIMITS, Map.of(
                LimitKind.MEMORY, new Hold.Rlimit("RLIMIT_AS", "address space", Optional.of("no cgroup: x")),
                LimitKind.PROCESSES, new Hold.CgroupV2(Path.of("/c"), "pids.max"), LimitKind.CPU, new Hold.NotHeld("no cpu")));
        assertThat(LimitsText.fallbacks(applied)).contains("Limits not held for the launch as a whole: memory 512M:"
                + " setrlimit RLIMIT_AS (address space, for each process on its own; no cgroup: x);"
                + " cpu 150 % (1.5 cores): not enforced: no cpu");
        assertThat(LimitsText.fallbacks(new AppliedLimits(Limits.NONE.with(LimitKind.PROCESSES, 9),
                Map.of(LimitKind.PROCESSES, new Hold.CgroupV1(Path.of("/p"), "pids.max"))))).isEmpty();
    }

    @Test
    void theHistoryKeepsLimitsAsTextAndDropsWhatNoLongerReads() {
        Map<String, String> saved = LimitsText.toSaved(LIMITS);
        assertThat(saved).containsExactly(Map.entry("MEMORY", "512M"), Map.entry("PROCESSES", "200"), Map.entry("CPU", "150%"));
        assertThat(LimitsText.fromSaved(saved)).isEqualTo(LIMITS);
        assertThat(LimitsText.fromSaved(Map.of("MEMORY", "lots", "SWAP", "1G", "PROCESSES", "7")))
                .isEqualTo(Limits.NONE.with(LimitKind.PROCESSES, 7));
        assertThat(LimitsText.fromSaved(null)).isEqualTo(Limits.NONE);
    }

    @Test
    void theFormReadsLikeTheCommandLineAndNamesTheBadField() {
        assertThat(LimitsForm.parse(Map.of(LimitKind.MEMORY, " 512M ", LimitKind.CPU, "", LimitKind.PROCESSES, "200")))
                .isEqualTo(Limits.NONE.with(LimitKind.MEMORY, 512L << 20).with(LimitKind.PROCESSES, 200));
        assertThatThrownBy(() -> LimitsForm.parse(Map.of(LimitKind.CPU, "lots"))).isInstanceOf(LimitSyntaxException.class)
                .hasMessage("cpu: 'lots' is not a CPU share (try 50%, 150% or 1.5 for cores)");
        assertThat(LimitsForm.fields(LIMITS)).containsEntry(LimitKind.MEMORY, "512M").containsEntry(LimitKind.CPU_TIME, "");
    }
}
