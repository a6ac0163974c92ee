package dev.progeny.probes.macos;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import dev.progeny.probes.bsd.BsdLibc;

/**
 * macOS-only libc (libSystem) calls, x86_64 and arm64. JNA resolves a function when it is first
 * called, so only the macOS platform classes call {@link #load()}. Thread-safe (JNA).
 */
public interface MacOsLibc extends BsdLibc {

    static MacOsLibc load() {
        return Native.load("c", MacOsLibc.class);
    }

    /** sysctl(3): {@code int sysctl(int *name, u_int namelen, void *oldp, size_t *oldlenp, ...)}. */
    int sysctl(int[] name, int namelen, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);

    /** macOS 10.7+: keep {@code fd} open in the child under POSIX_SPAWN_CLOEXEC_DEFAULT. */
    int posix_spawn_file_actions_addinherit_np(Pointer fileActions, int fd);
}
