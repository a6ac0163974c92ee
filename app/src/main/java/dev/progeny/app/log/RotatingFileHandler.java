package dev.progeny.app.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Appends one line per record to a file and, once it passes {@value #LIMIT} bytes, keeps it as
 * {@code <file>.1} (replacing the older one) and starts afresh: at most twice the limit on disk.
 * JUL's own {@code FileHandler} cannot keep the current file's name fixed while rotating. Lines are
 * written with {@code O_APPEND}, so two Progeny processes can share the file. Thread-safe.
 */
final class RotatingFileHandler extends Handler {
    static final long LIMIT = 1 << 20;
    /** Fills in a record's parameters, as {@code System.Logger}'s formatted calls leave them. */
    private static final Formatter MESSAGES = new SimpleFormatter();

    private final Path file;
    private OutputStream out;
    private long size;

    RotatingFileHandler(Path file) throws IOException {
        this.file = file;
        open();
    }

    private void open() throws IOException {
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        byte[] line = format(record).getBytes(StandardCharsets.UTF_8);
        try {
            if (size + line.length > LIMIT && size > 0) {
                out.close();
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
                open();
            }
            out.write(line);
            out.flush();
            size += line.length;
        } catch (IOException e) {
            reportError("cannot write " + file, e, ErrorManager.WRITE_FAILURE);
        }
    }

    /** {@code 2026-12-06T07:40:00.123Z WARNING dev.progeny.X: message (exception: detail)}, one line. */
    static String format(LogRecord record) {
        StringBuilder line = new StringBuilder()
                .append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                .append(record.getLevel().getName()).append(' ')
                .append(record.getLoggerName()).append(": ")
                .append(MESSAGES.formatMessage(record).replace('\n', ' '));
        Throwable t = record.getThrown();
        if (t != null) {
            line.append(" (").append(t).append(')');
        }
        return line.append('\n').toString();
    }

    @Override
    public synchronized void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            reportError("cannot flush " + file, e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            reportError("cannot close " + file, e, ErrorManager.CLOSE_FAILURE);
        }
    }
}
