package dev.progeny.app.gui;

import dev.progeny.probes.posix.PosixLibc;

/**
 * The process environment the native toolkit starts with. GDK initialises OpenGL for itself at
 * start (GLX visuals and the Mesa driver: without a GPU that is llvmpipe, about 60 MB resident),
 * but JavaFX never draws through GDK's GL: Prism's es2 pipeline opens its own context and the sw
 * pipeline needs none. {@code GDK_GL=disable} skips it; a user's own {@code GDK_GL} wins. Only
 * GTK reads it (Linux, FreeBSD); harmless on macOS.
 */
public final class ToolkitEnvironment {
    static final String GDK_GL = "GDK_GL";

    private ToolkitEnvironment() {
    }

    /**
     * Call once, before JavaFX starts and before other threads read the environment. Launched
     * commands do not inherit the change: they get the environment Java read at start
     * ({@link System#getenv()}), which is read here first so that it is taken before.
     */
    public static void prepare() {
        System.getenv();
        PosixLibc.INSTANCE.setenv(GDK_GL, "disable", 0);
    }
}
