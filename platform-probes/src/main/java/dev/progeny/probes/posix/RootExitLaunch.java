package dev.progeny.probes.posix;

import dev.progeny.probes.Signal;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What every OS's launch does the same way: waiting on and signalling through the root's
 * {@link RootExit}. Subclasses reap the root (each its own way) into {@link #exit}. Thread-safe.
 */
public abstract class RootExitLaunch implements Launch {
    protected final RootExit exit;
    private final SignalTable signals;

    protected RootExitLaunch(RootExit exit, SignalTable signals) {
        this.exit = exit;
        this.signals = signals;
    }

    @Override
    public boolean signalGroup(Signal signal) {
        return RootExit.signalGroup(root().pid(), signals.number(signal));
    }

    @Override
    public Optional<ExitStatus> exitStatus() {
        return exit.now();
    }

    @Override
    public ExitStatus waitFor() throws InterruptedException {
        return exit.await();
    }

    @Override
    public Optional<ExitStatus> waitFor(Duration timeout) throws InterruptedException {
        return exit.await(timeout);
    }

    @Override
    public CompletionStage<ExitStatus> onExit() {
        return exit.onExit();
    }
}
