package dev.progeny.probes.freebsd;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * kqueue(2) and kevent(2) as FreeBSD 12+ libc exports them (the default {@code kevent} symbol
 * takes the 64-byte {@link KeventFreeBsd}). Only the FreeBSD platform calls {@link #load()}.
 * Thread-safe (JNA); errors via the return value and {@link Native#getLastError()}.
 */
public interface KqueueLibc extends Library {

    static KqueueLibc load() {
        return Native.load("c", KqueueLibc.class);
    }

    int kqueue();

    /** {@code int kevent(int kq, const struct kevent *changes, int n, struct kevent *events, int m, const struct timespec *timeout)}. */
    int kevent(int kq, Pointer changes, int nchanges, Pointer events, int nevents, Pointer timeout);

    int close(int fd);
}
