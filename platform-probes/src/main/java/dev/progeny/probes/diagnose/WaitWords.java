package dev.progeny.probes.diagnose;

import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Puts a {@link WaitingFor} into the short words the window's column and {@code progeny why}
 * show: "writing to pipe 123456 (full, 64 KiB)", "waiting for child 4242", "sleeping 30 s".
 * Pure; thread-safe.
 */
public final class WaitWords {
    private WaitWords() {
    }

    public static String describe(WaitingFor w) {
        return switch (w) {
            case WaitingFor.PipeWrite p -> "writing to " + pipe(p.pipe()) + " (" + fill(p.state(), true) + ")";
            case WaitingFor.PipeRead p -> "reading from " + pipe(p.pipe()) + " (" + fill(p.state(), false) + ")";
            case WaitingFor.Child c -> child(c);
            case WaitingFor.Sleep s -> "sleeping" + s.length().map(d -> " " + duration(d) + (s.deadline() ? " more" : ""))
                    .orElse(s.call().map(c -> " in " + c.callName()).orElse(""));
            case WaitingFor.Poll p -> poll(p);
            case WaitingFor.Futex f -> "waiting on a futex (a lock or condition)";
            case WaitingFor.Socket s -> socket(s);
            case WaitingFor.Disk d -> "uninterruptible in " + d.wchan().or(() -> d.call().map(Syscall::callName)).orElse("the kernel");
            case WaitingFor.Running r -> "running";
            case WaitingFor.Stopped s -> s.traced() ? "stopped by its tracer" : "stopped";
            case WaitingFor.Zombie z -> "zombie: exited, not yet waited for";
            case WaitingFor.Other o -> o.what() + o.call().map(c -> " (" + c.callName() + ")")
                    .or(() -> o.wchan().map(c -> " in " + c)).orElse("");
        };
    }

    /** "in nanosleep", "in read": where a process is, for "not reading: sleeping in nanosleep". */
    public static String where(WaitingFor w) {
        return switch (w) {
            case WaitingFor.Sleep s -> "sleeping" + s.call().map(c -> " in " + c.callName()).orElse("");
            default -> describe(w);
        };
    }

    private static String pipe(long inode) {
        return inode < 0 ? "a pipe" : "pipe " + inode;
    }

    /** A blocked writer implies no room and a blocked reader nothing to read; a measured fill says how much. */
    private static String fill(PipeState state, boolean writing) {
        return state.fill().map(f -> writing
                        ? f.isFull() ? "full, " + bytes(f.bytes()) : bytes(f.bytes()) + " of " + bytes(f.capacity())
                        : f.isEmpty() ? "empty" : bytes(f.bytes()) + " unread")
                .orElse(writing ? "full" : "empty");
    }

    private static String child(WaitingFor.Child c) {
        ChildTarget t = c.target();
        return switch (t.scope()) {
            case PID -> "waiting for child " + t.id();
            case GROUP -> "waiting for a child in group " + t.id();
            case PIDFD -> "waiting for the child of pidfd " + t.id();
            case ANY, UNKNOWN -> c.children().isEmpty() ? "waiting for a child"
                    : c.children().size() == 1 ? "waiting for child " + c.children().getFirst()
                    : "waiting for any of its children " + c.children().stream().map(String::valueOf).collect(Collectors.joining(", "));
        };
    }

    private static String poll(WaitingFor.Poll p) {
        String call = p.call().map(Syscall::callName).orElse("poll");
        if (p.descriptors().isEmpty()) {
            return "polling (" + call + ")";
        }
        int n = p.descriptors().getAsInt();
        return p.call().filter(c -> c.waits() == Syscall.Waits.SELECT).isPresent()
                ? "polling descriptors below " + n + " (" + call + ")"
                : "polling " + n + (n == 1 ? " descriptor" : " descriptors") + " (" + call + ")";
    }

    private static String socket(WaitingFor.Socket s) {
        String verb = s.call().map(c -> switch (c) {
            case ACCEPT, ACCEPT4 -> "accept on";
            case CONNECT -> "connecting";
            case SENDTO, SENDMSG, SENDMMSG, WRITE, WRITEV, PWRITE64, PWRITEV, PWRITEV2 -> "sending on";
            default -> "receiving on";
        }).orElse("waiting on");
        return verb + (s.inode() < 0 ? " a socket" : " socket " + s.inode());
    }

    /** 65536 as "64 KiB", 100 as "100 B". */
    public static String bytes(long n) {
        if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
            return n / (1024 * 1024) + " MiB";
        }
        return n >= 1024 && n % 1024 == 0 ? n / 1024 + " KiB" : n + " B";
    }

    /** "30 s", "1.5 s", "250 ms", "2 h 5 min". */
    public static String duration(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return s / 3600 + " h" + (s % 3600 / 60 > 0 ? " " + s % 3600 / 60 + " min" : "");
        }
        if (s >= 60) {
            return s / 60 + " min" + (s % 60 > 0 ? " " + s % 60 + " s" : "");
        }
        if (s >= 1) {
            long tenths = d.toMillis() / 100 % 10;
            return s + (tenths > 0 && s < 10 ? "." + tenths : "") + " s";
        }
        return d.toMillis() + " ms";
    }
}
