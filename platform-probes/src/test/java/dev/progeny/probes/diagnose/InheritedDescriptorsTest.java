package dev.progeny.probes.diagnose;

import static dev.progeny.probes.diagnose.DiagnosisFixtures.file;
import static dev.progeny.probes.diagnose.DiagnosisFixtures.pipeEnd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.diagnose.InheritedDescriptors.Holder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InheritedDescriptorsTest {
    private final List<String> asked = new ArrayList<>();

    private SameOpenFile kernelSaying(SameOpenFile.Answer answer) {
        return (pid1, fd1, pid2, fd2) -> {
            asked.add(pid1 + ":" + fd1 + "=" + pid2 + ":" + fd2);
            return answer;
        };
    }

    @Test
    void theKernelDecidesAndTheNearestHolderIsNamed() {
        List<Descriptor> child = List.of(pipeEnd(1, 500, true), pipeEnd(3, 500, true), file(4, "/var/log/x", 10));
        List<Holder> holders = List.of(new Holder(20, List.of(pipeEnd(7, 500, true))), new Holder(10, List.of(pipeEnd(3, 500, true))));
        assertThat(InheritedDescriptors.find(30, child, holders, kernelSaying(SameOpenFile.Answer.SAME)))
                .containsExactly(new Inherited(3, 20, 7, Inherited.Evidence.SAME_OPEN_FILE));
        assertThat(asked).as("0-2 are never compared, nor different targets").containsExactly("30:3=20:7");
    }

    @Test
    void aDifferentOpenFileOfTheSameTargetIsNotInherited() {
        List<Descriptor> child = List.of(file(5, "/var/log/x", 10));
        assertThat(InheritedDescriptors.find(30, child, List.of(new Holder(20, List.of(file(3, "/var/log/x", 10)))),
                kernelSaying(SameOpenFile.Answer.DIFFERENT))).isEmpty();
    }

    @Test
    void withoutKcmpMatchingFdinfoCountsAndSaysSo() {
        List<Descriptor> child = List.of(file(5, "/var/log/x", 10), file(6, "/var/log/y", 0));
        List<Holder> holders = List.of(new Holder(20, List.of(file(3, "/var/log/x", 10), file(4, "/var/log/y", 99))));
        assertThat(InheritedDescriptors.find(30, child, holders, SameOpenFile.UNKNOWN))
                .as("y's offset differs: another open").containsExactly(new Inherited(5, 20, 3, Inherited.Evidence.MATCHING_FDINFO));
    }
}
