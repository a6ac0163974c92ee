package dev.progeny.app.gui.testing;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Family;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A test-only launch: {@code setsid sh -c script}, tagged with {@code PROGENY_LAUNCH}, whose family
 * is every process ever seen below it (so members that got re-parented stay members). Linux.
 * Thread-safe.
 */
public final class ShellLaunch implements Launch {
    private final String tag;
    private final LaunchSpec spec;
    private final Process process;
    private final ProcessKey root;
    private final Set<ProcessKey> seen = new HashSet<>();

    private ShellLaunch(String tag, LaunchSpec spec, Process process, ProcessKey root) {
        this.tag = tag;
        this.spec = spec;
        this.process = process;
        this.root = root;
    }

    /** Starts {@code script} in a new session; the tag goes into every member's environment. */
    public static ShellLaunch start(String tag, String script) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("setsid", "sh", "-c", script);
        pb.environment().put(LaunchSpec.LAUNCH_TAG, tag);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        ProcessInfo info = Platform.current().processTable().snapshot().process((int) p.pid())
                .orElseThrow(() -> new IOException("launched process vanished at once"));
        return new ShellLaunch(tag, LaunchSpec.of("sh", "-c", script), p, info.key());
    }

    @Override
    public String id() {
        return tag;
    }

    @Override
    public LaunchSpec spec() {
        return spec;
    }

    @Override
    public ProcessKey root() {
        return root;
    }

    @Override
    public Set<Containment> containment() {
        return Set.of(Containment.SESSION);
    }

    @Override
    public Family family() {
        return new Family() {
            @Override
            public String description() {
                return "test launch " + tag;
            }

            @Override
            public List<ProcessInfo> members(Snapshot snapshot) {
                return membersIn(snapshot);
            }
        };
    }

    private synchronized List<ProcessInfo> membersIn(Snapshot snapshot) {
        Map<ProcessKey, ProcessInfo> out = new LinkedHashMap<>();
        List<ProcessInfo> tops = new ArrayList<>();
        snapshot.process(root.pid()).filter(p -> p.key().equals(root)).ifPresent(tops::add);
        for (ProcessKey k : seen) {
            snapshot.process(k.pid()).filter(p -> p.key().equals(k)).ifPresent(tops::add);
        }
        for (ProcessInfo top : tops) {
            for (ProcessInfo p : snapshot.subtree(top.pid())) {
                out.putIfAbsent(p.key(), p);
            }
        }
        seen.addAll(out.keySet());
        return List.copyOf(out.values());
    }

    @Override
    public Optional<ExitStatus> exitStatus() {
        return process.isAlive() ? Optional.empty() : Optional.of(new ExitStatus.Exited(process.exitValue()));
    }

    @Override
    public ExitStatus waitFor() throws InterruptedException {
        return new ExitStatus.Exited(process.waitFor());
    }

    @Override
    public Optional<ExitStatus> waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? exitStatus() : Optional.empty();
    }
}
