package dev.progeny.probes.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A python program for the socket-peer tests: the parent makes a socketpair and a listener on
 * the abstract address {@code progeny-test-<its pid>}, forks, keeps one end of the pair and the
 * socket it accepts, and sleeps; the child keeps the pair's other end, connects to the listener
 * and blocks receiving on the pair. Both are named {@code python3}. Linux (abstract addresses).
 */
public final class SocketpairScript {
    public static final String PYTHON = "/usr/bin/python3";
    /** Double quotes only, so a shell can take it in single quotes. */
    public static final String SOURCE = """
            import os, socket, time
            a, b = socket.socketpair()
            server = socket.socket(socket.AF_UNIX)
            server.bind("\\0progeny-test-%d" % os.getpid())
            server.listen()
            if os.fork() == 0:
                a.close()
                client = socket.socket(socket.AF_UNIX)
                client.connect("\\0progeny-test-%d" % os.getppid())
                b.recv(1)
                os._exit(0)
            b.close()
            accepted, _ = server.accept()
            time.sleep(600)
            """;

    private SocketpairScript() {
    }

    public static boolean available() {
        return Files.isExecutable(Path.of(PYTHON));
    }

    /** The argv that runs it. */
    public static List<String> argv() {
        return List.of(PYTHON, "-c", SOURCE);
    }
}
