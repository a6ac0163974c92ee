package dev.progeny.probes.posix;

import com.sun.jna.Native;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputLog;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A command launched on FreeBSD or macOS by {@link PointerLaunch}. Progeny is its parent: one
 * daemon thread blocks in {@code waitpid(root)} (never -1: platform-facts §6.2) and caches the
 * status, so waiting is idempotent. Thread-safe.
 */
public final class PosixLaunch implements Launch {
    /** The launch's identity and what keeps its family. */
    public record Parts(String id, LaunchSpec spec, ProcessKey root, Set<Containment> containment,
                        Map<Containment, String> unavailable, LaunchFamily family, OutputLog output) {
        public Parts {
            containment = Set.copyOf(containment);
            unavailable = Map.copyOf(unavailable);
        }
    }

    private final Parts parts;
    private final LaunchRegistry registry;
    private final SignalTable signals;
    private final CompletableFuture<ExitStatus> exit = new CompletableFuture<>();

    PosixLaunch(Parts parts, LaunchRegistry registry, SignalTable signals) {
        this.parts = parts;
        this.registry = registry;
        this.signals = signals;
    }

    /** Starts the thread that reaps the root, and only the root. */
    void startReaper(int eintr) {
        int pid = parts.root().pid();
        Thread.ofPlatform().daemon().name("progeny-wait-" + pid).start(() -> {
            int[] status = new int[1];
            while (true) {
                int rc = PosixLibc.INSTANCE.waitpid(pid, status, 0);
                if (rc == pid) {
                    registry.rootReaped(parts.id());
                    // Without WUNTRACED/WCONTINUED waitpid reports only an end, which always decodes.
                    exit.complete(WaitStatus.decode(status[0]).orElseThrow());
                    return;
                }
                int errno = Native.getLastError();
                if (rc < 0 && errno != eintr) {
                    exit.completeExceptionally(new IllegalStateException("waitpid(" + pid + "): errno " + errno));
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
    public boolean signalGroup(Signal signal) {
        int pgid = parts.root().pid();
        PosixLibc libc = PosixLibc.INSTANCE;
        // The launch made this group; never signal Progeny's own group (DESIGN.md safety rules).
        if (pgid <= 1 || pgid == libc.getpgid(0)) {
            return false;
        }
        return libc.kill(-pgid, signals.number(signal)) == 0;
    }

    @Override
    public Optional<ExitStatus> exitStatus() {
        return Optional.ofNullable(exit.getNow(null));
    }

    @Override
    public ExitStatus waitFor() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public Optional<ExitStatus> waitFor(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(exit.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        if (exit.isDone()) {
            registry.remove(parts.id());
        }
    }

    @Override
    public String toString() {
        return parts.family().description();
    }
}
