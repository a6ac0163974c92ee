package dev.progeny.app.gui.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.CurrentThreadTaskExecutor;
import dev.progeny.app.gui.testing.FixedPlatform;
import dev.progeny.probes.Platform;
import dev.progeny.probes.freebsd.FreeBsdPlatform;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.macos.MacOsPlatform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launch bar's decisions, with a launcher double that records or refuses specs. */
class LaunchBarViewModelTest {
    @TempDir
    Path dir;

    private final List<LaunchSpec> specs = new ArrayList<>();
    private final AppState state = new AppState(Platform.current(), new CurrentThreadTaskExecutor());

    private LaunchBarViewModel model(Launcher launcher) {
        return new LaunchBarViewModel(state, launcher, new HistoryStore(dir.resolve("history.json")), Map.of("TAG", "t"));
    }

    /** The one call the launch bar makes. */
    private interface Start {
        Launch launch(LaunchSpec spec) throws LaunchException;
    }

    private static Launcher launcher(Start start) {
        return new Launcher() {
            @Override
            public Launch launch(LaunchSpec spec, OutputLog.Listener output) throws LaunchException {
                return start.launch(spec);
            }

            @Override
            public Set<Integer> rootPids() {
                return Set.of();
            }

            @Override
            public List<Launch> launches() {
                return List.of();
            }
        };
    }

    private Launcher refusing(LaunchException.Reason reason) {
        return launcher(spec -> {
            specs.add(spec);
            throw new LaunchException(reason, spec.argv().getFirst());
        });
    }

    @Test
    void anEmptyCommandIsRefusedWithoutSpawning() {
        LaunchBarViewModel model = model(refusing(LaunchException.Reason.OTHER));
        model.commandProperty().set("   ");
        model.launch();
        assertThat(model.errorProperty().get()).isEqualTo("Type a command to launch.");
        assertThat(specs).isEmpty();
    }

    @Test
    void aCommandThatIsNotFoundShowsTheReasonAndNoLaunchIsAdded() {
        LaunchBarViewModel model = model(refusing(LaunchException.Reason.NOT_FOUND));
        model.modeProperty().set(CommandMode.ARGV);
        model.commandProperty().set("no-such-tool --flag");
        model.launch();
        assertThat(model.errorProperty().get()).isEqualTo("Command not found: no-such-tool");
        assertThat(state.launches()).isEmpty();
        assertThat(model.launchingProperty().get()).isFalse();
    }

    @Test
    void anUnbalancedQuoteInArgvModeIsReportedBeforeSpawning() {
        LaunchBarViewModel model = model(refusing(LaunchException.Reason.OTHER));
        model.modeProperty().set(CommandMode.ARGV);
        model.commandProperty().set("echo 'half");
        model.launch();
        assertThat(model.errorProperty().get()).isEqualTo("Cannot split the command: unterminated single quote at column 6");
        assertThat(specs).isEmpty();
    }

    @Test
    void aMissingDirectoryIsNamedInTheError() {
        LaunchBarViewModel model = model(refusing(LaunchException.Reason.OTHER));
        model.commandProperty().set("true");
        model.directoryProperty().set(dir.resolve("gone").toString());
        model.launch();
        assertThat(model.errorProperty().get()).isEqualTo("No such working directory: " + dir.resolve("gone"));
        assertThat(specs).isEmpty();
    }

    @Test
    void theSpecCarriesModeIsolationDirectoryAndEnvironment() {
        LaunchBarViewModel model = model(refusing(LaunchException.Reason.OTHER));
        model.commandProperty().set("  sleep 1 | cat ");
        model.isolationProperty().set(Isolation.SESSION);
        model.directoryProperty().set(dir.toString());
        model.launch();
        LaunchSpec spec = specs.getFirst();
        assertThat(spec.argv()).containsExactly("/bin/sh", "-c", "sleep 1 | cat");
        assertThat(spec.isolation()).isEqualTo(Isolation.SESSION);
        assertThat(spec.directory()).contains(dir);
        assertThat(spec.environment()).containsEntry("TAG", "t");
        assertThat(spec.traced()).isFalse();
    }

    @Test
    void recordAsksForATracedLaunch() {
        LaunchBarViewModel model = model(refusing(LaunchException.Reason.OTHER));
        model.commandProperty().set("make");
        model.recordProperty().set(true);
        model.launch();
        assertThat(specs.getFirst().traced()).isTrue();
    }

    @Test
    void theLimitsComeBackWithTheHistoryAndGoIntoTheSpec() throws Exception {
        new HistoryStore(dir.resolve("history.json")).save(new HistoryStore.SavedLaunchBar(List.of("make"), "",
                Map.of("MEMORY", "2G", "CPU", "150%"), List.of(Map.of("PROCESSES", "50"), Map.of("MEMORY", "bad"))));
        LaunchBarViewModel model = model(refusing(LaunchException.Reason.OTHER));
        model.loadHistory();
        Limits limits = Limits.NONE.with(LimitKind.MEMORY, 2L << 30).with(LimitKind.CPU, 150);
        assertThat(model.limitsProperty().get()).isEqualTo(limits);
        assertThat(model.recentLimits()).containsExactly(Limits.NONE.with(LimitKind.PROCESSES, 50));
        model.commandProperty().set("make");
        model.launch();
        assertThat(specs.getFirst().limits()).isEqualTo(limits);
    }

    @Test
    void anUnexpectedFailureIsOneLineNotAStackTrace() {
        LaunchBarViewModel model = model(launcher(spec -> {
            throw new IllegalStateException("posix_spawn returned 12");
        }));
        model.commandProperty().set("true");
        model.launch();
        assertThat(model.errorProperty().get()).isEqualTo("Could not launch: posix_spawn returned 12").doesNotContain("\n");
    }

    @Test
    void historyIsLoadedFromTheStore() throws Exception {
        new HistoryStore(dir.resolve("history.json")).save(new HistoryStore.SavedLaunchBar(List.of("b", "a"), "~/src"));
        LaunchBarViewModel model = model(refusing(LaunchException.Reason.OTHER));
        model.loadHistory();
        assertThat(model.history()).containsExactly("b", "a");
        assertThat(model.directoryProperty().get()).isEqualTo("~/src");
    }

    @Test
    void onFreeBsdTheBarOffersNoNewSessionAndSaysWhy() {
        AppState bsd = new AppState(new FixedPlatform(FreeBsdPlatform.CAPABILITIES), new CurrentThreadTaskExecutor());
        LaunchBarViewModel onBsd = new LaunchBarViewModel(bsd, refusing(LaunchException.Reason.OTHER),
                new HistoryStore(dir.resolve("history.json")), Map.of());

        assertThat(onBsd.isolations()).containsExactly(Isolation.PROCESS_GROUP);
        assertThat(onBsd.sessionUnavailable()).hasValueSatisfying(
                why -> assertThat(why).contains("there is no POSIX_SPAWN_SETSID"));
    }

    @Test
    void whereSessionsCanBeStartedBothAreOffered() {
        AppState mac = new AppState(new FixedPlatform(MacOsPlatform.CAPABILITIES), new CurrentThreadTaskExecutor());
        LaunchBarViewModel onMac = new LaunchBarViewModel(mac, refusing(LaunchException.Reason.OTHER),
                new HistoryStore(dir.resolve("history.json")), Map.of());

        assertThat(onMac.isolations()).containsExactly(Isolation.PROCESS_GROUP, Isolation.SESSION);
        assertThat(onMac.sessionUnavailable()).isEmpty();
    }
}
