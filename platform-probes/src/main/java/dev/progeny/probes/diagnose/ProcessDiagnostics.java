package dev.progeny.probes.diagnose;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads why processes are where they are, one implementation per OS. Blocking reads: call off
 * the UI thread. Implementations are thread-safe.
 */
public interface ProcessDiagnostics {

    /**
     * What each process waits for, from cheap reads only (the window's column, for the rows in
     * view). Processes gone since the snapshot are left out.
     *
     * @param snapshot the snapshot they come from (their children, for "waiting for any child")
     */
    Map<ProcessKey, WaitingFor> waitingFor(Collection<ProcessInfo> processes, Snapshot snapshot);

    /** Where each process lives (namespace pids, container), for columns and {@code snapshot --json}. */
    Map<ProcessKey, Placement> placements(Collection<ProcessInfo> processes);

    /** Why {@code key} is where it is, with the processes that explain it; empty when it is gone. */
    Optional<WhyReport> explain(ProcessKey key, Snapshot snapshot);

    /** The pipes among {@code processes} and Progeny's own ends, fill measured where allowed. */
    PipeMap pipes(Collection<ProcessInfo> processes);

    /** For platforms that tell no more than a process's state. */
    ProcessDiagnostics STATE_ONLY = new ProcessDiagnostics() {
        @Override
        public Map<ProcessKey, WaitingFor> waitingFor(Collection<ProcessInfo> processes, Snapshot snapshot) {
            Map<ProcessKey, WaitingFor> out = new LinkedHashMap<>();
            processes.forEach(p -> out.put(p.key(), WaitDecoder.fromStateOnly(p.state())));
            return out;
        }

        @Override
        public Map<ProcessKey, Placement> placements(Collection<ProcessInfo> processes) {
            Map<ProcessKey, Placement> out = new LinkedHashMap<>();
            processes.forEach(p -> out.put(p.key(), new Placement(List.of(p.pid()), Optional.empty())));
            return out;
        }

        @Override
        public Optional<WhyReport> explain(ProcessKey key, Snapshot snapshot) {
            return snapshot.process(key.pid()).filter(p -> p.key().equals(key)).map(p -> {
                ProcessFacts facts = ProcessFacts.waitOnly(p, WaitDecoder.fromStateOnly(p.state()));
                return new WhyReport(new Diagnosis(facts, facts.waiting(), List.of(), List.of(), Optional.empty(), List.of(),
                        List.of()),
                        List.of(), Map.of());
            });
        }

        @Override
        public PipeMap pipes(Collection<ProcessInfo> processes) {
            return PipeMap.EMPTY;
        }
    };
}
