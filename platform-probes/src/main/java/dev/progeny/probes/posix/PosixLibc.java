package dev.progeny.probes.posix;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The C library calls that Linux, FreeBSD and macOS share with the same signature. Constants
 * for them differ per OS and live in each OS package. Thread-safe (JNA); errno is read with
 * {@link Native#getLastError()} right after a call that returned -1.
 */
public interface PosixLibc extends Library {
    PosixLibc INSTANCE = Native.load("c", PosixLibc.class);

    long sysconf(int name);

    int getpid();

    int getpgid(int pid);

    int getsid(int pid);

    int kill(int pid, int signal);

    /** Never called with a pid of -1 or 0: see platform-facts.md §6.2. */
    int waitpid(int pid, int[] status, int options);

    String strerror(int errnum);

    /** Not thread-safe against concurrent getenv: call before other threads read the environment. */
    int setenv(String name, String value, int overwrite);

    String getenv(String name);
}
