package dev.progeny.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.progeny.probes.events.LaunchHistory;
import dev.progeny.probes.events.ProcessRecord;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code run --trace FILE}: a launch's history as Chrome trace-event JSON, which
 * ui.perfetto.dev and chrome://tracing open. An object with {@code traceEvents}: per process one
 * {@code process_name} metadata event and one complete event ({@code "ph":"X"}) with {@code pid}
 * and {@code tid} both its pid, {@code ts} and {@code dur} in microseconds from the first start,
 * {@code name} its command name, and {@code args} holding {@code ppid}, {@code argv},
 * {@code exitCode} and {@code signal} ({@link EventJson#status}). {@code otherData} names the
 * launch, the event source and how many processes were only counted (beyond the history's cap).
 */
final class TraceFile {
    private TraceFile() {
    }

    /** Writes {@code launch}; a process still alive at {@code nowNanos} lasts until then, with no status. */
    static void write(Path file, LaunchHistory launch, String source, long nowNanos, EventJson shapes) throws IOException {
        long origin = launch.records().stream().mapToLong(ProcessRecord::startNanos).min().orElse(nowNanos);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("traceEvents");
            for (ProcessRecord r : launch.records()) {
                int pid = r.key().pid();
                g.writeStartObject();
                g.writeStringField("name", "process_name");
                g.writeStringField("ph", "M");
                g.writeNumberField("pid", pid);
                g.writeNumberField("tid", pid);
                g.writeObjectFieldStart("args");
                g.writeStringField("name", r.argv().isEmpty() ? r.name() : String.join(" ", r.argv()));
                g.writeEndObject();
                g.writeEndObject();
                complete(g, r, origin, nowNanos, shapes);
            }
            g.writeEndArray();
            g.writeStringField("displayTimeUnit", "ms");
            g.writeObjectFieldStart("otherData");
            g.writeStringField("launch", launch.id().orElse(""));
            g.writeStringField("source", source);
            g.writeNumberField("processes", launch.started());
            g.writeNumberField("summarised", launch.summarised().total());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void complete(JsonGenerator g, ProcessRecord r, long origin, long nowNanos, EventJson shapes)
            throws IOException {
        int pid = r.key().pid();
        long end = r.endNanos().orElse(nowNanos);
        g.writeStartObject();
        g.writeStringField("name", r.name().isEmpty() && !r.argv().isEmpty() ? r.argv().getFirst() : r.name());
        g.writeStringField("cat", "process");
        g.writeStringField("ph", "X");
        g.writeNumberField("pid", pid);
        g.writeNumberField("tid", pid);
        g.writeNumberField("ts", (r.startNanos() - origin) / 1000.0);
        g.writeNumberField("dur", Math.max(0, end - r.startNanos()) / 1000.0);
        g.writeObjectFieldStart("args");
        if (r.parent().isPresent()) {
            g.writeNumberField("ppid", r.parent().get().pid());
        } else {
            g.writeNullField("ppid");
        }
        shapes.argv(g, r.argv());
        shapes.status(g, r.status());
        g.writeBooleanField("exact", r.birthSeen() && r.endSeen());
        g.writeEndObject();
        g.writeEndObject();
    }
}
