package dev.progeny.probes.linux;

import com.sun.jna.Native;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.posix.RootExit;
import dev.progeny.probes.posix.RootExitLaunch;
import dev.progeny.probes.posix.WaitStatus;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A command launched by {@link LinuxLauncher}. Linux. Thread-safe. One daemon thread per launch
 * blocks in {@code waitpid(root)} and caches the exit status; nothing else ever reaps the root
 * (never {@code waitpid(-1)}: platform-facts §6.2).
 */
final class LinuxLaunch extends RootExitLaunch {
    private final String id;
    private final LaunchSpec spec;
    private final ProcessKey root;
    private final Set<Containment> containment;
    private final Map<Containment, String> unavailable;
    private final LaunchFamily family;
    private final OutputLog output;
    private final LinuxLaunchLimits limits;
    private final Consumer<Launch> onClose;

    LinuxLaunch(String id, LaunchSpec spec, ProcessKey root, Set<Containment> containment,
                Map<Containment, String> unavailable, LaunchFamily family, OutputLog output,
                LaunchRegistry registry, LinuxLaunchLimits limits, Consumer<Launch> onClose) {
        super(new RootExit(registry, id), LinuxSignals.TABLE);
        this.id = id;
        this.spec = spec;
        this.root = root;
        this.containment = Set.copyOf(containment);
        this.unavailable = Map.copyOf(unavailable);
        this.family = family;
        this.output = output;
        this.limits = limits;
        this.onClose = onClose;
    }

    /**
     * Starts the thread that reaps the root, and only the root; when the root had the terminal's
     * foreground, the thread gives it back to Progeny first.
     */
    void startReaper(boolean tookTerminal) {
        // With the terminal, a stop (Ctrl-Z) must be seen so the shell's job control keeps working.
        int options = tookTerminal ? LinuxSpawnLibc.WUNTRACED : 0;
        Thread.ofPlatform().daemon().name("progeny-wait-" + root.pid()).start(() -> {
            int[] status = new int[1];
            while (true) {
                int rc = PosixLibc.INSTANCE.waitpid(root.pid(), status, options);
                if (rc == root.pid()) {
                    Optional<ExitStatus> ended = WaitStatus.decode(status[0]);
                    if (ended.isEmpty()) {
                        // Stopped: WSTOPSIG is bits 8-15 (bits/waitstatus.h).
                        Terminal.rootStopped(root.pid(), (status[0] >> 8) & 0xff);
                        continue;
                    }
                    if (tookTerminal) {
                        Terminal.reclaimForeground();
                    }
                    exit.reaped(ended.get());
                    return;
                }
                int errno = Native.getLastError();
                if (rc < 0 && errno != LinuxErrors.EINTR) {
                    exit.fail("waitpid(" + root.pid() + "): " + LinuxErrors.describe(errno));
                    return;
                }
            }
        });
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LaunchSpec spec() {
        return spec;
    }

    @Override
    public ProcessKey root() {
        return root;
    }

    @Override
    public Set<Containment> containment() {
        return containment;
    }

    @Override
    public Map<Containment, String> unavailable() {
        return unavailable;
    }

    @Override
    public LaunchFamily family() {
        return family;
    }

    @Override
    public LaunchLimits limits() {
        return limits;
    }

    @Override
    public OutputLog output() {
        return output;
    }

    @Override
    public void close() {
        exit.close();
        limits.release();
        family.cgroup().ifPresent(CgroupJanitor::removeWhenEmpty);
        onClose.accept(this);
    }

    @Override
    public String toString() {
        return family.description();
    }
}
