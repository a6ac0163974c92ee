package dev.progeny.probes.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell scripts in {@code src/test/resources/trees/} that build known process trees
 * (daemon.sh, ignore-term.sh, stop-self.sh, fork-tree.sh, new-group.sh, chatty.sh; each
 * script's header says what it builds and prints). They are copied out of the class path once
 * (it may be a jar) and run with {@code /bin/sh}, so no exec bit is needed.
 */
public final class TestTrees {
    private static Path dir;

    private TestTrees() {
    }

    /** {@code ["/bin/sh", <script>, args...]}. */
    public static List<String> command(String script, String... args) {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", script(script).toString()));
        argv.addAll(List.of(args));
        return argv;
    }

    public static synchronized Path script(String name) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("progeny-trees");
                dir.toFile().deleteOnExit();
            }
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                try (InputStream in = TestTrees.class.getResourceAsStream("/trees/" + name)) {
                    if (in == null) {
                        throw new IllegalArgumentException("no test tree script " + name);
                    }
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                file.toFile().deleteOnExit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
