package dev.progeny.app.cli;

import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Launch;
import java.util.ArrayList;
import java.util.List;
import sun.misc.SignalHandler;

/**
 * While open, SIGINT, SIGTERM and SIGHUP sent to Progeny go to the launch's process group
 * instead, followed by SIGCONT (the child sits in a group of its own, so a signal for Progeny's
 * group, such as a hangup, would otherwise miss it). Open it before launching, so no signal in
 * between ends Progeny and orphans the family: signals that arrive before {@link #attach} are
 * forwarded then. Closing restores the previous handlers. Uses {@code sun.misc.Signal} (module
 * jdk.unsupported): the JDK offers no supported way to catch a signal. A signal Progeny was
 * started with ignored (nohup) or that the VM reserves is not forwarded (platform-facts §6.3).
 * POSIX. Thread-safe.
 */
final class SignalForwarder implements AutoCloseable {
    private static final List<Signal> FORWARDED = List.of(Signal.INT, Signal.TERM, Signal.HUP);

    private final List<Runnable> restore = new ArrayList<>();
    private final List<Signal> early = new ArrayList<>();
    private Launch launch;

    SignalForwarder() {
        for (Signal signal : FORWARDED) {
            try {
                sun.misc.Signal jvmSignal = new sun.misc.Signal(signal.name());
                SignalHandler previous = sun.misc.Signal.handle(jvmSignal, s -> forward(signal));
                restore.add(() -> sun.misc.Signal.handle(jvmSignal, previous));
            } catch (IllegalArgumentException e) {
                // Reserved by the VM (e.g. under -Xrs): that signal keeps its default meaning.
            }
        }
    }

    /** From now on signals go to {@code target}; any that came earlier go now. */
    void attach(Launch target) {
        List<Signal> pending;
        synchronized (this) {
            launch = target;
            pending = List.copyOf(early);
            early.clear();
        }
        pending.forEach(this::forward);
    }

    private void forward(Signal signal) {
        Launch target;
        synchronized (this) {
            target = launch;
            if (target == null) {
                early.add(signal);
                return;
            }
        }
        target.signalGroup(signal);
        // A stopped member acts on the signal only once continued (as a shell does on hangup).
        target.signalGroup(Signal.CONT);
    }

    @Override
    public void close() {
        restore.forEach(Runnable::run);
    }
}
