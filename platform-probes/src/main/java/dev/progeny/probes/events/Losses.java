package dev.progeny.probes.events;

/**
 * What the event source lost so far: how many times ({@code times}), how many events where it
 * could count them ({@code events}), and the latest reason. After each loss the source
 * resynchronised from a reading, so births and exits in between are inexact. Immutable; every OS.
 */
public record Losses(int times, long events, String lastWhy) {
    public static final Losses NONE = new Losses(0, 0, "");

    Losses plus(ProcessEvent.Lost lost) {
        return new Losses(times + 1, events + Math.max(0, lost.count()), lost.why());
    }
}
