package dev.progeny.probes.posix;

import com.sun.jna.Native;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The first step of every launch: finds the file a command name runs, as {@code execvp(3)}
 * would, and checks the working directory, so a bad launch fails before anything is spawned,
 * with the OS's own reason (from access(2)). Linux, FreeBSD and macOS. Stateless and thread-safe.
 */
final class CommandResolver {
    /** {@code X_OK}: 1 on all three (unistd.h). */
    private static final int X_OK = 1;

    private final LaunchErrors errors;

    CommandResolver(LaunchErrors errors) {
        this.errors = errors;
    }

    /** The working directory must exist and be searchable. */
    void checkDirectory(Path dir) throws LaunchException {
        int errno = !Files.isDirectory(dir) ? (Files.exists(dir) ? errors.enotdir() : errors.enoent())
                : PosixLibc.INSTANCE.access(dir.toString(), X_OK) != 0 ? Native.getLastError() : 0;
        if (errno != 0) {
            throw new LaunchException(Reason.BAD_DIRECTORY,
                    "cannot use working directory " + dir + ": " + LaunchErrors.describe(errno));
        }
    }

    /**
     * The absolute path to execute. A name with a slash is taken relative to {@code workDir};
     * otherwise each PATH entry is tried in order (an empty entry is the working directory).
     */
    Path resolve(String command, Optional<String> pathVariable, Path workDir) throws LaunchException {
        if (command.isEmpty()) {
            throw new LaunchException(Reason.NOT_FOUND, "'': " + LaunchErrors.describe(errors.enoent()));
        }
        if (command.contains("/")) {
            Path file = workDir.resolve(command).normalize();
            int errno = executable(file);
            if (errno != 0) {
                throw failure(command, errno);
            }
            return file;
        }
        int firstError = 0;
        for (String entry : pathVariable.orElse("/usr/local/bin:/usr/bin:/bin").split(":", -1)) {
            Path file = (entry.isEmpty() ? workDir : workDir.resolve(entry)).resolve(command).normalize();
            int errno = executable(file);
            if (errno == 0) {
                return file;
            }
            if (errno != errors.enoent() && errno != errors.enotdir() && firstError == 0) {
                firstError = errno;
            }
        }
        if (firstError != 0) {
            throw failure(command, firstError);
        }
        throw new LaunchException(Reason.NOT_FOUND, command + ": command not found");
    }

    /** 0 when {@code file} is a regular file we may execute, else the errno execve would give. */
    private int executable(Path file) {
        if (PosixLibc.INSTANCE.access(file.toString(), X_OK) != 0) {
            return Native.getLastError();
        }
        // access(X_OK) succeeds on searchable directories; execve refuses them with EACCES.
        return Files.isRegularFile(file) ? 0 : errors.eacces();
    }

    /** What execve would say: not found, or anything else about a file that is there, not executable. */
    private LaunchException failure(String command, int errno) {
        Reason reason = errors.reason(errno) == Reason.NOT_FOUND ? Reason.NOT_FOUND : Reason.NOT_EXECUTABLE;
        return new LaunchException(reason, command + ": " + LaunchErrors.describe(errno));
    }
}
