package dev.progeny.probes.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes what the proc connector sends, and encodes the one request it takes. Pure: tested on
 * captured and hand-built bytes; Linux layouts, any OS. A datagram holds netlink messages
 * ({@code struct nlmsghdr}, linux/netlink.h), each carrying a {@code struct cn_msg}
 * (linux/connector.h) whose data is a {@code struct proc_event} (linux/cn_proc.h), all in native
 * byte order. Thread-safe (stateless).
 */
final class ProcConnectorMessages {
    /** linux/connector.h: id.idx u32 @0, id.val u32 @4, seq u32 @8, ack u32 @12, len u16 @16, flags u16 @18. */
    static final int CN_MSG_LEN = 20;
    /** linux/connector.h. */
    static final int CN_IDX_PROC = 1;
    static final int CN_VAL_PROC = 1;
    /** linux/cn_proc.h enum proc_cn_mcast_op. */
    static final int PROC_CN_MCAST_LISTEN = 1;
    /** linux/cn_proc.h: what u32 @0, cpu u32 @4, timestamp_ns u64 @8, event_data @16. */
    private static final int EVENT_DATA = 16;
    /** linux/cn_proc.h enum what. */
    static final int PROC_EVENT_NONE = 0;
    static final int PROC_EVENT_FORK = 0x1;
    static final int PROC_EVENT_EXEC = 0x2;
    static final int PROC_EVENT_EXIT = 0x80000000;
    /** sizeof(struct proc_event): the header and the largest member of event_data (exit, comm: 24 bytes). */
    private static final int PROC_EVENT_SIZE = 40;

    /** One {@code proc_event}: {@code seq} counts per CPU, so a gap means the kernel dropped events. */
    sealed interface Event {
        int cpu();

        long seq();

        /** CLOCK_MONOTONIC nanoseconds (the kernel stamps with ktime_get_ns). */
        long nanos();
    }

    /**
     * The reply to a listen request ({@code what} NONE): {@code ack} is the request's {@code cn_msg.ack}
     * plus one, {@code err} 0 on success. Sent to every listener, numbered like any event.
     */
    record Ack(int cpu, long seq, long nanos, int ack, int err) implements Event {
    }

    /** Fork: threads too ({@code childPid != childTgid}). The parent is the real parent's thread group. */
    record Fork(int cpu, long seq, long nanos, int parentTgid, int childPid, int childTgid) implements Event {
    }

    record Exec(int cpu, long seq, long nanos, int pid, int tgid) implements Event {
    }

    /** {@code exitCode} is a wait status; {@code exitSignal} the signal the parent gets (-1 for a thread). */
    record Exit(int cpu, long seq, long nanos, int pid, int tgid, int exitCode, int exitSignal) implements Event {
    }

    /** Any other event (uid, sid, comm, ptrace, coredump), kept only for its sequence number. */
    record Other(int cpu, long seq, long nanos, int what) implements Event {
    }

    private ProcConnectorMessages() {
    }

    /**
     * The proc events in one datagram of {@code length} bytes; messages of other types or other
     * connectors are skipped.
     *
     * @throws IllegalArgumentException when a message is truncated (a length that overruns the datagram)
     */
    static List<Event> decode(ByteBuffer datagram, int length) {
        ByteBuffer b = datagram.duplicate().order(ByteOrder.nativeOrder());
        List<Event> out = new ArrayList<>(1);
        for (int at = 0, len; (len = Netlink.messageAt(b, at, length)) >= 0; at += Netlink.align(len)) {
            // The connector sends and is sent NLMSG_DONE messages.
            if (b.getShort(at + 4) == Netlink.NLMSG_DONE && len >= Netlink.NLMSG_HDRLEN + CN_MSG_LEN) {
                decodeConnector(b, at + Netlink.NLMSG_HDRLEN, len - Netlink.NLMSG_HDRLEN, out);
            }
        }
        return out;
    }

    private static void decodeConnector(ByteBuffer b, int cn, int available, List<Event> out) {
        int dataLen = Short.toUnsignedInt(b.getShort(cn + 16));
        if (b.getInt(cn) != CN_IDX_PROC || b.getInt(cn + 4) != CN_VAL_PROC) {
            return;
        }
        if (dataLen < PROC_EVENT_SIZE || CN_MSG_LEN + dataLen > available) {
            throw new IllegalArgumentException("proc_event of " + dataLen + " bytes in a message of " + available);
        }
        long seq = Integer.toUnsignedLong(b.getInt(cn + 8));
        int ack = b.getInt(cn + 12);
        int ev = cn + CN_MSG_LEN;
        int what = b.getInt(ev);
        int cpu = b.getInt(ev + 4);
        long nanos = b.getLong(ev + 8);
        int d = ev + EVENT_DATA;
        out.add(switch (what) {
            case PROC_EVENT_NONE -> new Ack(cpu, seq, nanos, ack, b.getInt(d));
            case PROC_EVENT_FORK -> new Fork(cpu, seq, nanos, b.getInt(d + 4), b.getInt(d + 8), b.getInt(d + 12));
            case PROC_EVENT_EXEC -> new Exec(cpu, seq, nanos, b.getInt(d), b.getInt(d + 4));
            case PROC_EVENT_EXIT ->
                    new Exit(cpu, seq, nanos, b.getInt(d), b.getInt(d + 4), b.getInt(d + 8), b.getInt(d + 12));
            default -> new Other(cpu, seq, nanos, what);
        });
    }

    /** The request that subscribes a bound socket to every process event; the kernel's {@link Ack} carries {@code ack + 1}. */
    static ByteBuffer listenRequest(int ack) {
        int total = Netlink.NLMSG_HDRLEN + CN_MSG_LEN + Integer.BYTES;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.nativeOrder());
        Netlink.putHeader(b, total, Netlink.NLMSG_DONE, (short) 0, 0);
        b.putInt(CN_IDX_PROC).putInt(CN_VAL_PROC).putInt(0).putInt(ack).putShort((short) Integer.BYTES)
                .putShort((short) 0);
        b.putInt(PROC_CN_MCAST_LISTEN);
        return b.flip();
    }
}
