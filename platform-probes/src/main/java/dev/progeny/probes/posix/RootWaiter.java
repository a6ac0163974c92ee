package dev.progeny.probes.posix;

import com.sun.jna.Native;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.launch.ExitStatus;
import java.util.Optional;

/**
 * The default {@link RootWatch}: one daemon thread per launch blocks in {@code waitpid(root)} and
 * caches the exit status. With the terminal's foreground it also sees stops ({@code WUNTRACED}),
 * so a shell's job control keeps working, and takes the terminal back when the root ends. A
 * stopped start's first stop is the root waiting before exec: the terminal is handed over then
 * (where the OS could not do it in the child) and the root continued. Linux, FreeBSD, macOS.
 * Thread-safe.
 */
public final class RootWaiter implements RootWatch {
    /** {@code WUNTRACED}: 2 on all three (platform-facts §1). */
    private static final int WUNTRACED = 2;

    @Override
    public Optional<EventSource> watch(Root root) {
        int pid = root.key().pid();
        boolean stops = root.terminal().isPresent() || root.stoppedStart();
        Thread.ofPlatform().daemon().name("progeny-wait-" + pid).start(() -> {
            try {
                waitUntilEnded(root, pid, stops);
            } catch (RuntimeException | Error e) {
                // A waiter that dies silently would leave every waitFor hanging: say why instead.
                root.status().fail("the wait for " + pid + " failed: " + e);
                throw e;
            }
        });
        return Optional.empty();
    }

    private static void waitUntilEnded(Root root, int pid, boolean stops) {
        int[] status = new int[1];
        boolean starting = root.stoppedStart();
        while (true) {
            int rc = PosixLibc.INSTANCE.waitpid(pid, status, stops ? WUNTRACED : 0);
            if (rc == pid) {
                Optional<ExitStatus> ended = WaitStatus.decode(status[0]);
                if (ended.isPresent()) {
                    root.ended(ended.get());
                    return;
                }
                if (starting) {
                    starting = false;
                    root.terminal().ifPresent(t -> t.handOver(pid));
                    root.continueGroup().run();
                } else {
                    // Stopped: WSTOPSIG is bits 8-15 (sys/wait.h on all three).
                    root.stopped((status[0] >> 8) & 0xff);
                }
                continue;
            }
            int errno = Native.getLastError();
            if (rc < 0 && errno != root.errors().eintr()) {
                root.status().fail("waitpid(" + pid + "): " + LaunchErrors.describe(errno));
                return;
            }
        }
    }
}
