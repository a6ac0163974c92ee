package dev.progeny.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {
    @TempDir
    Path dir;

    /** The real start-up path, in a JVM of its own: installing the log changes the whole JVM's logging. */
    @Test
    void theCommandLineLogsToTheStateDirectoryAndPrintsNothingOfIt() throws Exception {
        Path state = dir.resolve("state");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LogSomething.class.getName())
                .redirectErrorStream(true);
        pb.environment().put("XDG_STATE_HOME", state.toString());
        Process p = pb.start();
        String printed = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(printed).as("nothing on the console").isEmpty();
        String log = Files.readString(state.resolve("progeny/progeny.log"));
        assertThat(log).contains("WARNING dev.progeny.test: a waiter failed: waitpid(42): errno 10")
                .contains("some other JavaFX warning").doesNotContain("Unsupported JavaFX configuration");
    }

    /** What {@link #theCommandLineLogsToTheStateDirectoryAndPrintsNothingOfIt} runs. */
    public static final class LogSomething {
        public static void main(String[] args) {
            AppLog.install(UserDirs.current());
            System.getLogger("dev.progeny.test").log(System.Logger.Level.WARNING, "a waiter failed: {0}", "waitpid(42): errno 10");
            System.Logger javafx = System.getLogger("javafx");
            javafx.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'");
            javafx.log(System.Logger.Level.WARNING, "some other JavaFX warning");
        }
    }

    @Test
    void theFileIsKeptBelowTwiceTheLimit() throws IOException {
        Path file = dir.resolve("progeny.log");
        RotatingFileHandler handler = new RotatingFileHandler(file);
        String big = "x".repeat(1000);
        for (int i = 0; i < 3000; i++) {
            handler.publish(new LogRecord(Level.INFO, big));
        }
        handler.close();
        assertThat(Files.size(file)).isLessThanOrEqualTo(RotatingFileHandler.LIMIT);
        assertThat(Files.size(dir.resolve("progeny.log.1"))).isLessThanOrEqualTo(RotatingFileHandler.LIMIT);
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(2);
        }
    }

    @Test
    void aRecordIsOneLineWithItsException() {
        LogRecord record = new LogRecord(Level.WARNING, "cannot remove {0}\nsecond line");
        record.setParameters(new Object[] {"/sys/fs/cgroup/x"});
        record.setLoggerName("dev.progeny.x");
        record.setThrown(new IOException("Device busy"));
        String line = RotatingFileHandler.format(record);
        assertThat(line).endsWith("WARNING dev.progeny.x: cannot remove /sys/fs/cgroup/x second line (java.io.IOException: Device busy)\n");
        assertThat(line.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }

    @Test
    void javaFxsClassPathNoticeIsDroppedAndNothingElse() {
        List<String> passed = new ArrayList<>();
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                passed.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger javafx = Logger.getLogger("javafx");
        javafx.addHandler(collector);
        javafx.setFilter(null);
        try {
            AppLog.dropJavaFxClassPathNotice();
            System.Logger logger = System.getLogger("javafx");
            logger.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'");
            logger.log(System.Logger.Level.WARNING, "some other JavaFX warning");
            assertThat(passed).containsExactly("some other JavaFX warning");
        } finally {
            javafx.removeHandler(collector);
        }
    }
}
