package dev.progeny.probes.posix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.LaunchRegistry;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A launch leaves the registry once its root is reaped and it is closed, in either order. */
class RootStatusTest {
    private final LaunchRegistry registry = new LaunchRegistry(1000);
    private final RootStatus exit = new RootStatus(registry, "a");

    RootStatusTest() {
        registry.add("a", new ProcessKey(1234, 5), Optional.empty());
    }

    @Test
    void closedBeforeTheRootEndsItStaysUntilTheRootIsReaped() throws InterruptedException {
        exit.close();
        assertThat(registry.isOpen("a")).isTrue();
        assertThat(registry.rootPids()).containsExactly(1234);
        assertThat(exit.await(Duration.ZERO)).isEmpty();

        exit.reaped(new ExitStatus.Exited(3));
        assertThat(registry.isOpen("a")).isFalse();
        assertThat(exit.await()).isEqualTo(new ExitStatus.Exited(3));
    }

    @Test
    void reapedBeforeCloseItFreesThePidAndLeavesOnClose() throws InterruptedException {
        exit.reaped(new ExitStatus.Killed(9, false));
        assertThat(registry.rootPids()).isEmpty();
        assertThat(registry.isOpen("a")).isTrue();
        assertThat(exit.now()).contains(new ExitStatus.Killed(9, false));

        exit.close();
        assertThat(registry.isOpen("a")).isFalse();
        assertThat(exit.await(Duration.ofSeconds(1))).contains(new ExitStatus.Killed(9, false));
    }

    @Test
    void aFailedWaitReachesEveryWaiter() {
        exit.fail("waitpid(1234): errno 10");
        assertThatThrownBy(exit::await).isInstanceOf(IllegalStateException.class).hasMessage("waitpid(1234): errno 10");
    }
}
