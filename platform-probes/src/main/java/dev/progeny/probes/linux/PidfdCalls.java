package dev.progeny.probes.linux;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The Linux calls that signal through a pidfd. {@code pidfd_open} and {@code pidfd_send_signal}
 * are reached through {@code syscall(2)} because their glibc wrappers only exist since 2.36;
 * the pidfd is closed with {@link LinuxSpawnLibc#close}.
 * Thread-safe (JNA); errno is read with {@link Native#getLastError()} right after a failed call.
 */
interface PidfdCalls extends Library {
    PidfdCalls INSTANCE = Native.load("c", PidfdCalls.class);

    /** {@code long syscall(long number, ...)}: pass every argument as a {@code long} or a pointer. */
    long syscall(long number, Object... args);
}
