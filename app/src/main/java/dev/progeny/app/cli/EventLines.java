package dev.progeny.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.progeny.probes.events.ProcessEvent;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code run --events FILE}: the raw events about the launch, one JSON object per line, in the
 * order the source gave them (a system-wide source's other events are left out). A process is
 * about the launch from its root's fork on, through forks of members; losses always are. Events
 * that arrive before the root's pid is known are held until then. Thread-safe (the source's
 * thread writes, the command's thread starts and closes).
 */
final class EventLines implements Consumer<ProcessEvent>, Closeable {
    /** Held before the root is known: the source starts moments before the launch. */
    private static final int MAX_EARLY = 100_000;

    private final Path file;
    private final Writer out;
    private final JsonGenerator json;
    private final EventJson shapes;
    private final List<ProcessEvent> early = new ArrayList<>();
    private Set<Integer> members;
    private IOException failure;

    EventLines(Path file, EventJson shapes) throws IOException {
        this.file = file;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.json = new JsonFactory().createGenerator(out).setRootValueSeparator(null);
        this.shapes = shapes;
    }

    /** The launch's root: from now on events are written as they come. */
    synchronized void rootIs(int pid) {
        members = new HashSet<>(Set.of(pid));
        early.forEach(this::take);
        early.clear();
    }

    @Override
    public synchronized void accept(ProcessEvent e) {
        if (members != null) {
            take(e);
        } else if (early.size() < MAX_EARLY) {
            early.add(e);
        }
    }

    private void take(ProcessEvent e) {
        boolean about = switch (e) {
            case ProcessEvent.Fork f -> members.contains(f.pid()) || members.contains(f.parentPid()) && members.add(f.pid());
            case ProcessEvent.Appeared a -> members.contains(a.pid()) || members.contains(a.process().ppid()) && members.add(a.pid());
            case ProcessEvent.Lost l -> true;
            default -> members.contains(e.pid());
        };
        if (about) {
            write(e);
        }
        if (e instanceof ProcessEvent.Exit || e instanceof ProcessEvent.Vanished) {
            members.remove(e.pid());
        }
    }

    private void write(ProcessEvent e) {
        if (failure != null) {
            return;
        }
        try {
            shapes.write(json, e);
            json.flush();
            out.write('\n');
        } catch (IOException ex) {
            failure = ex;
        }
    }

    /** Flushes and closes; reports the first write failure. */
    @Override
    public synchronized void close() throws IOException {
        json.close();
        if (failure != null) {
            throw new IOException("cannot write " + file + ": " + failure.getMessage(), failure);
        }
    }
}
