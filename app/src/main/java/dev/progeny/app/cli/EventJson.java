package dev.progeny.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.launch.ExitStatus;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shapes of events and exit statuses in {@code run --events} and {@code run --trace}: a
 * stable contract for scripts, apart from the Java types. An exit is {@code exitCode} (null when
 * killed or unknown) and {@code signal} (a name such as "KILL", or null).
 */
final class EventJson {
    private final SignalTable signals;

    EventJson(SignalTable signals) {
        this.signals = signals;
    }

    /** One event as one object: {@code type}, {@code nanos} (System.nanoTime's clock), {@code pid}, {@code exact}, then its own fields. */
    void write(JsonGenerator g, ProcessEvent e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", e.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        g.writeNumberField("nanos", e.nanos());
        g.writeNumberField("pid", e.pid());
        g.writeBooleanField("exact", e.exact());
        switch (e) {
            case ProcessEvent.Fork f -> {
                g.writeNumberField("ppid", f.parentPid());
                g.writeNumberField("startTime", f.startTime());
            }
            case ProcessEvent.Exec x -> {
                argv(g, x.argv());
                g.writeStringField("comm", x.comm());
            }
            case ProcessEvent.Exit x -> {
                status(g, x.status());
                g.writeNumberField("cpuNanos", x.cpuNanos());
            }
            case ProcessEvent.Appeared a -> {
                g.writeNumberField("ppid", a.process().ppid());
                g.writeNumberField("startTime", a.process().startTime());
                argv(g, a.process().argv());
                g.writeStringField("comm", a.process().name());
            }
            case ProcessEvent.Vanished v -> g.writeNumberField("startTime", v.key().startTime());
            case ProcessEvent.Lost l -> {
                g.writeNumberField("count", l.count());
                g.writeStringField("why", l.why());
            }
        }
        g.writeEndObject();
    }

    void argv(JsonGenerator g, List<String> argv) throws IOException {
        g.writeArrayFieldStart("argv");
        for (String a : argv) {
            g.writeString(a);
        }
        g.writeEndArray();
    }

    void status(JsonGenerator g, Optional<ExitStatus> status) throws IOException {
        if (status.orElse(null) instanceof ExitStatus.Exited x) {
            g.writeNumberField("exitCode", x.code());
        } else {
            g.writeNullField("exitCode");
        }
        if (status.orElse(null) instanceof ExitStatus.Killed k) {
            g.writeStringField("signal", signals.signal(k.signal()).map(Enum::name).orElse(Integer.toString(k.signal())));
        } else {
            g.writeNullField("signal");
        }
    }
}
