package dev.progeny.probes.freebsd;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import dev.progeny.probes.bsd.BsdLibc;

/**
 * FreeBSD-only libc calls (amd64, arm64). JNA resolves a function when it is first called, so
 * loading this interface elsewhere is harmless but calling it is not: only the FreeBSD
 * platform classes call {@link #load()}. Thread-safe (JNA); errors via the return value or
 * {@link Native#getLastError()}.
 */
public interface FreeBsdLibc extends BsdLibc {

    static FreeBsdLibc load() {
        return Native.load("c", FreeBsdLibc.class);
    }

    /** sysctl(3): {@code int sysctl(const int *name, u_int namelen, void *oldp, size_t *oldlenp, ...)}. */
    int sysctl(int[] name, int namelen, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);

    /** sysctlbyname(3): the same, by name (e.g. {@code kern.racct.enable}). */
    int sysctlbyname(String name, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);

    /** geteuid(2). */
    int geteuid();

    /** procctl(2): {@code int procctl(idtype_t idtype, id_t id, int cmd, void *data)}; id_t is 64-bit. */
    int procctl(int idtype, long id, int cmd, Pointer data);

    /** FreeBSD 13.1+ (FBSD_1.7): close every fd from {@code lowFd} up in the child. */
    int posix_spawn_file_actions_addclosefrom_np(Pointer fileActions, int lowFd);
}
