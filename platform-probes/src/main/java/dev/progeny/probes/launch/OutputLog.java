package dev.progeny.probes.launch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A launch's captured stdout and stderr, in arrival order, bounded: when full it drops the
 * oldest bytes (never the newest) and counts them. Any OS. Thread-safe: readers append from
 * their own threads, listeners are called on those threads and must not block (a UI hands the
 * chunk to its own thread).
 */
public final class OutputLog {
    /** The default bound: 1 MiB. */
    public static final int DEFAULT_CAPACITY = 1 << 20;

    public enum Stream { STDOUT, STDERR }

    /** Bytes that arrived together on one stream. */
    public record Chunk(Stream stream, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Told of every chunk as it arrives, and once when every stream has ended. */
    public interface Listener {
        /** Listens to nothing (for a launch whose output nobody follows from its first byte). */
        Listener NONE = chunk -> { };

        void appended(Chunk chunk);

        default void finished() {
        }
    }

    private final int capacity;
    private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger openStreams;
    private final CountDownLatch finished = new CountDownLatch(1);
    private long size;
    private long dropped;

    /** A log of {@code capacity} bytes fed by {@code streams} writers that each call {@link #end()}. */
    public OutputLog(int capacity, int streams) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.openStreams = new AtomicInteger(streams);
        if (streams == 0) {
            finished.countDown();
        }
    }

    /** An empty log that is already finished (for output that is not captured). */
    public static OutputLog none() {
        return new OutputLog(1, 0);
    }

    public void append(Stream stream, byte[] bytes, int offset, int length) {
        int skip = Math.max(0, length - capacity);
        Chunk chunk = new Chunk(stream, Arrays.copyOfRange(bytes, offset + skip, offset + length));
        synchronized (this) {
            dropped += skip;
            chunks.addLast(chunk);
            size += chunk.bytes().length;
            while (size > capacity) {
                Chunk oldest = chunks.removeFirst();
                int cut = (int) Math.min(size - capacity, oldest.bytes().length);
                if (cut < oldest.bytes().length) {
                    chunks.addFirst(new Chunk(oldest.stream(),
                            Arrays.copyOfRange(oldest.bytes(), cut, oldest.bytes().length)));
                }
                size -= cut;
                dropped += cut;
            }
        }
        listeners.forEach(l -> l.appended(chunk));
    }

    /** One writer reached end of file. */
    public void end() {
        if (openStreams.decrementAndGet() == 0) {
            finished.countDown();
            listeners.forEach(Listener::finished);
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public synchronized List<Chunk> chunks() {
        return List.copyOf(chunks);
    }

    /** Everything kept, both streams interleaved as they arrived, decoded as UTF-8. */
    public String text() {
        return decode(null);
    }

    /** Everything kept from one stream, decoded as UTF-8. */
    public String text(Stream stream) {
        return decode(stream);
    }

    public synchronized long size() {
        return size;
    }

    /** Bytes dropped because the log was full (the oldest ones). */
    public synchronized long droppedBytes() {
        return dropped;
    }

    public boolean isFinished() {
        return finished.getCount() == 0;
    }

    /** Waits until every stream has ended (all writers closed their end); false on timeout. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private String decode(Stream only) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Chunk c : chunks()) {
            if (only == null || c.stream() == only) {
                out.writeBytes(c.bytes());
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
