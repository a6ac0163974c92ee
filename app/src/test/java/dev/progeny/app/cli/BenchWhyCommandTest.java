package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.Platform;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import org.junit.jupiter.api.Test;

class BenchWhyCommandTest {

    @Test
    void printsTheThreeFiguresAndLeavesNothingBehind() {
        long since = LaunchCleanup.mark();
        String ours = ProcessHandle.current().pid() + "-";
        CliRun run = CliRun.of("bench", "why", "--processes", "0", "--members", "6", "--rows", "5", "--rounds", "2", "--warmup", "1");
        LaunchCleanup.reapZombies(Platform.current().launcher().rootPids(), since);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("processes=\\d+ rounds=2 why_median_ms=[\\d.]+ why_cpu_median_ms=[\\d.]+")
                .containsPattern("pipe_map_members=7 pipes=\\d+ pipe_map_median_ms=[\\d.]+")
                .containsPattern("rows=5 column_median_ms=[\\d.]+ refresh_snapshot_median_ms=[\\d.]+ column_over_refresh=[\\d.]+");
        assertThat(TaggedProcesses.alive(ours)).isEmpty();
    }
}
