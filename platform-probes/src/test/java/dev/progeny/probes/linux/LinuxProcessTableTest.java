package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real /proc against the real ps(1). Starts tagged processes and ends them all. */
class LinuxProcessTableTest {
    /** States a process moves between on its own from one moment to the next; the others need an event. */
    private static final Set<ProcessState> FLICKERING = EnumSet.of(
            ProcessState.RUNNING, ProcessState.SLEEPING, ProcessState.DISK_SLEEP, ProcessState.IDLE);

    private final LinuxProcessTable table = new LinuxProcessTable();
    private final String tag = TaggedProcesses.newTestTag("table");
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void endEverythingStarted() {
        started.forEach(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
        started.forEach(Process::destroyForcibly);
        TaggedProcesses.killAll(tag);
        await().atMost(Duration.ofSeconds(10)).until(() -> TaggedProcesses.alive(tag).isEmpty());
    }

    private Process start(String script) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script);
        pb.environment().put(LaunchSpec.LAUNCH_TAG, tag);
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private record PsRow(int ppid, int pgid, int sid, char state) {
    }

    private static Map<Integer, PsRow> ps() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ps", "-eo", "pid=,ppid=,pgid=,sid=,stat=").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Map<Integer, PsRow> rows = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 5) {
                rows.put(Integer.parseInt(f[0]), new PsRow(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), f[4].charAt(0)));
            }
        }
        return rows;
    }

    @Test
    void agreesWithPsOnEveryStableProcess() throws Exception {
        Process sleeper = start("exec sleep 60");
        Process stopped = start("exec sleep 60");
        stop((int) stopped.pid());

        Map<Integer, PsRow> before = ps();
        Snapshot snapshot = table.snapshot();
        Map<Integer, PsRow> after = ps();

        int compared = 0;
        for (Map.Entry<Integer, PsRow> e : before.entrySet()) {
            PsRow row = e.getValue();
            if (!row.equals(after.get(e.getKey()))) {
                continue;
            }
            // ps saw it the same before and after the snapshot: the snapshot must have it too.
            ProcessInfo p = snapshot.process(e.getKey()).orElseThrow(
                    () -> new AssertionError("pid " + e.getKey() + " is in ps before and after, not in the snapshot"));
            assertThat(new int[] {p.ppid(), p.pgid(), p.sid()}).as("pid %d", p.pid())
                    .containsExactly(row.ppid(), row.pgid(), row.sid());
            ProcessState psState = LinuxStates.of(row.state());
            if (!(FLICKERING.contains(psState) && FLICKERING.contains(p.state()))) {
                assertThat(p.state()).as("state of pid %d", p.pid()).isEqualTo(psState);
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(5);
        assertThat(snapshot.process((int) sleeper.pid())).map(ProcessInfo::state).contains(ProcessState.SLEEPING);
        assertThat(snapshot.process((int) stopped.pid())).map(ProcessInfo::state).contains(ProcessState.STOPPED);
        new ProcessBuilder("kill", "-CONT", Long.toString(stopped.pid())).start().waitFor();
    }

    @Test
    void seesAZombieAsPsDoes() throws Exception {
        // The background sleep exits; its parent exec'd into a sleep that never waits for it.
        Process parent = start("sleep 0.2 & exec sleep 60");
        int parentPid = (int) parent.pid();
        await().atMost(Duration.ofSeconds(10)).until(() -> table.snapshot().children(parentPid).stream()
                .anyMatch(ProcessInfo::isZombie));
        ProcessInfo zombie = table.snapshot().children(parentPid).getFirst();
        assertThat(ps().get(zombie.pid()).state()).isEqualTo('Z');
        assertThat(zombie.state()).isEqualTo(ProcessState.ZOMBIE);
        assertThat(zombie.name()).isEqualTo("sleep");
        assertThat(table.snapshot().zombies()).extracting(ProcessInfo::pid).contains(zombie.pid());
    }

    @Test
    void readsArgvNamesIdsAndResources() throws Exception {
        Process p = start("exec sleep 61");
        ProcessInfo info = await().until(() -> table.snapshot().process((int) p.pid()).orElse(null),
                i -> i != null && i.name().equals("sleep"));
        ProcessInfo self = table.snapshot().process((int) ProcessHandle.current().pid()).orElseThrow();
        assertThat(info.argv()).containsExactly("sleep", "61");
        assertThat(info.ppid()).isEqualTo(self.pid());
        assertThat(info.uid()).isEqualTo(self.uid());
        assertThat(info.threads()).isEqualTo(1);
        assertThat(info.rssBytes()).isPositive();
        assertThat(self.threads()).isGreaterThan(1);
        assertThat(self.cpuNanos()).isPositive();
        assertThat(info.startEpochMillis()).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis() + 1000);
    }

    @Test
    void keptStatDescriptorsFollowTheProcessesAndSeeTheirChanges() throws Exception {
        Snapshot before = table.snapshot();
        assertThat(table.keptCount()).isEqualTo(before.size());
        Process p = start("exec sleep 63");
        int pid = (int) p.pid();
        await().until(() -> table.snapshot().process(pid).filter(i -> i.name().equals("sleep")).isPresent());

        stop(pid);
        assertThat(table.snapshot().process(pid).orElseThrow().state())
                .as("read again through the kept descriptor").isEqualTo(ProcessState.STOPPED);

        p.destroyForcibly().waitFor();
        Snapshot after = table.snapshot();
        assertThat(after.process(pid)).isEmpty();
        assertThat(table.keptCount()).as("the gone process's descriptor is closed").isEqualTo(after.size());
    }

    @Test
    void aPartialReadingListsEveryoneButRereadsOnlyWhatItIsAskedAndNewcomers() throws Exception {
        Process watched = start("exec sleep 64");
        Process other = start("exec sleep 65");
        int w = (int) watched.pid();
        int o = (int) other.pid();
        await().until(() -> table.snapshot().process(o).filter(i -> i.name().equals("sleep")).isPresent());
        ProcessInfo otherBefore = table.snapshot().process(o).orElseThrow();
        stop(w);
        stop(o);
        Process newcomer = start("exec sleep 66");

        Snapshot partial = table.snapshot(pid -> pid == w);

        assertThat(partial.process(w).orElseThrow().state()).isEqualTo(ProcessState.STOPPED);
        assertThat(partial.process(o).orElseThrow()).as("kept as last read").isSameAs(otherBefore);
        assertThat(partial.process((int) newcomer.pid())).as("never read before, so read").isPresent();
        other.destroyForcibly().waitFor();
        assertThat(table.snapshot(pid -> false).process(o)).as("listing is exact").isEmpty();
        assertThat(table.snapshot().process(w).orElseThrow().state()).isEqualTo(ProcessState.STOPPED);
    }

    @Test
    void kernelThreadsHaveNoArgv() throws Exception {
        Snapshot snapshot = table.snapshot();
        snapshot.process(2).ifPresent(kthreadd -> assertThat(kthreadd.argv()).isEmpty());
        assertThat(snapshot.process(1)).isPresent();
    }

    @Test
    void processesVanishingMidScanNeverFailTheSnapshot() throws Exception {
        // A shell that starts and reaps short-lived children as fast as it can.
        start("while :; do /bin/true; done");
        for (int i = 0; i < 100; i++) {
            assertThat(table.snapshot().size()).isPositive();
        }
    }

    @Test
    void argvIsReadAgainAfterExec() throws Exception {
        Process p = start("sleep 0.3; exec sleep 62");
        int pid = (int) p.pid();
        await().until(() -> table.snapshot().process(pid).map(ProcessInfo::argv).orElse(List.of()).contains("sleep 0.3; exec sleep 62"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> table.snapshot().process(pid).map(ProcessInfo::argv).orElse(List.of()).equals(List.of("sleep", "62")));
    }

    /**
     * The launches view's partial readings carry the rest of the system over by pid. A pid reaped
     * and given to a new process in between named the old process until the next full reading;
     * a new child of a launch could hide behind a pid that way. The next pid is chosen through
     * {@code ns_last_pid} (root; skipped otherwise), a few tries as other forks may take it first.
     */
    @Test
    void aPartialReadingReadsAPidThatANewProcessTookOver() throws Exception {
        Path lastPid = Path.of("/proc/sys/kernel/ns_last_pid");
        assumeTrue(Files.isWritable(lastPid), "choosing the next pid needs root");
        Process first = start("exec sleep 63");
        int pid = (int) first.pid();
        await().until(() -> table.snapshot().process(pid).map(ProcessInfo::argv).orElse(List.of()).equals(List.of("sleep", "63")));
        first.destroyForcibly();
        first.waitFor();

        Process second = null;
        for (int i = 0; i < 50 && second == null; i++) {
            Files.writeString(lastPid, Integer.toString(pid - 1));
            Process p = start("exec sleep 64");
            if (p.pid() == pid) {
                second = p;
            } else {
                p.destroyForcibly();
                p.waitFor();
            }
        }
        assumeTrue(second != null, "another process took pid " + pid + " each time");
        ProcessTable another = Platform.current().processTable();
        await().until(() -> another.snapshot().process(pid).map(ProcessInfo::argv).orElse(List.of()).equals(List.of("sleep", "64")));

        assertThat(table.snapshot(p -> false).process(pid).map(ProcessInfo::argv)).contains(List.of("sleep", "64"));
    }

    /**
     * Sends SIGSTOP and waits until the kernel shows the process stopped: kill(1) returns when the
     * signal is queued, and the target stops only once it is scheduled to act on it.
     */
    private static void stop(int pid) throws Exception {
        Runtime.getRuntime().exec(new String[] {"kill", "-STOP", Integer.toString(pid)}).waitFor();
        Path stat = Path.of("/proc", Integer.toString(pid), "stat");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            String line = Files.readString(stat);
            return line.charAt(line.lastIndexOf(')') + 2) == 'T';
        });
    }
}
