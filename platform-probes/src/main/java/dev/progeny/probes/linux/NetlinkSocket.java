package dev.progeny.probes.linux;

import dev.progeny.probes.posix.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * A netlink datagram socket through the Foreign Function API, each failure carrying its errno
 * (docs/decisions/0010-proc-connector-with-ffm.md). Linux only. Not thread-safe: one thread
 * receives; {@link #close} after that thread has stopped.
 */
final class NetlinkSocket implements AutoCloseable {
    /** bits/socket.h: PF_NETLINK; SOCK_DGRAM; SOCK_CLOEXEC (02000000). */
    private static final int AF_NETLINK = 16;
    private static final int SOCK_DGRAM_CLOEXEC = 2 | 0x80000;
    /** asm-generic/socket.h. SO_RCVTIMEO takes a struct timeval (two longs on 64-bit). */
    private static final int SOL_SOCKET = 1;
    private static final int SO_RCVBUF = 8;
    private static final int SO_RCVTIMEO = 20;
    private static final int SO_RCVBUFFORCE = 33;
    /** linux/netlink.h struct sockaddr_nl: nl_family u16 @0, nl_pad u16 @2, nl_pid u32 @4, nl_groups u32 @8. */
    private static final int SOCKADDR_NL_SIZE = 12;
    /** linux/socket.h. */
    private static final int MSG_DONTWAIT = 0x40;

    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SOCKET = errnoHandle("socket", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle BIND = errnoHandle("bind", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle SETSOCKOPT = errnoHandle("setsockopt", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle SEND = errnoHandle("send", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle RECV = errnoHandle("recv", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));

    private final Arena arena = Arena.ofShared();
    private final MemorySegment errno = arena.allocate(CAPTURE);
    private final int fd;

    private NetlinkSocket(int fd) {
        this.fd = fd;
    }

    /** A new socket of netlink {@code protocol}. */
    static NetlinkSocket open(int protocol) throws ErrnoException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment state = a.allocate(CAPTURE);
            int fd = (int) SOCKET.invokeExact(state, AF_NETLINK, SOCK_DGRAM_CLOEXEC, protocol);
            if (fd < 0) {
                throw LinuxErrors.failed("socket", (int) ERRNO.get(state, 0L));
            }
            return new NetlinkSocket(fd);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("socket(2) could not be called", t);
        }
    }

    /** Binds to the multicast {@code groups} (the kernel picks the port id). */
    void bind(int groups) throws ErrnoException {
        MemorySegment addr = arena.allocate(SOCKADDR_NL_SIZE);
        addr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_NETLINK);
        addr.set(ValueLayout.JAVA_INT, 8, groups);
        check("bind", call(() -> (int) BIND.invokeExact(errno, fd, addr, SOCKADDR_NL_SIZE)));
    }

    /**
     * Asks for a receive buffer of {@code bytes}: beyond {@code net.core.rmem_max} only with
     * CAP_NET_ADMIN (SO_RCVBUFFORCE); otherwise capped by the kernel (SO_RCVBUF).
     */
    void receiveBuffer(int bytes) throws ErrnoException {
        MemorySegment value = arena.allocateFrom(ValueLayout.JAVA_INT, bytes);
        if (call(() -> (int) SETSOCKOPT.invokeExact(errno, fd, SOL_SOCKET, SO_RCVBUFFORCE, value, 4)) != 0) {
            check("setsockopt(SO_RCVBUF)",
                    call(() -> (int) SETSOCKOPT.invokeExact(errno, fd, SOL_SOCKET, SO_RCVBUF, value, 4)));
        }
    }

    /** Makes {@link #receive} return {@code -EAGAIN} after {@code timeout} without a message. */
    void receiveTimeout(Duration timeout) throws ErrnoException {
        MemorySegment tv = arena.allocate(16);
        tv.set(ValueLayout.JAVA_LONG, 0, timeout.toSeconds());
        tv.set(ValueLayout.JAVA_LONG, 8, timeout.toMillisPart() * 1000L);
        check("setsockopt(SO_RCVTIMEO)", call(() -> (int) SETSOCKOPT.invokeExact(errno, fd, SOL_SOCKET, SO_RCVTIMEO, tv, 16)));
    }

    void send(ByteBuffer message) throws ErrnoException {
        MemorySegment out = arena.allocate(message.remaining());
        out.copyFrom(MemorySegment.ofBuffer(message));
        long n = callLong(() -> (long) SEND.invokeExact(errno, fd, out, out.byteSize(), 0));
        check("send", n < 0 ? -1 : 0);
    }

    /** Receives one datagram into {@code buffer}: its length, or minus the errno (EAGAIN on timeout, ENOBUFS on loss). */
    int receive(MemorySegment buffer) {
        return receive(buffer, 0);
    }

    /** As {@link #receive}, but returns {@code -EAGAIN} at once when nothing is queued. */
    int receiveQueued(MemorySegment buffer) {
        return receive(buffer, MSG_DONTWAIT);
    }

    private int receive(MemorySegment buffer, int flags) {
        long n = callLong(() -> (long) RECV.invokeExact(errno, fd, buffer, buffer.byteSize(), flags));
        return n >= 0 ? (int) n : -(int) ERRNO.get(errno, 0L);
    }

    @Override
    public void close() {
        ProcFiles.closeFd(fd);
        arena.close();
    }

    private void check(String what, int rc) throws ErrnoException {
        if (rc != 0) {
            throw LinuxErrors.failed(what, (int) ERRNO.get(errno, 0L));
        }
    }

    private static MethodHandle errnoHandle(String name, FunctionDescriptor descriptor) {
        Linker linker = Linker.nativeLinker();
        return linker.downcallHandle(linker.defaultLookup().find(name).orElseThrow(), descriptor,
                Linker.Option.captureCallState("errno"));
    }

    private interface IntCall {
        int call() throws Throwable;
    }

    private interface LongCall {
        long call() throws Throwable;
    }

    private static int call(IntCall c) {
        try {
            return c.call();
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed", t);
        }
    }

    private static long callLong(LongCall c) {
        try {
            return c.call();
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed", t);
        }
    }
}
