package dev.progeny.probes.diagnose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The sockets a set of processes hold, each connected UNIX socket with its peer as the kernel
 * names it (sock_diag) and the processes holding that peer, matched by inode across their
 * descriptors as {@link PipeMap} matches a pipe's ends. Both ends of a socketpair are sockets of
 * their own, so only the kernel can tie them. Only the processes given are seen: a peer held
 * elsewhere has no holder. Immutable and thread-safe.
 */
public final class SocketMap {
    /**
     * One socket a process holds.
     *
     * @param peer       the socket it is connected to; empty when unknown ({@code unknown} says why)
     * @param name       the address either end is bound to (a server's path, an abstract {@code @name})
     * @param socketpair whether neither end has an address, as the two ends of {@code socketpair(2)}
     * @param ends       the descriptors on this socket
     * @param peerEnds   the descriptors on its peer
     * @param unknown    why the peer is unknown, where the kernel could not be asked
     */
    public record Pair(long inode, OptionalLong peer, Optional<String> name, boolean socketpair, List<PipeEnd> ends,
                       List<PipeEnd> peerEnds, Optional<String> unknown) {
        public Pair {
            ends = List.copyOf(ends);
            peerEnds = List.copyOf(peerEnds);
        }
    }

    public static final SocketMap EMPTY = build(Map.of(), SocketPeers.NONE);

    private final Map<Long, List<PipeEnd>> holders;
    /** Each process's socket inodes, in the order of its descriptors. */
    private final Map<Integer, List<Long>> socketsOf;
    private final SocketPeers peers;

    private SocketMap(Map<Long, List<PipeEnd>> holders, Map<Integer, List<Long>> socketsOf, SocketPeers peers) {
        this.holders = holders;
        this.socketsOf = socketsOf;
        this.peers = peers;
    }

    /** The map of the sockets among {@code fdsByPid} (each process's descriptors), with what the kernel said of them. */
    public static SocketMap build(Map<Integer, List<Descriptor>> fdsByPid, SocketPeers peers) {
        Map<Long, List<PipeEnd>> holders = new HashMap<>();
        Map<Integer, List<Long>> socketsOf = new HashMap<>();
        fdsByPid.forEach((pid, fds) -> {
            for (Descriptor d : fds) {
                if (d.target() instanceof DescriptorTarget.Socket s) {
                    holders.computeIfAbsent(s.inode(), k -> new ArrayList<>()).add(new PipeEnd(pid, d.fd()));
                    socketsOf.computeIfAbsent(pid, k -> new ArrayList<>()).add(s.inode());
                }
            }
        });
        return new SocketMap(holders, socketsOf, peers);
    }

    /**
     * The sockets {@code pid} holds that have something to tell: its connected UNIX sockets, or,
     * where the kernel could not be asked, every socket (each with why its peer is unknown).
     */
    public List<Pair> pairsOf(int pid) {
        return socketsOf.getOrDefault(pid, List.of()).stream().distinct().flatMap(inode -> pair(inode).stream())
                .filter(p -> p.peer().isPresent() || p.unknown().isPresent()).toList();
    }

    /** What is known of socket {@code inode}: empty when the kernel knows no UNIX socket of that inode. */
    public Optional<Pair> pair(long inode) {
        List<PipeEnd> ends = holders.getOrDefault(inode, List.of());
        return switch (peers) {
            case SocketPeers.Unknown u -> Optional.of(new Pair(inode, OptionalLong.empty(), Optional.empty(), false, ends,
                    List.of(), Optional.of(u.reason())));
            case SocketPeers.Known k -> k.socket(inode).map(s -> {
                Optional<UnixSocket> peer = s.peer().stream().boxed().findFirst().flatMap(k::socket);
                Optional<String> name = s.name().or(() -> peer.flatMap(UnixSocket::name));
                List<PipeEnd> peerEnds = s.peer().isPresent() ? holders.getOrDefault(s.peer().getAsLong(), List.of()) : List.of();
                return new Pair(inode, s.peer(), name, name.isEmpty() && peer.isPresent(), ends, peerEnds, Optional.empty());
            });
        };
    }

    /** What this map knows about the peer of the socket a process waits on. */
    public SocketState stateFor(long inode) {
        return pair(inode).map(p -> new SocketState(p.peer(), p.peerEnds(), p.unknown())).orElse(SocketState.UNKNOWN);
    }

    /** {@code waiting} with what this map knows about its socket's peer; other waits unchanged. */
    public WaitingFor join(WaitingFor waiting) {
        return waiting instanceof WaitingFor.Socket s && s.inode() >= 0 ? s.with(stateFor(s.inode())) : waiting;
    }
}
