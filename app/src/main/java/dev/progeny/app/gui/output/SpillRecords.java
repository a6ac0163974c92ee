package dev.progeny.app.gui.output;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads a {@link SpillFile}'s records, split on newline only (a line's text may hold a carriage return). Not thread-safe. */
final class SpillRecords implements AutoCloseable {
    private final InputStream in;
    private final ByteArrayOutputStream record = new ByteArrayOutputStream(256);

    SpillRecords(Path path, long offset) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(offset);
        in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
    }

    String next() throws IOException {
        record.reset();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                return record.toString(StandardCharsets.UTF_8);
            }
            record.write(b);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
