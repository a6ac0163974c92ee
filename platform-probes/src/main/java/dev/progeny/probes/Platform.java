package dev.progeny.probes;

import dev.progeny.probes.diagnose.ProcessDiagnostics;
import dev.progeny.probes.events.EventSources;
import dev.progeny.probes.freebsd.FreeBsdPlatform;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.launch.MembershipProbe;
import dev.progeny.probes.launch.NoMembership;
import dev.progeny.probes.linux.LinuxPlatform;
import dev.progeny.probes.macos.MacOsPlatform;
import dev.progeny.probes.terminate.OrphanReaper;
import dev.progeny.probes.terminate.Terminator;
import java.util.Optional;

/**
 * Everything Progeny needs from one operating system. {@link #current()} is the one place
 * where the implementation is chosen. Implementations are thread-safe.
 */
public interface Platform {

    OperatingSystem os();

    ProcessTable processTable();

    SignalTable signals();

    /** Starts commands as contained families. */
    Launcher launcher();

    /** Ends processes, groups, sessions and families, behind the safety guard. */
    Terminator terminator();

    /** Collects orphans re-parented to Progeny. */
    OrphanReaper orphanReaper();

    /** What this platform can and cannot do, so the app never offers an action that cannot work. */
    Capabilities capabilities();

    /**
     * Reads the details pane's facts about one process. Platforms without a reader of their own
     * (FreeBSD and macOS so far) find no details, and the pane says so.
     */
    default ProcessInspector inspector() {
        return key -> Optional.empty();
    }

    /**
     * Reads why processes wait (diagnosis). Platforms without a reader of their own tell only
     * what the state says.
     */
    default ProcessDiagnostics diagnostics() {
        return ProcessDiagnostics.STATE_ONLY;
    }

    /**
     * Where process events can come from here, best first; {@link EventSources#open} picks the
     * source that runs and says why no better one does. Platforms without an exact source poll.
     */
    default EventSources events() {
        return EventSources.pollingOnly(() -> processTable().snapshot()); // the table is made on first use
    }

    /**
     * Reads launch tags and container members for families this Progeny did not launch (those an
     * earlier, crashed Progeny left). Platforms without a reader of their own find nothing.
     */
    default MembershipProbe membership() {
        return NoMembership.INSTANCE;
    }

    /**
     * Hands memory the C allocator holds but no longer uses back to the system: called after
     * launches are removed, off the FX thread. Platforms without a way to do it do nothing.
     */
    default void releaseFreeMemory() {
    }

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
