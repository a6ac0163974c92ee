package dev.progeny.app.cli;

import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Launch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sun.misc.SignalHandler;

/**
 * While open, SIGINT, SIGTERM and SIGHUP sent to Progeny go to the launch's process group
 * instead (the child sits in a group of its own, so the terminal's Ctrl-C reaches only us).
 * Closing restores the previous handlers. Uses {@code sun.misc.Signal} (module jdk.unsupported):
 * the JDK offers no supported way to catch a signal. A signal Progeny was started with ignored
 * (nohup) or that the VM reserves is simply not forwarded (platform-facts §6.3). POSIX.
 */
final class SignalForwarder implements AutoCloseable {
    private static final List<Signal> FORWARDED = List.of(Signal.INT, Signal.TERM, Signal.HUP);

    private final List<Runnable> restore = new ArrayList<>();

    SignalForwarder(Launch launch, Consumer<Signal> onForward) {
        for (Signal signal : FORWARDED) {
            try {
                sun.misc.Signal jvmSignal = new sun.misc.Signal(signal.name());
                SignalHandler previous = sun.misc.Signal.handle(jvmSignal, s -> {
                    onForward.accept(signal);
                    launch.signalGroup(signal);
                });
                restore.add(() -> sun.misc.Signal.handle(jvmSignal, previous));
            } catch (IllegalArgumentException e) {
                // Reserved by the VM (e.g. under -Xrs): that signal keeps its default meaning.
            }
        }
    }

    @Override
    public void close() {
        restore.forEach(Runnable::run);
    }
}
