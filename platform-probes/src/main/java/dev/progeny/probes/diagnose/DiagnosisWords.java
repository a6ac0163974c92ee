package dev.progeny.probes.diagnose;

import dev.progeny.probes.ProcessInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The sentences {@code progeny why} and the window's Why pane share: a process's pipes and
 * connected sockets with who is on the other end and what that one is doing, its inherited
 * descriptors, its limits. Pure;
 * thread-safe.
 */
public final class DiagnosisWords {
    /** Said of pipes, inherited and open descriptors where none were read (another user's process, an OS not read yet). */
    public static final String NOT_READ = "not known: its descriptors were not read";

    private DiagnosisWords() {
    }

    /** What is known of another process: its table entry and, where read, what it waits for. */
    public record Holder(ProcessInfo process, Optional<WaitingFor> waiting) {
    }

    /**
     * One line per pipe end {@code d} holds: "stdout → pipe 123456 → read by 4243 python (not
     * reading: sleeping in clock_nanosleep)".
     *
     * @param holders what is known of a pid, or null when nothing is
     * @param progeny Progeny's own pid, named as such
     */
    public static List<String> pipes(Diagnosis d, IntFunction<Holder> holders, int progeny) {
        List<String> out = new ArrayList<>();
        for (PipeMap.Pipe p : d.pipes()) {
            for (PipeEnd own : p.writers()) {
                if (own.pid() == d.pid()) {
                    out.add(fdName(own.fd()) + " → pipe " + p.inode() + " → read by " + others(p.readers(), d.pid(), p, false, holders, progeny));
                }
            }
            for (PipeEnd own : p.readers()) {
                if (own.pid() == d.pid()) {
                    out.add(fdName(own.fd()) + " ← pipe " + p.inode() + " ← written by " + others(p.writers(), d.pid(), p, true, holders, progeny));
                }
            }
        }
        return out;
    }

    /**
     * One line per connected socket {@code d} holds: "fd 3 ↔ socketpair 123 ↔ 456, other end held
     * by 4243 python (not using it: sleeping in clock_nanosleep)"; "fd 3 ↔ socket 123: peer unknown
     * (...)" where the kernel could not be asked.
     */
    public static List<String> sockets(Diagnosis d, IntFunction<Holder> holders, int progeny) {
        List<String> out = new ArrayList<>();
        for (SocketMap.Pair p : d.sockets()) {
            for (PipeEnd own : p.ends()) {
                if (own.pid() != d.pid()) {
                    continue;
                }
                if (p.peer().isEmpty()) {
                    out.add(fdName(own.fd()) + " ↔ socket " + p.inode() + ": peer unknown (" + p.unknown().orElse("not told") + ")");
                    continue;
                }
                long peer = p.peer().getAsLong();
                List<String> named = p.peerEnds().stream().map(PipeEnd::pid).distinct().filter(pid -> pid != d.pid())
                        .map(pid -> socketHolder(pid, peer, holders, progeny)).toList();
                String others = !named.isEmpty() ? String.join(", ", named)
                        : p.peerEnds().isEmpty() ? "no process found near it" : "itself only";
                out.add(fdName(own.fd()) + " ↔ " + (p.socketpair() ? "socketpair " : "unix socket ") + p.inode() + " ↔ " + peer
                        + p.name().map(n -> " (" + n + ")").orElse("") + ", other end held by " + others);
            }
        }
        return out;
    }

    /** "4243 python (receiving on socket 456)", or "(not using it: sleeping in nanosleep)". */
    private static String socketHolder(int pid, long peer, IntFunction<Holder> holders, int progeny) {
        return named(pid, holders, progeny, w -> w instanceof WaitingFor.Socket s && s.inode() == peer
                ? WaitWords.describe(w) : "not using it: " + WaitWords.where(w));
    }

    /** "inherited 2 descriptors from 4241 (fd 3, 4)", one line per source. */
    public static List<String> inherited(List<Inherited> inherited) {
        Map<Integer, List<Integer>> byFrom = new LinkedHashMap<>();
        inherited.forEach(i -> byFrom.computeIfAbsent(i.from(), k -> new ArrayList<>()).add(i.fd()));
        List<String> out = new ArrayList<>();
        byFrom.forEach((from, fds) -> out.add("inherited " + fds.size() + (fds.size() == 1 ? " descriptor" : " descriptors")
                + " from " + from + " (fd " + fds.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
        return out;
    }

    /** "open files 1024 (hard 4096)", then processes and address space, where the file lists them. */
    public static List<String> limits(ProcessLimits l) {
        List<String> out = new ArrayList<>();
        l.openFiles().ifPresent(x -> out.add("open files " + limit(x)));
        l.processes().ifPresent(x -> out.add("processes " + limit(x)));
        l.addressSpace().ifPresent(x -> out.add("address space " + limit(x)));
        return out;
    }

    private static String limit(ProcessLimits.Limit l) {
        return value(l.soft()) + " (hard " + value(l.hard()) + ")";
    }

    private static String value(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "unlimited";
    }

    /** "stdin", "stdout", "stderr", else "fd N". */
    public static String fdName(int fd) {
        return switch (fd) {
            case 0 -> "stdin";
            case 1 -> "stdout";
            case 2 -> "stderr";
            default -> "fd " + fd;
        };
    }

    private static String others(List<PipeEnd> ends, int self, PipeMap.Pipe pipe, boolean writers, IntFunction<Holder> holders,
                                 int progeny) {
        List<String> named = ends.stream().map(PipeEnd::pid).distinct().filter(pid -> pid != self)
                .map(pid -> holder(pid, pipe, writers, holders, progeny)).toList();
        if (named.isEmpty()) {
            return ends.isEmpty() ? "no process found near it" : "itself only";
        }
        return String.join(", ", named);
    }

    private static String holder(int pid, PipeMap.Pipe pipe, boolean writer, IntFunction<Holder> holders, int progeny) {
        return named(pid, holders, progeny, w -> activity(w, pipe, writer));
    }

    /** "4243 python (what it does)": Progeny by name, a process not read by its pid alone. */
    private static String named(int pid, IntFunction<Holder> holders, int progeny, Function<WaitingFor, String> activity) {
        if (pid == progeny) {
            return pid + " Progeny";
        }
        Holder h = holders.apply(pid);
        if (h == null) {
            return Integer.toString(pid);
        }
        String name = pid + " " + h.process().name();
        return h.waiting().map(w -> name + " (" + activity.apply(w) + ")").orElse(name);
    }

    private static String activity(WaitingFor w, PipeMap.Pipe pipe, boolean writer) {
        boolean onThisPipe = switch (w) {
            case WaitingFor.PipeWrite pw -> writer && pw.pipe() == pipe.inode();
            case WaitingFor.PipeRead pr -> !writer && pr.pipe() == pipe.inode();
            default -> false;
        };
        String verb = writer ? "writing" : "reading";
        return onThisPipe ? verb : "not " + verb + ": " + WaitWords.where(w);
    }
}
