package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessLimitsTest {

    @Test
    void readsEveryRowOfARealFile() {
        ProcessLimits limits = ProcessLimits.parse(ProcSamples.read("yes-writer/limits"));
        assertThat(limits.limits()).hasSize(16);
        assertThat(limits.openFiles()).hasValueSatisfying(l -> {
            assertThat(l.soft()).hasValue(20000);
            assertThat(l.unit()).isEqualTo("files");
        });
        assertThat(limits.addressSpace()).hasValueSatisfying(l -> assertThat(l.hard()).isEqualTo(OptionalLong.empty()));
        assertThat(limits.processes()).hasValueSatisfying(l -> assertThat(l.unit()).isEqualTo("processes"));
        assertThat(limits.limit("Max nice priority")).hasValueSatisfying(l -> assertThat(l.unit()).isEmpty());
    }

    @Test
    void aGarbledValueIsRefused() {
        String header = "Limit                     Soft Limit           Hard Limit           Units     \n";
        assertThatThrownBy(() -> ProcessLimits.parse(header + "Max open files            lots                 4096                 files     \n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
