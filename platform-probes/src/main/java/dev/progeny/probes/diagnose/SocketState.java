package dev.progeny.probes.diagnose;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What is known about the other end of a socket a process waits on: the peer the kernel names
 * for a connected UNIX socket, and who holds it among the processes looked at. Immutable.
 *
 * @param peer      the peer socket's inode; empty when not connected, not a UNIX socket, or unknown
 * @param otherEnds the descriptors on the peer; empty when none was found among the processes looked at
 * @param unknown   why the kernel could not be asked for the peer, where it could not
 */
public record SocketState(OptionalLong peer, List<PipeEnd> otherEnds, Optional<String> unknown) {
    /** Before any socket map was consulted, or where it knows no UNIX socket of that inode. */
    public static final SocketState UNKNOWN = new SocketState(OptionalLong.empty(), List.of(), Optional.empty());

    public SocketState {
        otherEnds = List.copyOf(otherEnds);
    }

    /** The distinct pids on the other end, in order. */
    public List<Integer> otherPids() {
        return otherEnds.stream().map(PipeEnd::pid).distinct().toList();
    }
}
