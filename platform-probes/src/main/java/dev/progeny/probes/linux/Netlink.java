package dev.progeny.probes.linux;

import java.nio.ByteBuffer;

/**
 * The header every netlink message starts with ({@code struct nlmsghdr}, linux/netlink.h), for
 * the proc connector's and sock_diag's codecs. Native byte order. Pure; thread-safe (stateless).
 */
final class Netlink {
    /** nlmsg_len u32 @0, nlmsg_type u16 @4, nlmsg_flags u16 @6, nlmsg_seq u32 @8, nlmsg_pid u32 @12. */
    static final int NLMSG_HDRLEN = 16;
    /** Control message types below NLMSG_MIN_TYPE (0x10). */
    static final short NLMSG_ERROR = 2;
    static final short NLMSG_DONE = 3;
    /** nlmsg_flags: a request; a dump (NLM_F_ROOT 0x100 | NLM_F_MATCH 0x200). */
    static final short NLM_F_REQUEST = 0x01;
    static final short NLM_F_DUMP = 0x300;

    private Netlink() {
    }

    /** Messages follow each other at 4-byte boundaries (NLMSG_ALIGN; RTA_ALIGN is the same). */
    static int align(int length) {
        return (length + 3) & ~3;
    }

    /**
     * The length of the message at {@code at} in a datagram of {@code length} bytes, header
     * included, or -1 when no header fits there (the datagram is read); the next one starts at
     * {@code at + align(length)}.
     *
     * @throws IllegalArgumentException when the message claims less than a header or overruns the datagram
     */
    static int messageAt(ByteBuffer b, int at, int length) {
        if (at + NLMSG_HDRLEN > length) {
            return -1;
        }
        int len = b.getInt(at);
        if (len < NLMSG_HDRLEN || at + len > length) {
            throw new IllegalArgumentException("netlink message of " + len + " bytes at " + at + " in " + length);
        }
        return len;
    }

    /** Puts a header for a message of {@code length} bytes, header included, at the buffer's position. */
    static ByteBuffer putHeader(ByteBuffer b, int length, short type, short flags, int seq) {
        return b.putInt(length).putShort(type).putShort(flags).putInt(seq).putInt(0);
    }
}
