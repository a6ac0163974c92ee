package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code run --memory/--pids/--cpu/--cpu-time}: a bad value is one line on stderr and exit status 2, before anything runs. */
class RunLimitOptionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "--memory|512X|Invalid value for option '--memory': '512X' is not a memory size (try 512M, 2G, 1.5G)",
            "--memory|64|Invalid value for option '--memory': '64' is 64 bytes; a launch needs at least 1M (did you mean 64M?)",
            "--pids|0|Invalid value for option '--pids': '0' is not a process count (a whole number from 1 to 4194304, e.g. 200)",
            "--cpu|150 percent|Invalid value for option '--cpu': '150 percent' is not a CPU share (try 50%, 150% or 1.5 for cores)",
            "--cpu-time|1.5h|Invalid value for option '--cpu-time': '1.5h' is not a CPU time (whole seconds, minutes or hours: 90s, 10m, 2h)"})
    void aBadLimitIsOneLineAndExitStatus2(String option, String value, String message) {
        CliRun run = CliRun.of("run", option, value, "--", "true");
        assertThat(run.exitCode()).isEqualTo(ProgenyCommand.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("progeny: " + message + System.lineSeparator());
    }

    @ParameterizedTest
    @CsvSource({"--memory, 512M", "--pids, 200", "--cpu, 150%", "--cpu-time, 10m"})
    void aGoodLimitRunsTheCommand(String option, String value) {
        assertThat(CliRun.of("run", option, value, "--", "sh", "-c", "exit 3").exitCode()).isEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void otherBadUsageOfRunStaysExit125LikeTimeout() {
        assertThat(CliRun.of("run", "--timeout", "soon", "--", "true").exitCode()).isEqualTo(RunCommand.EXIT_FAILED);
    }
}
