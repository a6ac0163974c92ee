package dev.progeny.probes;

import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.linux.LinuxPlatform;
import dev.progeny.probes.terminate.Reaper;
import dev.progeny.probes.terminate.Terminator;

/**
 * Everything Progeny needs from one operating system. {@link #current()} is the one place
 * where the implementation is chosen. Implementations are thread-safe.
 */
public interface Platform {

    OperatingSystem os();

    ProcessTable processTable();

    SignalTable signals();

    /** Ends processes, groups, sessions and families, behind the safety guard. */
    Terminator terminator();

    /** Collects orphans re-parented to Progeny. */
    Reaper reaper();

    /** Starts commands as contained families. */
    Launcher launcher();

    ProcessInspector inspector();

    /** The platform for the running OS, created once. */
    static Platform current() {
        return Holder.CURRENT;
    }

    /** Lazily created so that merely loading {@link Platform} never touches native code. */
    final class Holder {
        private static final Platform CURRENT = create(OperatingSystem.current());

        private Holder() {
        }

        static Platform create(OperatingSystem os) {
            return switch (os) {
                case LINUX -> new LinuxPlatform();
                case FREEBSD, MACOS -> throw new UnsupportedOperationException(os + " is not implemented yet");
            };
        }
    }
}
