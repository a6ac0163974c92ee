package dev.progeny.app.gui.processtree;

/**
 * One launch's family at one refresh: how many live processes, their summed CPU % and memory,
 * and when the launched process started (0 when it was never seen). Immutable.
 */
public record LaunchStat(String launchId, int processes, double cpuPercent, long rssBytes, long startedEpochMillis) {
}
