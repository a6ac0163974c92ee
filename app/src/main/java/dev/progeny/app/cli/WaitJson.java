package dev.progeny.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.progeny.probes.diagnose.PipeFill;
import dev.progeny.probes.diagnose.PipeState;
import dev.progeny.probes.diagnose.Syscall;
import dev.progeny.probes.diagnose.WaitWords;
import dev.progeny.probes.diagnose.WaitingFor;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shape of what a process waits for: {@code kind} and {@code text} always, the other
 * fields only where they apply and are known (a blocked writer's pipe is full, a blocked
 * reader's empty, whether or not the fill was measured). A socket's {@code otherEnds} are the
 * holders of its {@code peer}; {@code peerUnknown} says why the kernel could not name the peer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WaitJson(String kind, String text, String syscall, String wchan, Integer fd, Long pipe, Long socket, Long peer,
                String peerUnknown, List<Integer> otherEnds, Boolean full, Boolean empty, Long bytes, Long capacity,
                Integer childPid, List<Integer> children, Double seconds, Integer descriptors) {

    static WaitJson of(WaitingFor w) {
        Builder b = new Builder(w);
        switch (w) {
            case WaitingFor.PipeWrite p -> b.pipe(p.call(), p.fd(), p.pipe(), p.state()).full = p.state().fill().map(PipeFill::isFull).orElse(true);
            case WaitingFor.PipeRead p -> b.pipe(p.call(), p.fd(), p.pipe(), p.state()).empty = p.state().fill().map(PipeFill::isEmpty).orElse(true);
            case WaitingFor.Child c -> {
                b.childPid = c.childPid().isPresent() ? c.childPid().getAsInt() : null;
                b.children = c.children();
            }
            case WaitingFor.Sleep s -> {
                b.syscall = name(s.call());
                b.seconds = s.length().map(d -> d.toMillis() / 1000.0).orElse(null);
            }
            case WaitingFor.Poll p -> {
                b.syscall = name(p.call());
                b.descriptors = p.descriptors().isPresent() ? p.descriptors().getAsInt() : null;
            }
            case WaitingFor.Futex f -> b.syscall = name(f.call());
            case WaitingFor.Socket s -> {
                b.syscall = name(s.call());
                b.fd = s.fd() < 0 ? null : s.fd();
                b.socket = s.inode() < 0 ? null : s.inode();
                b.peer = s.state().peer().isPresent() ? s.state().peer().getAsLong() : null;
                b.peerUnknown = s.state().unknown().orElse(null);
                b.otherEnds = s.state().peer().isPresent() ? s.state().otherPids() : null;
            }
            case WaitingFor.Disk d -> {
                b.syscall = name(d.call());
                b.wchan = d.wchan().orElse(null);
            }
            case WaitingFor.Stopped s -> b.syscall = name(s.call());
            case WaitingFor.Other o -> {
                b.syscall = name(o.call());
                b.wchan = o.wchan().orElse(null);
            }
            case WaitingFor.Running r -> {
            }
            case WaitingFor.Zombie z -> {
            }
        }
        return b.build();
    }

    private static String name(Optional<Syscall> call) {
        return call.map(Syscall::callName).orElse(null);
    }

    /** Fills the record's fields kind by kind. */
    private static final class Builder {
        final WaitingFor w;
        String syscall;
        String wchan;
        Integer fd;
        Long pipe;
        Long socket;
        Long peer;
        String peerUnknown;
        List<Integer> otherEnds;
        Boolean full;
        Boolean empty;
        Long bytes;
        Long capacity;
        Integer childPid;
        List<Integer> children;
        Double seconds;
        Integer descriptors;

        Builder(WaitingFor w) {
            this.w = w;
        }

        Builder pipe(Optional<Syscall> call, int fdNumber, long inode, PipeState state) {
            syscall = name(call);
            fd = fdNumber < 0 ? null : fdNumber;
            pipe = inode < 0 ? null : inode;
            otherEnds = state.looked() ? state.otherPids() : null;
            bytes = state.fill().map(PipeFill::bytes).orElse(null);
            capacity = state.fill().map(PipeFill::capacity).orElse(null);
            return this;
        }

        WaitJson build() {
            return new WaitJson(w.kind().jsonName(), WaitWords.describe(w), syscall, wchan, fd, pipe, socket, peer, peerUnknown,
                    otherEnds, full, empty, bytes, capacity, childPid, children, seconds, descriptors);
        }
    }
}
