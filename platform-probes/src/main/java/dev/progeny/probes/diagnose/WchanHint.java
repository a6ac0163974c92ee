package dev.progeny.probes.diagnose;

import java.util.Map;
import java.util.Optional;

/**
 * What a wait channel ({@code /proc/PID/wchan}: a kernel function name, or {@code 0}) suggests,
 * used only where the system call cannot be read: the names change between kernels (pipe waits
 * were {@code pipe_wait} before 5.9, {@code pipe_read}/{@code pipe_write} after,
 * {@code anon_pipe_read}/{@code anon_pipe_write} on the newest). Immutable.
 */
final class WchanHint {
    /** Exact names seen on 4.x to 6.18 kernels (fs/pipe.c, kernel/exit.c, fs/select.c, fs/eventpoll.c...). */
    private static final Map<String, WaitKind> NAMES = Map.ofEntries(
            Map.entry("pipe_read", WaitKind.PIPE_READ), Map.entry("anon_pipe_read", WaitKind.PIPE_READ),
            Map.entry("pipe_write", WaitKind.PIPE_WRITE), Map.entry("anon_pipe_write", WaitKind.PIPE_WRITE),
            Map.entry("do_wait", WaitKind.CHILD),
            Map.entry("hrtimer_nanosleep", WaitKind.SLEEP), Map.entry("do_nanosleep", WaitKind.SLEEP),
            Map.entry("poll_schedule_timeout", WaitKind.POLL), Map.entry("do_select", WaitKind.POLL),
            Map.entry("do_sys_poll", WaitKind.POLL), Map.entry("ep_poll", WaitKind.POLL),
            Map.entry("do_epoll_wait", WaitKind.POLL),
            Map.entry("futex_wait_queue_me", WaitKind.FUTEX), Map.entry("futex_wait_queue", WaitKind.FUTEX),
            Map.entry("futex_do_wait", WaitKind.FUTEX),
            Map.entry("inet_csk_accept", WaitKind.SOCKET), Map.entry("unix_stream_read_generic", WaitKind.SOCKET),
            Map.entry("unix_stream_data_wait", WaitKind.SOCKET), Map.entry("sk_wait_data", WaitKind.SOCKET),
            Map.entry("do_signal_stop", WaitKind.STOPPED), Map.entry("ptrace_stop", WaitKind.STOPPED));

    private WchanHint() {
    }

    /**
     * The kind a wait channel suggests. Compiler suffixes ({@code .constprop.0}, {@code .isra.0})
     * are dropped first; {@code pipe_wait} (before 5.9) served both directions, so it suggests none.
     */
    static Optional<WaitKind> kindOf(String wchan) {
        return Optional.ofNullable(NAMES.get(symbol(wchan)));
    }

    /** The function name without compiler suffixes, or empty for {@code 0} (running, or hidden). */
    static Optional<String> name(String wchan) {
        String s = symbol(wchan);
        return s.isEmpty() || s.equals("0") ? Optional.empty() : Optional.of(s);
    }

    private static String symbol(String wchan) {
        String s = wchan.strip();
        int dot = s.indexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
