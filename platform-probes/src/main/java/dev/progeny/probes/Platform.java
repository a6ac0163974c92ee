package dev.progeny.probes;

import dev.progeny.probes.freebsd.FreeBsdPlatform;
import dev.progeny.probes.linux.LinuxPlatform;
import dev.progeny.probes.macos.MacOsPlatform;

/**
 * Everything Progeny needs from one operating system. {@link #current()} is the one place
 * where the implementation is chosen. Implementations are thread-safe.
 */
public interface Platform {

    OperatingSystem os();

    ProcessTable processTable();

    SignalTable signals();

    /** What this platform can and cannot do, so the app never offers an action that cannot work. */
    Capabilities capabilities();

    /** The platform for the running OS, created once. */
    static Platform current() {
        return Holder.CURRENT;
    }

    /** Lazily created so that merely loading {@link Platform} never touches native code. */
    final class Holder {
        private static final Platform CURRENT = create(OperatingSystem.current());

        private Holder() {
        }

        /** FreeBSD and macOS platforms call no native code until first used. */
        static Platform create(OperatingSystem os) {
            return switch (os) {
                case LINUX -> new LinuxPlatform();
                case FREEBSD -> new FreeBsdPlatform();
                case MACOS -> new MacOsPlatform();
            };
        }
    }
}
