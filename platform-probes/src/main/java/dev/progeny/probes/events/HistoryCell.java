package dev.progeny.probes.events;

/**
 * The slot of one process in the history: its latest record version, replaced whole by the
 * writer and read lock-free by readers (the record is immutable, the reference volatile).
 */
final class HistoryCell {
    volatile ProcessRecord record;
    /** The log the process is listed in now; written and read by the history's writer only. */
    LaunchLog log;

    HistoryCell(ProcessRecord record, LaunchLog log) {
        this.record = record;
        this.log = log;
    }
}
