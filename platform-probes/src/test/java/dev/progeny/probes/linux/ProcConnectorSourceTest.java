package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.events.ProcessHistory;
import dev.progeny.probes.events.ProcessRecord;
import dev.progeny.probes.events.SourceOpening;
import dev.progeny.probes.launch.ExitStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The proc connector on this machine's kernel, as root (skipped, with the reason, otherwise). */
@EnabledOnOs(OS.LINUX)
class ProcConnectorSourceTest {
    /** Generous: the event thread shares two cores with other builds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The platform's own table: each table keeps a descriptor per process open. */
    private static final ProcessTable TABLE = Platform.current().processTable();

    /** Each process lives long enough for its argv to be read while it runs, the killed one excepted. */
    private static final String SCRIPT = "sleep 1; sleep 5 & kill -9 $!; wait; exit 3";

    private static EventSource openOrSkip(int buffer) {
        SourceOpening opening = ProcConnectorSource.open(TABLE, buffer);
        assumeTrue(opening instanceof SourceOpening.Opened, () -> "proc connector unavailable: "
                + ((SourceOpening.Unavailable) opening).why());
        return ((SourceOpening.Opened) opening).source();
    }

    private static List<ProcessRecord> childrenOf(ProcessHistory history, ProcessKey parent) {
        return history.view().unlaunched().records().stream()
                .filter(r -> r.parent().filter(parent::equals).isPresent()).toList();
    }

    private static Optional<ProcessRecord> byPid(ProcessHistory history, long pid) {
        return history.view().unlaunched().records().stream().filter(r -> r.key().pid() == pid).findFirst();
    }

    @Test
    void seesEveryForkExecAndExitWithExitStatusesButNoThreads() throws Exception {
        ProcessHistory history = new ProcessHistory();
        try (EventSource source = openOrSkip(8 << 20)) {
            assertThat(source.exact()).isTrue();
            source.start(history);
            long self = ProcessHandle.current().pid();
            caughtUp(history);
            Set<Integer> threadsBefore = tasks();
            Thread worker = Thread.ofPlatform().start(() -> { });
            worker.join();

            Process sh = new ProcessBuilder("/bin/sh", "-c", SCRIPT).start();
            assertThat(sh.waitFor(60, TimeUnit.SECONDS)).isTrue();
            await().atMost(PATIENCE).until(() -> byPid(history, sh.pid()).filter(ProcessRecord::ended).isPresent());

            ProcessRecord shell = byPid(history, sh.pid()).orElseThrow();
            assertThat(shell.birthSeen() && shell.endSeen()).isTrue();
            assertThat(shell.status()).contains(new ExitStatus.Exited(3));
            assertThat(shell.argv()).containsExactly("/bin/sh", "-c", SCRIPT);
            assertThat(shell.parent().orElseThrow().pid()).isEqualTo((int) self);
            await().atMost(PATIENCE).until(() -> childrenOf(history, shell.key()).stream().allMatch(ProcessRecord::ended)
                    && childrenOf(history, shell.key()).size() == 2);
            assertThat(childrenOf(history, shell.key())).extracting(r -> r.status().orElseThrow())
                    .containsExactly(new ExitStatus.Exited(0), new ExitStatus.Killed(9, false));
            assertThat(childrenOf(history, shell.key()).getFirst().argv()).containsExactly("sleep", "1");
            Set<Integer> newThreads = tasks();
            newThreads.removeAll(threadsBefore);
            assertThat(history.view().unlaunched().records()).noneMatch(r -> newThreads.contains(r.key().pid()));
        }
    }

    @Test
    void aFullBufferIsReportedAsALossAndResynchronised() throws Exception {
        ProcessHistory history = new ProcessHistory();
        CountDownLatch burstDone = new CountDownLatch(1);
        AtomicBoolean armed = new AtomicBoolean();
        try (EventSource source = openOrSkip(4096)) {
            source.start(e -> {
                if (e instanceof ProcessEvent.Fork && armed.getAndSet(false)) {
                    awaitQuietly(burstDone); // hold the event thread while the kernel's sends pile up
                }
                history.accept(e);
            });
            armed.set(true); // start returned after the first reading: what follows is live
            Process burst = new ProcessBuilder("/bin/sh", "-c", "for i in $(seq 300); do /bin/true; done").start();
            Process sleeper = new ProcessBuilder("sleep", "60").start();
            try {
                assertThat(burst.waitFor(60, TimeUnit.SECONDS)).isTrue();
                burstDone.countDown();
                await().atMost(PATIENCE).until(() -> history.view().losses().times() > 0);
                assertThat(history.view().losses().lastWhy()).isNotEmpty();
                // Born while events were being dropped: known all the same, by its event or by the resync.
                await().atMost(PATIENCE).until(() -> byPid(history, sleeper.pid()).filter(r -> !r.ended()).isPresent());
            } finally {
                sleeper.destroyForcibly().waitFor();
            }
        }
    }

    /** Returns once the event thread has handled the exit of a process started now: the start-up reading is behind it. */
    private static void caughtUp(ProcessHistory history) throws Exception {
        Process marker = new ProcessBuilder("/bin/true").start();
        assertThat(marker.waitFor(60, TimeUnit.SECONDS)).isTrue();
        await().atMost(PATIENCE).until(() -> byPid(history, marker.pid()).filter(ProcessRecord::endSeen).isPresent());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<Integer> tasks() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/task"))) {
            return s.map(p -> Integer.parseInt(p.getFileName().toString())).collect(Collectors.toSet());
        }
    }
}
