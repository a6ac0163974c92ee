package dev.progeny.probes.linux;

import dev.progeny.probes.events.LiveSet;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.linux.ProcConnectorMessages.Event;
import dev.progeny.probes.posix.WaitStatus;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the proc connector's events into Progeny's: processes only (a thread's events have
 * {@code pid != tgid}), with the start time of each new process and the argv of each exec read
 * at once, and the source's belief of what is alive kept up to date for resynchronising. Linux
 * only; not thread-safe (the event thread's).
 */
final class ConnectorTranslator {
    private final ProcReads reads;
    private final LiveSet live;
    private final Consumer<ProcessEvent> out;

    ConnectorTranslator(ProcReads reads, LiveSet live, Consumer<ProcessEvent> out) {
        this.reads = reads;
        this.live = live;
        this.out = out;
    }

    void accept(Event event) {
        switch (event) {
            case ProcConnectorMessages.Fork f when f.childPid() == f.childTgid() -> {
                long start = reads.startTime(f.childPid(), f.nanos());
                live.forked(f.childPid(), start);
                out.accept(new ProcessEvent.Fork(f.nanos(), f.childPid(), f.parentTgid(), start));
            }
            case ProcConnectorMessages.Exec x when x.pid() == x.tgid() -> {
                List<String> argv = reads.argv(x.pid());
                out.accept(new ProcessEvent.Exec(x.nanos(), x.pid(), argv, reads.comm()));
            }
            case ProcConnectorMessages.Exit x when x.pid() == x.tgid() -> {
                live.exited(x.pid());
                out.accept(new ProcessEvent.Exit(x.nanos(), x.pid(), WaitStatus.decode(x.exitCode()), -1));
            }
            default -> {
                // A thread's event, an acknowledgement, or a kind of event Progeny does not use.
            }
        }
    }
}
