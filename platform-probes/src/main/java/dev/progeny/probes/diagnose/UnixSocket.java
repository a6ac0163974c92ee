package dev.progeny.probes.diagnose;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the kernel tells of one UNIX socket (sock_diag(7), linux/unix_diag.h). Immutable.
 *
 * @param peer the inode of the socket it is connected to; empty when it is not connected
 *             (listening, unbound, or its peer has closed)
 * @param name the address it is bound to: a path, or {@code @name} for an abstract one; an
 *             accepted socket carries its listener's; empty for a socketpair's ends and a client
 */
public record UnixSocket(long inode, OptionalLong peer, Optional<String> name) {
}
