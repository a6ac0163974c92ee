package dev.progeny.probes.linux;

import dev.progeny.probes.diagnose.UnixSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Encodes the sock_diag request for UNIX sockets and decodes the kernel's answers (sock_diag(7),
 * linux/sock_diag.h, linux/unix_diag.h; layouts checked with offsetof against this machine's
 * headers, docs/decisions/0024-socket-peers-from-sock-diag.md). Each answer is a netlink message
 * carrying a {@code struct unix_diag_msg} and attributes ({@code struct rtattr}), in native byte
 * order. Pure: tested on captured and hand-built bytes; Linux layouts, any OS. Thread-safe (stateless).
 */
final class UnixDiagMessages {
    /** linux/netlink.h: the sock_diag protocol. */
    static final int NETLINK_SOCK_DIAG = 4;
    /** linux/sock_diag.h: the one request type. */
    private static final short SOCK_DIAG_BY_FAMILY = 20;
    /** bits/socket.h: AF_UNIX. */
    private static final byte AF_UNIX = 1;
    /**
     * struct unix_diag_req (24 bytes): sdiag_family u8 @0, sdiag_protocol u8 @1, pad u16 @2,
     * udiag_states u32 @4, udiag_ino u32 @8, udiag_show u32 @12, udiag_cookie u32[2] @16.
     */
    private static final int UNIX_DIAG_REQ_LEN = 24;
    /** udiag_show: UDIAG_SHOW_NAME 0x1 | UDIAG_SHOW_PEER 0x4. */
    private static final int SHOW_NAME_AND_PEER = 0x1 | 0x4;
    /** INET_DIAG_NOCOOKIE (~0U) in both halves: a request by inode alone. */
    private static final int NO_COOKIE = -1;
    /**
     * struct unix_diag_msg (16 bytes): udiag_family u8 @0, udiag_type u8 @1, udiag_state u8 @2,
     * pad u8 @3, udiag_ino u32 @4, udiag_cookie u32[2] @8; attributes follow.
     */
    private static final int UNIX_DIAG_MSG_LEN = 16;
    /** struct rtattr: rta_len u16 @0 (header included), rta_type u16 @2; data from @4. */
    private static final int RTA_HDRLEN = 4;
    /** linux/unix_diag.h enum: UNIX_DIAG_NAME 0 (sun_path bytes), UNIX_DIAG_PEER 2 (u32 inode). */
    private static final int UNIX_DIAG_NAME = 0;
    private static final int UNIX_DIAG_PEER = 2;

    /**
     * What one datagram holds.
     *
     * @param done  whether the answer is complete (the dump's NLMSG_DONE, or an error)
     * @param errno the error the kernel answered with (ENOENT: no UNIX socket of that inode in
     *              this network namespace), 0 for none
     */
    record Answer(List<UnixSocket> sockets, boolean done, int errno) {
        Answer {
            sockets = List.copyOf(sockets);
        }
    }

    private UnixDiagMessages() {
    }

    /** The request for the UNIX socket {@code inode}, or with {@code inode} 0 for every one (a dump), in all states. */
    static ByteBuffer request(int seq, long inode) {
        int total = Netlink.NLMSG_HDRLEN + UNIX_DIAG_REQ_LEN;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.nativeOrder());
        short flags = (short) (Netlink.NLM_F_REQUEST | (inode == 0 ? Netlink.NLM_F_DUMP : 0));
        Netlink.putHeader(b, total, SOCK_DIAG_BY_FAMILY, flags, seq);
        b.put(AF_UNIX).put((byte) 0).putShort((short) 0).putInt(-1).putInt((int) inode).putInt(SHOW_NAME_AND_PEER)
                .putInt(NO_COOKIE).putInt(NO_COOKIE);
        return b.flip();
    }

    /**
     * The sockets in one datagram of {@code length} bytes.
     *
     * @throws IllegalArgumentException when a message or attribute overruns what holds it
     */
    static Answer decode(ByteBuffer datagram, int length) {
        ByteBuffer b = datagram.duplicate().order(ByteOrder.nativeOrder());
        List<UnixSocket> out = new ArrayList<>();
        for (int at = 0, len; (len = Netlink.messageAt(b, at, length)) >= 0; at += Netlink.align(len)) {
            short type = b.getShort(at + 4);
            int data = at + Netlink.NLMSG_HDRLEN;
            // NLMSG_DONE and NLMSG_ERROR both start with an int: 0, or minus the errno (struct nlmsgerr).
            if (type == Netlink.NLMSG_DONE || type == Netlink.NLMSG_ERROR) {
                return new Answer(out, true, len >= Netlink.NLMSG_HDRLEN + Integer.BYTES ? -b.getInt(data) : 0);
            }
            if (type == SOCK_DIAG_BY_FAMILY && len >= Netlink.NLMSG_HDRLEN + UNIX_DIAG_MSG_LEN) {
                out.add(socket(b, data, at + len));
            }
        }
        return new Answer(out, false, 0);
    }

    private static UnixSocket socket(ByteBuffer b, int msg, int end) {
        long inode = Integer.toUnsignedLong(b.getInt(msg + 4));
        OptionalLong peer = OptionalLong.empty();
        Optional<String> name = Optional.empty();
        int at = msg + UNIX_DIAG_MSG_LEN;
        while (at + RTA_HDRLEN <= end) {
            int len = Short.toUnsignedInt(b.getShort(at));
            if (len < RTA_HDRLEN || at + len > end) {
                throw new IllegalArgumentException("attribute of " + len + " bytes at " + at + " in a message ending at " + end);
            }
            int type = Short.toUnsignedInt(b.getShort(at + 2));
            if (type == UNIX_DIAG_PEER && len >= RTA_HDRLEN + Integer.BYTES) {
                peer = OptionalLong.of(Integer.toUnsignedLong(b.getInt(at + RTA_HDRLEN)));
            } else if (type == UNIX_DIAG_NAME && len > RTA_HDRLEN) {
                byte[] path = new byte[len - RTA_HDRLEN];
                b.get(at + RTA_HDRLEN, path);
                name = Optional.of(address(path));
            }
            at += Netlink.align(len);
        }
        return new UnixSocket(inode, peer, name);
    }

    /** unix(7): a path ends at its first NUL; an abstract name starts with one and is shown as {@code @name}. */
    private static String address(byte[] sunPath) {
        if (sunPath[0] == 0) {
            return "@" + new String(sunPath, 1, sunPath.length - 1, StandardCharsets.UTF_8);
        }
        int end = 0;
        while (end < sunPath.length && sunPath[end] != 0) {
            end++;
        }
        return new String(sunPath, 0, end, StandardCharsets.UTF_8);
    }
}
