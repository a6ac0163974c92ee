package dev.progeny.probes.linux;

import com.sun.jna.Native;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the file a command name runs, as {@code execvp(3)} would, and checks the working
 * directory, so a bad launch fails before anything is spawned with the OS's own reason (from
 * access(2)). Linux. Stateless and thread-safe.
 */
final class CommandResolver {
    private CommandResolver() {
    }

    /** The working directory must exist and be searchable. */
    static void checkDirectory(Path dir) throws LaunchException {
        if (!Files.isDirectory(dir)) {
            int errno = Files.exists(dir) ? LinuxErrors.ENOTDIR : LinuxErrors.ENOENT;
            throw new LaunchException(Reason.BAD_DIRECTORY,
                    "cannot use working directory " + dir + ": " + LinuxErrors.describe(errno));
        }
        if (LinuxSpawnLibc.INSTANCE.access(dir.toString(), LinuxSpawnLibc.X_OK) != 0) {
            throw new LaunchException(Reason.BAD_DIRECTORY,
                    "cannot use working directory " + dir + ": " + LinuxErrors.describe(Native.getLastError()));
        }
    }

    /**
     * The absolute path to execute. A name with a slash is taken relative to {@code workDir};
     * otherwise each PATH entry is tried in order (an empty entry is the working directory).
     */
    static Path resolve(String command, Optional<String> pathVariable, Path workDir) throws LaunchException {
        if (command.isEmpty()) {
            throw new LaunchException(Reason.NOT_FOUND, "'': " + LinuxErrors.describe(LinuxErrors.ENOENT));
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
            if (errno != LinuxErrors.ENOENT && errno != LinuxErrors.ENOTDIR && firstError == 0) {
                firstError = errno;
            }
        }
        if (firstError != 0) {
            throw failure(command, firstError);
        }
        throw new LaunchException(Reason.NOT_FOUND, command + ": command not found");
    }

    /** 0 when {@code file} is a regular file we may execute, else the errno execve would give. */
    private static int executable(Path file) {
        if (LinuxSpawnLibc.INSTANCE.access(file.toString(), LinuxSpawnLibc.X_OK) != 0) {
            return Native.getLastError();
        }
        // access(X_OK) succeeds on searchable directories; execve refuses them with EACCES.
        return Files.isRegularFile(file) ? 0 : LinuxErrors.EACCES;
    }

    private static LaunchException failure(String command, int errno) {
        Reason reason = errno == LinuxErrors.ENOENT || errno == LinuxErrors.ENOTDIR
                ? Reason.NOT_FOUND : Reason.NOT_EXECUTABLE;
        return new LaunchException(reason, command + ": " + LinuxErrors.describe(errno));
    }
}
