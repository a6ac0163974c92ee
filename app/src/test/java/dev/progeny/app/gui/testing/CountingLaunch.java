package dev.progeny.app.gui.testing;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.terminate.Delivery;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/** A real launch that counts how often its family is asked for (each time is a scan of a snapshot). */
public final class CountingLaunch implements Launch {
    private final Launch real;
    private final AtomicInteger familyAsked = new AtomicInteger();

    public CountingLaunch(Launch real) {
        this.real = real;
    }

    public int familyAsked() {
        return familyAsked.get();
    }

    @Override
    public LaunchFamily family() {
        familyAsked.incrementAndGet();
        return real.family();
    }

    @Override
    public String id() {
        return real.id();
    }

    @Override
    public LaunchSpec spec() {
        return real.spec();
    }

    @Override
    public ProcessKey root() {
        return real.root();
    }

    @Override
    public Set<Containment> containment() {
        return real.containment();
    }

    @Override
    public Map<Containment, String> unavailable() {
        return real.unavailable();
    }

    @Override
    public OutputLog output() {
        return real.output();
    }

    @Override
    public Delivery signalGroup(Signal signal) {
        return real.signalGroup(signal);
    }

    @Override
    public Optional<ExitStatus> exitStatus() {
        return real.exitStatus();
    }

    @Override
    public ExitStatus waitFor() throws InterruptedException {
        return real.waitFor();
    }

    @Override
    public Optional<ExitStatus> waitFor(Duration timeout) throws InterruptedException {
        return real.waitFor(timeout);
    }

    @Override
    public CompletionStage<ExitStatus> onExit() {
        return real.onExit();
    }

    @Override
    public void close() {
        real.close();
    }
}
