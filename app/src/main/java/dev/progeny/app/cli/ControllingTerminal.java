package dev.progeny.app.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether Progeny has a controlling terminal. Once the session leader (the login shell) exits or
 * the terminal hangs up, the session loses it and opening {@code /dev/tty} fails with ENXIO
 * (tty(4)); from then on no shell can ever {@code fg} a stopped command again. POSIX.
 * Thread-safe.
 */
final class ControllingTerminal {
    private static final Path TTY = Path.of("/dev/tty");

    private ControllingTerminal() {
    }

    static boolean present() {
        try (FileChannel ignored = FileChannel.open(TTY, StandardOpenOption.READ)) {
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
