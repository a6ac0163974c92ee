package dev.progeny.probes.linux;

import dev.progeny.probes.limits.LimitEvent.Victim;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the OOM killer killed in a memory cgroup, from the kernel log: since Linux 4.19 each kill
 * logs "oom-kill:constraint=…,oom_memcg=PATH,task_memcg=PATH,task=COMM,pid=N,uid=N"
 * (mm/oom_kill.c {@code dump_oom_summary}). {@code /dev/kmsg} is read without blocking; it needs
 * CAP_SYSLOG while {@code kernel.dmesg_restrict} is 1, so a normal user usually cannot, and then
 * victims are known only by other means. The log names processes by their pids in the initial
 * pid namespace, so inside another (a container) its pids are not ours and it is not read. Linux.
 * Thread-safe.
 */
final class OomKillLog {
    /** fcntl.h: O_RDONLY 0 | O_NONBLOCK 04000 | O_CLOEXEC 02000000. */
    private static final int FLAGS = 0x800 | 0x80000;
    /** Larger than any one record (printk's CONSOLE_LOG_MAX is 1024; kmsg's buffer 8 KiB). */
    private static final int RECORD_MAX = 8192;
    /** include/linux/proc_ns.h: PROC_PID_INIT_INO, the initial pid namespace's fixed inode. */
    private static final String INITIAL_PID_NAMESPACE = "pid:[" + 0xEFFFFFFCL + "]";
    private static final Pattern LINE = Pattern.compile(
            "oom-kill:.*?,oom_memcg=(.+?),task_memcg=(.+?),task=(.*),pid=(\\d+),uid=\\d+\\s*$");
    private static final MethodHandle OPEN;
    private static final MethodHandle READ;
    private static final MethodHandle CLOSE;
    private static final MemoryLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    static {
        Linker linker = Linker.nativeLinker();
        Linker.Option errno = Linker.Option.captureCallState("errno");
        OPEN = linker.downcallHandle(linker.defaultLookup().find("open").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), errno);
        READ = linker.downcallHandle(linker.defaultLookup().find("read").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), errno);
        CLOSE = linker.downcallHandle(linker.defaultLookup().find("close").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    private OomKillLog() {
    }

    /** One kill as the kernel logged it; paths are as in {@code /proc/PID/cgroup}. */
    record Kill(String oomMemcg, String taskMemcg, Victim victim) {
        /** Whether the limit of {@code cgroup} (or of a cgroup below it) did this kill. */
        boolean within(String cgroup) {
            return under(oomMemcg, cgroup) && under(taskMemcg, cgroup);
        }

        private static boolean under(String path, String cgroup) {
            return path.equals(cgroup) || path.startsWith(cgroup.endsWith("/") ? cgroup : cgroup + "/");
        }
    }

    /** The kill a kmsg record or dmesg line reports, if it is one. */
    static Optional<Kill> parse(String line) {
        Matcher m = LINE.matcher(line.lines().findFirst().orElse(""));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Kill(m.group(1), m.group(2), new Victim(Integer.parseInt(m.group(4)), m.group(3))));
    }

    /** Every kill still in the kernel's log buffer; empty when it cannot be read (no CAP_SYSLOG). */
    private static boolean inInitialPidNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString().equals(INITIAL_PID_NAMESPACE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    static List<Kill> read() {
        List<Kill> out = new ArrayList<>();
        if (!inInitialPidNamespace()) {
            return out;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom("/dev/kmsg"), FLAGS);
            if (fd < 0) {
                return out;
            }
            try {
                MemorySegment buf = arena.allocate(RECORD_MAX);
                while (true) {
                    long n = (long) READ.invokeExact(state, fd, buf, (long) RECORD_MAX);
                    if (n > 0) {
                        parse(new String(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8))
                                .ifPresent(out::add);
                    } else if (n == 0 || (int) ERRNO.get(state, 0L) != LinuxErrors.EPIPE) {
                        // EPIPE: the record was overwritten while we read; EAGAIN: the end.
                        return out;
                    }
                }
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        } catch (Throwable e) {
            throw new IllegalStateException("reading /dev/kmsg", e);
        }
    }
}
