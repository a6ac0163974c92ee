package dev.progeny.app.gui.output;

import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.launch.OutputLog;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A launcher that gives every launch an {@link OutputCapture} from its first byte and hands the
 * pair on; a launch that fails takes its spill file with it. Thread-safe; blocking, like any
 * launcher (the launch bar calls it off the FX thread).
 */
final class CapturingLauncher implements Launcher {
    private static final System.Logger LOG = System.getLogger(CapturingLauncher.class.getName());

    private final Launcher launcher;
    private final BiConsumer<Launch, OutputCapture> started;

    CapturingLauncher(Launcher launcher, BiConsumer<Launch, OutputCapture> started) {
        this.launcher = launcher;
        this.started = started;
    }

    @Override
    public Launch launch(LaunchSpec spec, OutputLog.Listener output) throws LaunchException {
        OutputCapture capture = OutputViewModel.capture(SpillFiles.next(), SpillFiles.LIMIT_BYTES);
        try {
            Launch launch = launcher.launch(spec, output == OutputLog.Listener.NONE ? capture : both(capture, output));
            started.accept(launch, capture);
            return launch;
        } catch (LaunchException | RuntimeException e) {
            try {
                capture.spill().close();
            } catch (IOException notRemoved) {
                LOG.log(System.Logger.Level.WARNING, "cannot remove " + capture.spill().path(), notRemoved);
            }
            throw e;
        }
    }

    private static OutputLog.Listener both(OutputLog.Listener first, OutputLog.Listener second) {
        return new OutputLog.Listener() {
            @Override
            public void appended(OutputLog.Chunk chunk) {
                first.appended(chunk);
                second.appended(chunk);
            }

            @Override
            public void finished() {
                first.finished();
                second.finished();
            }
        };
    }

    @Override
    public Set<Integer> rootPids() {
        return launcher.rootPids();
    }

    @Override
    public List<Launch> launches() {
        return launcher.launches();
    }
}
