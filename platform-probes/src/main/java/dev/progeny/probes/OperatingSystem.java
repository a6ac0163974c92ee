package dev.progeny.probes;

import java.util.Locale;

/** The operating systems Progeny supports, and detection of the one it runs on. */
public enum OperatingSystem {
    LINUX, FREEBSD, MACOS;

    /** The OS this JVM runs on; throws for an unsupported one (e.g. Windows). */
    public static OperatingSystem current() {
        return fromOsName(System.getProperty("os.name", ""));
    }

    static OperatingSystem fromOsName(String osName) {
        String n = osName.toLowerCase(Locale.ROOT);
        if (n.startsWith("linux")) {
            return LINUX;
        }
        if (n.startsWith("freebsd")) {
            return FREEBSD;
        }
        if (n.startsWith("mac") || n.startsWith("darwin")) {
            return MACOS;
        }
        throw new UnsupportedOperationException("Progeny runs on Linux, FreeBSD and macOS, not on " + osName);
    }
}
