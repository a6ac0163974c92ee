package dev.progeny.probes.diagnose;

import static dev.progeny.probes.diagnose.DiagnosisFixtures.pipeEnd;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipeMapTest {
    /** {@code yes | sleep} under a shell that still holds both ends, and Progeny reading a capture pipe. */
    private final PipeMap map = PipeMap.build(Map.of(
            10, List.of(pipeEnd(1, 500, true)),
            11, List.of(pipeEnd(0, 500, false), pipeEnd(1, 600, true)),
            12, List.of(pipeEnd(3, 500, false), pipeEnd(4, 500, true)),
            99, List.of(pipeEnd(40, 600, false))));

    @Test
    void endsAreMatchedByInodeAndToldApartByAccessMode() {
        PipeMap.Pipe p = map.pipe(500).orElseThrow();
        assertThat(p.writers()).containsExactlyInAnyOrder(new PipeEnd(10, 1), new PipeEnd(12, 4));
        assertThat(p.readers()).containsExactlyInAnyOrder(new PipeEnd(11, 0), new PipeEnd(12, 3));
        assertThat(map.pipesOf(11)).extracting(PipeMap.Pipe::inode).containsExactlyInAnyOrder(500L, 600L);
    }

    @Test
    void aWaitOnAPipeLearnsItsOtherEndsAndFill() {
        PipeMap filled = map.withFill(Map.of(500L, new PipeFill(65536, 65536)));
        WaitingFor joined = filled.join(new WaitingFor.PipeWrite(Optional.of(Syscall.WRITE), 1, 500, PipeState.UNKNOWN));
        assertThat(joined).isInstanceOfSatisfying(WaitingFor.PipeWrite.class, w -> {
            assertThat(w.state().otherPids()).containsExactlyInAnyOrder(11, 12);
            assertThat(w.state().fill()).contains(new PipeFill(65536, 65536));
            assertThat(w.state().looked()).isTrue();
        });
    }

    @Test
    void aPipeNotAmongThemHasNoEndsButWasLookedFor() {
        WaitingFor joined = map.join(new WaitingFor.PipeRead(Optional.of(Syscall.READ), 0, 777, PipeState.UNKNOWN));
        assertThat(((WaitingFor.PipeRead) joined).state()).isEqualTo(new PipeState(List.of(), Optional.empty(), true));
        assertThat(map.join(new WaitingFor.Running())).isEqualTo(new WaitingFor.Running());
    }

    @Test
    void withoutFdinfoTheDirectionIsUnknown() {
        PipeMap m = PipeMap.build(Map.of(5, List.of(new Descriptor(0, new DescriptorTarget.Pipe(9), Optional.empty()))));
        assertThat(m.pipe(9).orElseThrow().unknown()).containsExactly(new PipeEnd(5, 0));
    }
}
