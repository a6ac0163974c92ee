package dev.progeny.probes.diagnose;

import java.util.List;

/**
 * The diagnosis of one process and of the processes that explain it. Immutable.
 *
 * @param related each with its role, nearest cause first
 */
public record WhyReport(Diagnosis target, List<Related> related) {

    public WhyReport {
        related = List.copyOf(related);
    }

    /** Why another process is in the report. */
    public enum Role { READS_ITS_PIPE, WRITES_ITS_PIPE, CHILD_IT_WAITS_FOR, PARENT }

    public record Related(Role role, Diagnosis diagnosis) {
    }
}
