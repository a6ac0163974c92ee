package dev.progeny.probes.diagnose;

import java.util.List;
import java.util.Map;

/**
 * The diagnosis of one process and of the processes that explain it. Immutable.
 *
 * @param related  each with its role, nearest cause first
 * @param pipeEnds what the processes on the other ends of its pipes and sockets wait for
 *                 (reading, or not reading: sleeping...), where read
 */
public record WhyReport(Diagnosis target, List<Related> related, Map<Integer, WaitingFor> pipeEnds) {

    public WhyReport {
        related = List.copyOf(related);
        pipeEnds = Map.copyOf(pipeEnds);
    }

    /** Why another process is in the report. */
    public enum Role {
        READS_ITS_PIPE("reads its pipe"), WRITES_ITS_PIPE("writes its pipe"),
        HOLDS_ITS_SOCKETS_PEER("holds the other end of its socket"), CHILD_IT_WAITS_FOR("the child it waits for"),
        PARENT("its parent");

        private final String words;

        Role(String words) {
            this.words = words;
        }

        /** "reads its pipe", "its parent". */
        public String words() {
            return words;
        }
    }

    public record Related(Role role, Diagnosis diagnosis) {
    }
}
