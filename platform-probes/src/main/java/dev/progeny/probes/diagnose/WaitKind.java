package dev.progeny.probes.diagnose;

import java.util.Locale;

/** The kinds of {@link WaitingFor}, named as {@code progeny why --json} prints them. Immutable. */
public enum WaitKind {
    PIPE_WRITE, PIPE_READ, CHILD, SLEEP, POLL, FUTEX, SOCKET, DISK, RUNNING, STOPPED, ZOMBIE, OTHER;

    /** {@code pipe-write}, {@code child}...: the name in JSON and in the window's filter. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
