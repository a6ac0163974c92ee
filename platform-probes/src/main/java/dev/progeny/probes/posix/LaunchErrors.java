package dev.progeny.probes.posix;

import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchException.Reason;

/**
 * The errno values a launch reacts to, from the OS's own errno.h, and the one mapping from a
 * failed launch step to a {@link LaunchException} with the C library's wording. Immutable.
 */
public record LaunchErrors(int enoent, int enotdir, int eacces, int enoexec, int eintr) {

    /** The C library's message for {@code errno} on this OS, e.g. "No such file or directory (errno 2)". */
    public static String describe(int errno) {
        return PosixLibc.INSTANCE.strerror(errno) + " (errno " + errno + ")";
    }

    /** ENOENT and ENOTDIR: not found; EACCES and ENOEXEC: not executable; anything else: other. */
    public Reason reason(int errno) {
        if (errno == enoent || errno == enotdir) {
            return Reason.NOT_FOUND;
        }
        return errno == eacces || errno == enoexec ? Reason.NOT_EXECUTABLE : Reason.OTHER;
    }

    /** {@code command: <strerror> (errno N)}, or with the failed step for errors that are not the command's. */
    public LaunchException failure(String command, ErrnoException e) {
        Reason reason = reason(e.errno());
        String where = reason == Reason.OTHER ? " (" + e.call() + ")" : "";
        return new LaunchException(reason, command + ": " + describe(e.errno()) + where);
    }
}
