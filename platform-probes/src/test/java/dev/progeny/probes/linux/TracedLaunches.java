package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.PosixLauncher;
import dev.progeny.probes.testing.TestLaunches;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test's launches through a real Linux {@link PosixLauncher}, traced ones recorded from the start;
 * each test's {@link TestLaunches} ends everything it started and checks nothing leaked. Register
 * with {@code @RegisterExtension}.
 */
final class TracedLaunches implements BeforeEachCallback, AfterEachCallback {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final PosixLauncher launcher = LinuxLaunching.launcher();
    private TestLaunches launches;

    /** A traced launch, its source and what it has recorded so far. */
    record Traced(Launch launch, PtraceSource source, RecordedEvents events) {
        /** Waits for the root's status and for its Exit event. */
        ExitStatus end() throws InterruptedException {
            ExitStatus status = launch.waitFor(PATIENCE).orElseThrow();
            events.awaitAny(e -> e instanceof ProcessEvent.Exit x && x.pid() == launch.pid());
            return status;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        launches = new TestLaunches(launcher, context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        launches.close();
    }

    Launch launch(LaunchSpec spec) throws LaunchException {
        return launches.launch(spec);
    }

    /** Launches {@code argv} traced and starts recording it. */
    Traced traced(String... argv) throws LaunchException {
        Launch launch = launch(LaunchSpec.of(argv).traced(true));
        PtraceSource source = (PtraceSource) launch.events().orElseThrow();
        // A short command may have ended already: then its record is complete (Ended), not refused.
        assertThat(source.state()).isIn(new PtraceState.Tracing(), new PtraceState.Ended());
        RecordedEvents events = new RecordedEvents();
        source.start(events);
        return new Traced(launch, source, events);
    }
}
