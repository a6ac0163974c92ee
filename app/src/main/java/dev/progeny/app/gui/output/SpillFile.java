package dev.progeny.app.gui.output;

import dev.progeny.probes.launch.OutputLog;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The whole output of one launch on disk, one record per line: a stream mark ({@code o} or
 * {@code e}), the text, a newline. Bounded: past {@code limitBytes} further lines are counted, not
 * kept. A sparse index (every {@value #INDEX_EVERY}th line's offset) lets a page of lines be read
 * from anywhere. Appends come from a launch's reader threads, reads from background tasks:
 * thread-safe. Every OS.
 */
final class SpillFile implements AutoCloseable {
    static final int INDEX_EVERY = 1024;

    private final Path path;
    private final long limitBytes;
    private OutputStream out;
    private long size;
    private long lines;
    private long notKept;
    private long[] index = new long[16];
    private boolean failed;

    SpillFile(Path path, long limitBytes) {
        this.path = path;
        this.limitBytes = limitBytes;
    }

    Path path() {
        return path;
    }

    /** Appends one line; false once the file is full or could not be written (the line is then only counted). */
    synchronized boolean append(OutputLine line) {
        byte[] text = line.text().getBytes(StandardCharsets.UTF_8);
        if (failed || size + text.length + 2 > limitBytes) {
            notKept++;
            return false;
        }
        try {
            if (out == null) {
                Files.createDirectories(path.getParent());
                out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 64 * 1024);
            }
            if (lines % INDEX_EVERY == 0) {
                int slot = (int) (lines / INDEX_EVERY);
                if (slot == index.length) {
                    index = Arrays.copyOf(index, index.length * 2);
                }
                index[slot] = size;
            }
            out.write(line.isError() ? 'e' : 'o');
            out.write(text);
            out.write('\n');
            size += text.length + 2;
            lines++;
            return true;
        } catch (IOException e) {
            failed = true;
            notKept++;
            return false;
        }
    }

    /** Lines kept on disk. */
    synchronized long lines() {
        return lines;
    }

    /** Lines that came after the file was full (or could not be written). */
    synchronized long notKept() {
        return notKept;
    }

    synchronized boolean failed() {
        return failed;
    }

    /** Up to {@code count} lines from line {@code from} (0 is the first). Blocking. */
    List<OutputLine> read(long from, int count) throws IOException {
        long offset;
        synchronized (this) {
            flush();
            if (from >= lines || out == null) {
                return List.of();
            }
            offset = index[(int) (from / INDEX_EVERY)];
        }
        List<OutputLine> page = new ArrayList<>(count);
        try (SpillRecords r = new SpillRecords(path, offset)) {
            for (long skip = from % INDEX_EVERY; skip > 0; skip--) {
                r.next();
            }
            for (String s = r.next(); s != null && page.size() < count; s = r.next()) {
                page.add(decode(s));
            }
        }
        return page;
    }

    /** Numbers of the lines containing {@code query} (ignoring case), at most {@code max}. Blocking. */
    List<Long> search(String query, int max) throws IOException {
        String q = query.toLowerCase(Locale.ROOT);
        long kept;
        synchronized (this) {
            flush();
            kept = lines;
            if (out == null) {
                return List.of();
            }
        }
        List<Long> found = new ArrayList<>();
        try (SpillRecords r = new SpillRecords(path, 0)) {
            long n = 0;
            for (String s = r.next(); s != null && n < kept && found.size() < max; s = r.next(), n++) {
                if (s.toLowerCase(Locale.ROOT).contains(q)) {
                    found.add(n);
                }
            }
        }
        return found;
    }

    /** Writes every kept line as plain text (both streams, in the order read). Blocking. */
    void copyTo(Writer target, LongConsumer progress) throws IOException {
        synchronized (this) {
            flush();
            if (out == null) {
                return;
            }
        }
        try (SpillRecords r = new SpillRecords(path, 0)) {
            long n = 0;
            for (String s = r.next(); s != null; s = r.next()) {
                target.write(s, 1, s.length() - 1);
                target.write('\n');
                progress.accept(++n);
            }
        }
    }

    private static OutputLine decode(String record) {
        OutputLog.Stream stream = record.startsWith("e") ? OutputLog.Stream.STDERR : OutputLog.Stream.STDOUT;
        return new OutputLine(stream, record.isEmpty() ? "" : record.substring(1));
    }

    private void flush() throws IOException {
        if (out != null && !failed) {
            out.flush();
        }
    }

    /** Closes and deletes the file. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (out != null) {
                out.close();
            }
        } finally {
            out = null;
            failed = true;
            Files.deleteIfExists(path);
        }
    }
}
