package dev.progeny.probes.diagnose;

import java.util.Map;
import java.util.Optional;

/**
 * What the kernel said about the UNIX sockets of the processes looked at, or why it could not be
 * asked. Immutable.
 */
public sealed interface SocketPeers {
    /** Not asked: no process looked at holds a socket. */
    SocketPeers NONE = new Known(Map.of());

    /** The UNIX sockets of this network namespace, by inode; sockets of other kinds are absent. */
    record Known(Map<Long, UnixSocket> byInode) implements SocketPeers {
        public Known {
            byInode = Map.copyOf(byInode);
        }

        public Optional<UnixSocket> socket(long inode) {
            return Optional.ofNullable(byInode.get(inode));
        }
    }

    /** The kernel could not be asked; {@code reason} is for the user ("sock_diag refused: ..."). */
    record Unknown(String reason) implements SocketPeers {
    }
}
