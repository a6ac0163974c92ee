package dev.progeny.probes;

import java.util.Optional;

/** Reads a process's {@link ProcessDetails}. Blocking file reads: call off the UI thread. Thread-safe. */
public interface ProcessInspector {

    /** The details of {@code key}, or empty when that process is gone (or its pid was reused). */
    Optional<ProcessDetails> inspect(ProcessKey key);
}
