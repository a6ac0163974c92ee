package dev.progeny.probes.posix;

import com.sun.jna.Native;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.terminate.SignalSender;
import java.util.Map;
import java.util.Set;

/**
 * A command launched on FreeBSD or macOS by {@link PointerLaunch}. Progeny is its parent: one
 * daemon thread blocks in {@code waitpid(root)} (never -1: platform-facts §6.2) and caches the
 * status, so waiting is idempotent. Thread-safe.
 */
public final class PosixLaunch extends RootExitLaunch {
    /** The launch's identity and what keeps its family. */
    public record Parts(String id, LaunchSpec spec, ProcessKey root, Set<Containment> containment,
                        Map<Containment, String> unavailable, LaunchFamily family, OutputLog output) {
        public Parts {
            containment = Set.copyOf(containment);
            unavailable = Map.copyOf(unavailable);
        }
    }

    private final Parts parts;

    PosixLaunch(Parts parts, LaunchRegistry registry, SignalSender sender, ProcessTable table) {
        super(new RootStatus(registry, parts.id()), sender, table);
        this.parts = parts;
    }

    /** Starts the thread that reaps the root, and only the root. */
    void startReaper(int eintr) {
        int pid = parts.root().pid();
        Thread.ofPlatform().daemon().name("progeny-wait-" + pid).start(() -> {
            int[] status = new int[1];
            while (true) {
                int rc = PosixLibc.INSTANCE.waitpid(pid, status, 0);
                if (rc == pid) {
                    // Without WUNTRACED/WCONTINUED waitpid reports only an end, which always decodes.
                    exit.reaped(WaitStatus.decode(status[0]).orElseThrow());
                    return;
                }
                int errno = Native.getLastError();
                if (rc < 0 && errno != eintr) {
                    exit.fail("waitpid(" + pid + "): errno " + errno);
                    return;
                }
            }
        });
    }

    @Override
    public String id() {
        return parts.id();
    }

    @Override
    public LaunchSpec spec() {
        return parts.spec();
    }

    @Override
    public ProcessKey root() {
        return parts.root();
    }

    @Override
    public Set<Containment> containment() {
        return parts.containment();
    }

    @Override
    public Map<Containment, String> unavailable() {
        return parts.unavailable();
    }

    @Override
    public LaunchFamily family() {
        return parts.family();
    }

    @Override
    public OutputLog output() {
        return parts.output();
    }

    @Override
    public void close() {
        exit.close();
    }

    @Override
    public String toString() {
        return parts.family().description();
    }
}
