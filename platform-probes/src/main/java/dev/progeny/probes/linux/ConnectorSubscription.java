package dev.progeny.probes.linux;

import dev.progeny.probes.posix.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends the proc connector's listen request and waits for the kernel's acknowledgement, which
 * carries the request's {@code ack} number plus one. The kernel acknowledges only requests from the initial user and
 * pid namespaces (drivers/connector/cn_proc.c {@code cn_proc_mcast_ctl} returns first for any
 * other, since events name processes by their pids there): no acknowledgement means no events of
 * our own, even when another listener's events reach the socket. Linux only; thread-safe (stateless).
 */
final class ConnectorSubscription {
    /** The kernel queues the acknowledgement before send returns; reading may lag behind others' events. */
    private static final long ACK_WAIT_NANOS = 1_000_000_000L;
    private static final long GIVE_UP_NANOS = 5_000_000_000L;
    private static final int ATTEMPTS = 3;

    private ConnectorSubscription() {
    }

    /** Null when subscribed; otherwise why not, for the user. */
    static String listen(NetlinkSocket socket) throws ErrnoException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Boolean acknowledged = attempt(socket);
            if (acknowledged == null) {
                return null;
            }
            if (!acknowledged) {
                return "the kernel ignored the listen request: Progeny runs outside the initial user or pid"
                        + " namespace (in a container?), where the proc connector reports nothing";
            }
        }
        return "the kernel's answer to the listen request was lost " + ATTEMPTS
                + " times: the socket kept overflowing with other listeners' events";
    }

    /**
     * One request: null when acknowledged; false when the queue stayed empty without an answer;
     * true when the socket overflowed meanwhile (the answer may have been dropped: try again).
     * A refusal is thrown.
     */
    private static Boolean attempt(NetlinkSocket socket) throws ErrnoException {
        int request = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        socket.send(ProcConnectorMessages.listenRequest(request));
        long sent = System.nanoTime();
        boolean overflowed = false;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(64 * 1024);
            while (System.nanoTime() - sent < GIVE_UP_NANOS) {
                int n = socket.receive(buffer);
                if (n == -LinuxErrors.EAGAIN && System.nanoTime() - sent > ACK_WAIT_NANOS) {
                    break; // the queue is empty and has been for long enough
                }
                overflowed |= n == -LinuxErrors.ENOBUFS;
                if (n == -LinuxErrors.EAGAIN || n == -LinuxErrors.EINTR || n == -LinuxErrors.ENOBUFS) {
                    continue;
                }
                if (n < 0) {
                    throw LinuxErrors.failed("recv", -n);
                }
                for (ProcConnectorMessages.Event e : ProcConnectorMessages.decode(buffer.asByteBuffer(), n)) {
                    if (e instanceof ProcConnectorMessages.Ack ack && ack.ack() == request + 1) {
                        if (ack.err() != 0) {
                            throw LinuxErrors.failed("the proc connector's listen request", ack.err());
                        }
                        return null;
                    }
                }
            }
        }
        return overflowed;
    }
}
