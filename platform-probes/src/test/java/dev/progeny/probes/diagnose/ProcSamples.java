package dev.progeny.probes.diagnose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the captured {@code /proc} files under {@code src/test/resources/proc-samples/} (see its README). */
final class ProcSamples {
    private ProcSamples() {
    }

    static String read(String path) {
        try (InputStream in = ProcSamples.class.getResourceAsStream("/proc-samples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Descriptor {@code fd} of a sample process, from its {@code fd-N} link and {@code fdinfo-N}. */
    static Descriptor descriptor(String process, int fd) {
        return new Descriptor(fd, DescriptorTarget.parse(read(process + "/fd-" + fd).strip()),
                java.util.Optional.of(FdInfo.parse(read(process + "/fdinfo-" + fd))));
    }
}
