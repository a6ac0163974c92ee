package dev.progeny.app.gui.statusbar;

import static dev.progeny.app.gui.testing.Procs.proc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.CurrentThreadTaskExecutor;
import dev.progeny.app.gui.processtree.ProcessTreeViewModel;
import dev.progeny.app.gui.testing.FixedPlatform;
import dev.progeny.app.gui.testing.Procs;
import dev.progeny.probes.Capabilities;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.freebsd.FreeBsdPlatform;
import dev.progeny.probes.macos.MacOsPlatform;
import org.junit.jupiter.api.Test;

class StatusViewModelTest {
    private final FixedPlatform platform = new FixedPlatform();
    private final AppState state = new AppState(platform, new CurrentThreadTaskExecutor());
    private final ProcessTreeViewModel tree = new ProcessTreeViewModel(state);
    private final StatusViewModel status = new StatusViewModel(state, tree);

    @Test
    void countsProcessesAndZombiesAndSaysHowLongTheRefreshTook() {
        platform.setSnapshot(Procs.snapshot(1000, proc(1, 0, 1, 1, "init"), proc(10, 1, 10, 10, "sh"),
                proc(11, 10, 10, 10, "gone", ProcessState.ZOMBIE, 0)));
        tree.refresh();
        assertThat(status.countsProperty().get()).isEqualTo("3 processes · 1 zombie");
        assertThat(status.refreshProperty().get()).startsWith("Refreshed in ").contains("(UI ");
    }

    @Test
    void namesTheEventSourceOnceTheFirstRefreshOpenedIt() {
        assertThat(status.eventsProperty().get()).isEmpty();
        platform.setSnapshot(Procs.snapshot(1000, proc(1, 0, 1, 1, "init")));
        tree.refresh();
        assertThat(status.eventsProperty().get()).isEqualTo("events: polling (inexact)");
        assertThat(status.eventsWhyProperty().get()).isEqualTo("the best source this system has");
    }

    @Test
    void saysWhenRefreshingIsPaused() {
        tree.pausedProperty().set(true);
        assertThat(status.refreshProperty().get()).isEqualTo("Paused (Space resumes)");
    }

    @Test
    void beforeAnyLaunchShowsWhatThePlatformOffers() {
        assertThat(status.containmentProperty().get()).matches("Subreaper (available|unavailable) · cgroup (available|unavailable)");
    }

    @Test
    void onFreeBsdTheAdopterIsNamedTheProcctlReaper() {
        assertThat(statusOn(FreeBsdPlatform.CAPABILITIES).containmentProperty().get())
                .isEqualTo("Reaper (procctl) available · cgroup unavailable");
    }

    @Test
    void onMacOsTheSubreaperIsUnavailableAndTheTooltipSaysWhy() {
        StatusViewModel onMac = statusOn(MacOsPlatform.CAPABILITIES);
        assertThat(onMac.containmentProperty().get()).isEqualTo("Subreaper unavailable · cgroup unavailable");
        assertThat(onMac.containmentWhyProperty().get()).contains("orphans go to launchd and cannot be adopted");
    }

    private static StatusViewModel statusOn(Capabilities capabilities) {
        AppState other = new AppState(new FixedPlatform(capabilities), new CurrentThreadTaskExecutor());
        return new StatusViewModel(other, new ProcessTreeViewModel(other));
    }
}
