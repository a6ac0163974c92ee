package dev.progeny.probes.linux;

import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.ProcessDiagnostics;
import dev.progeny.probes.diagnose.WaitingFor;
import dev.progeny.probes.diagnose.WhyReport;
import dev.progeny.probes.launch.Launch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** A launched tree for diagnosis tests: finds its members by name and waits for them to settle. */
final class StagedTree {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Shared: a table keeps a stat descriptor open per process, so one per test would run out of them. */
    private static final ProcessTable TABLE = Platform.current().processTable();
    private final ProcessDiagnostics diagnostics = Platform.current().diagnostics();
    private final Launch launch;

    StagedTree(Launch launch) {
        this.launch = launch;
    }

    Snapshot snapshot() {
        try {
            return TABLE.snapshot();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The launch's root process. */
    ProcessInfo root() {
        return snapshot().process(launch.pid()).orElseThrow();
    }

    /** The launch's root and descendants. */
    List<ProcessInfo> members() {
        return snapshot().subtree(launch.pid());
    }

    /** The member called {@code name} (the only one, or the one {@code which} picks), once it exists. */
    ProcessInfo member(String name, Predicate<ProcessInfo> which) {
        return await().atMost(PATIENCE).until(() -> members().stream().filter(p -> p.name().equals(name)).filter(which)
                .findFirst().orElse(null), p -> p != null);
    }

    ProcessInfo member(String name) {
        return member(name, p -> true);
    }

    /** What {@code p} waits for, once {@code settled} holds (a pipe fills, a child exits...). */
    WaitingFor waitsFor(ProcessInfo p, Predicate<WaitingFor> settled) {
        return await().atMost(PATIENCE).until(() -> diagnostics.waitingFor(List.of(p), snapshot()).get(p.key()), settled::test);
    }

    WhyReport explain(ProcessInfo p) {
        return diagnostics.explain(p.key(), snapshot()).orElseThrow();
    }

    ProcessDiagnostics diagnostics() {
        return diagnostics;
    }
}
