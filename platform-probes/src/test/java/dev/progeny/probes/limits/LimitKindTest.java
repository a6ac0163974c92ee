package dev.progeny.probes.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What users type for each limit, what it means, and the one-line refusals. */
class LimitKindTest {

    @ParameterizedTest
    @CsvSource({"512M, 536870912", "2G, 2147483648", "1.5G, 1610612736", "64m, 67108864", "1048576, 1048576",
            "512MiB, 536870912", "512MB, 536870912", "1T, 1099511627776", "2048k, 2097152", " 2 G , 2147483648"})
    void memoryIsBinaryAndABareNumberIsBytes(String text, long bytes) {
        assertThat(LimitKind.MEMORY.parse(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"150%, 150", "50 %, 50", "1.5, 150", "2, 200", "0.5, 50", "100000%, 100000"})
    void cpuIsPercentOfOneCoreOrCores(String text, long percent) {
        assertThat(LimitKind.CPU.parse(text)).isEqualTo(percent);
    }

    @ParameterizedTest
    @CsvSource({"90s, 90", "10m, 600", "2h, 7200", "45, 45"})
    void cpuTimeIsWholeSeconds(String text, long seconds) {
        assertThat(LimitKind.CPU_TIME.parse(text)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "200", "4194304"})
    void processesAreACount(String text) {
        assertThat(LimitKind.PROCESSES.parse(text)).isEqualTo(Long.parseLong(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "MEMORY|512X|'512X' is not a memory size (try 512M, 2G, 1.5G)",
            "MEMORY|100|'100' is 100 bytes; a launch needs at least 1M (did you mean 100M?)",
            "MEMORY|0|'0' is 0 bytes; a launch needs at least 1M",
            "MEMORY|-1M|'-1M' is not a memory size (try 512M, 2G, 1.5G)",
            "MEMORY|99999999999T|'99999999999T' is more memory than can be limited",
            "PROCESSES|0|'0' is not a process count (a whole number from 1 to 4194304, e.g. 200)",
            "PROCESSES|2.5|'2.5' is not a process count (a whole number from 1 to 4194304, e.g. 200)",
            "CPU|150 percent|'150 percent' is not a CPU share (try 50%, 150% or 1.5 for cores)",
            "CPU|12.5%|'12.5%' is not a whole percent of a core (try 12% or 13%)",
            "CPU|0%|'0%' is out of range: a CPU share is 1% to 100000%",
            "CPU|2000|'2000' is out of range: a CPU share is 1% to 100000%",
            "CPU_TIME|1.5m|'1.5m' is not a CPU time (whole seconds, minutes or hours: 90s, 10m, 2h)",
            "CPU_TIME|0s|'0s' is not a CPU time (whole seconds, minutes or hours: 90s, 10m, 2h)"})
    void badValuesAreRefusedInOneLine(LimitKind kind, String text, String message) {
        assertThatThrownBy(() -> kind.parse(text)).isInstanceOf(LimitSyntaxException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"MEMORY, 536870912, 512M", "MEMORY, 1610612736, 1536M", "MEMORY, 1048577, 1048577",
            "PROCESSES, 200, 200", "CPU, 150, 150%", "CPU_TIME, 7200, 2h", "CPU_TIME, 90, 90s"})
    void formatReadsBack(LimitKind kind, long value, String text) {
        assertThat(kind.format(value)).isEqualTo(text);
        assertThat(kind.parse(text)).isEqualTo(value);
    }

    @org.junit.jupiter.api.Test
    void limitsDescribeThemselvesInKindOrder() {
        Limits limits = Limits.NONE.with(LimitKind.CPU, 150).with(LimitKind.MEMORY, 512L << 20)
                .with(LimitKind.PROCESSES, 200);
        assertThat(limits.describe()).isEqualTo("memory 512M, 200 processes, cpu 150 % (1.5 cores)");
        assertThat(limits.without(LimitKind.CPU).with(LimitKind.CPU, 50).describe())
                .isEqualTo("memory 512M, 200 processes, cpu 50 % (0.5 cores)");
        assertThat(Limits.NONE.describe()).isEqualTo("no limits");
        assertThatThrownBy(() -> Limits.NONE.with(LimitKind.PROCESSES, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
