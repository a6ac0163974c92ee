package dev.progeny.probes.linux;

import dev.progeny.probes.diagnose.SocketPeers;
import dev.progeny.probes.diagnose.UnixSocket;
import dev.progeny.probes.posix.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the kernel for the peers of UNIX sockets through sock_diag (sock_diag(7)): any user may,
 * and sees the sockets of its own network namespace. A few sockets are asked for one by one, many
 * with one dump of them all (docs/decisions/0024-socket-peers-from-sock-diag.md). A failure is a
 * typed {@link SocketPeers.Unknown}, never an exception. Linux only; thread-safe (a socket per call).
 */
final class LinuxSocketPeers {
    /**
     * One request costs about 45 µs, a dump 4 ms with 3,000 sockets on the machine (measured here):
     * up to this many, one by one.
     */
    private static final int ONE_BY_ONE_UP_TO = 32;
    /** The kernel answers while handling send; the timeout only guards against a lost answer. */
    private static final Duration PATIENCE = Duration.ofSeconds(1);
    /** netlink(7) asks for at least 8 KiB; a dump's datagrams stay under 32 KiB (netlink_recvmsg caps its guess there). */
    private static final int BUFFER = 32 * 1024;
    /** udiag_ino 0: every socket. */
    private static final long ALL = 0;

    private LinuxSocketPeers() {
    }

    /**
     * The UNIX sockets among {@code inodes} (socket inodes of any kind) and their peers; asked one
     * by one, an unnamed socket's peer is asked for too, since its name tells a socketpair from a
     * client's connection.
     */
    static SocketPeers of(Collection<Long> inodes) {
        if (inodes.isEmpty()) {
            return SocketPeers.NONE;
        }
        Map<Long, UnixSocket> out = new HashMap<>();
        try (NetlinkSocket socket = NetlinkSocket.open(UnixDiagMessages.NETLINK_SOCK_DIAG);
             Arena arena = Arena.ofConfined()) {
            socket.receiveTimeout(PATIENCE);
            MemorySegment buffer = arena.allocate(BUFFER);
            Deque<Long> asked = new ArrayDeque<>(inodes.size() > ONE_BY_ONE_UP_TO ? List.of(ALL) : inodes);
            int seq = 0;
            while (!asked.isEmpty()) {
                long inode = asked.poll();
                socket.send(UnixDiagMessages.request(++seq, inode));
                for (UnixDiagMessages.Answer a = null; a == null || !a.done() && inode == ALL; ) {
                    int n = socket.receive(buffer);
                    if (n == -LinuxErrors.EINTR) {
                        continue;
                    }
                    if (n < 0) {
                        return unknown("recv", -n);
                    }
                    a = UnixDiagMessages.decode(buffer.asByteBuffer(), n);
                    // ENOENT for one inode: no UNIX socket of this namespace has it (a TCP socket, say).
                    if (a.errno() != 0 && (inode == ALL || a.errno() != LinuxErrors.ENOENT)) {
                        return unknown("the request", a.errno());
                    }
                    for (UnixSocket s : a.sockets()) {
                        out.put(s.inode(), s);
                        if (inode != ALL && s.name().isEmpty() && s.peer().isPresent()
                                && !out.containsKey(s.peer().getAsLong()) && !asked.contains(s.peer().getAsLong())) {
                            asked.add(s.peer().getAsLong());
                        }
                    }
                }
            }
        } catch (ErrnoException e) {
            return new SocketPeers.Unknown("sock_diag: " + e.getMessage());
        }
        return new SocketPeers.Known(out);
    }

    private static SocketPeers unknown(String what, int errno) {
        return new SocketPeers.Unknown("sock_diag: " + what + " failed: " + LinuxErrors.describe(errno));
    }
}
