package dev.progeny.app.gui.processtree;

/**
 * One launch's family at one refresh: how many live processes, their summed CPU % and memory.
 * Immutable.
 */
public record LaunchStat(String launchId, int processes, double cpuPercent, long rssBytes) {
}
