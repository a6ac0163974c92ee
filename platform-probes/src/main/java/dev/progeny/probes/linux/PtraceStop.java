package dev.progeny.probes.linux;

import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.posix.WaitStatus;

/**
 * What a wait status of a seized tracee says (ptrace(2), "Stopped states"): the tracee ended, or
 * stopped for a signal about to be delivered, for a ptrace event, in a group-stop, or at a trap.
 * Pure; Linux numbering. Layout (glibc bits/waitstatus.h): low 7 bits 0x7f for a stop, bits 8-15
 * the stop signal, bits 16-23 the {@code PTRACE_EVENT_*} (linux/ptrace.h).
 */
sealed interface PtraceStop {
    /** linux/ptrace.h. */
    int EVENT_FORK = 1;
    int EVENT_VFORK = 2;
    int EVENT_CLONE = 3;
    int EVENT_EXEC = 4;
    int EVENT_EXIT = 6;
    int EVENT_STOP = 128;

    /** The tracee is gone (exited or killed); a zombie of ours has been reaped. */
    record Ended(ExitStatus status) implements PtraceStop {
    }

    /** Signal-delivery-stop: {@code signal} is about to be delivered; the restart decides whether it is. */
    record Delivery(int signal) implements PtraceStop {
    }

    /** A {@code PTRACE_EVENT_*} stop other than {@code PTRACE_EVENT_STOP}; details via PTRACE_GETEVENTMSG. */
    record Event(int event) implements PtraceStop {
        boolean isCreation() {
            return event == EVENT_FORK || event == EVENT_VFORK || event == EVENT_CLONE;
        }
    }

    /** Group-stop (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU): {@code PTRACE_EVENT_STOP} with a stop signal. */
    record GroupStop(int signal) implements PtraceStop {
    }

    /**
     * {@code PTRACE_EVENT_STOP} outside a group-stop (WSTOPSIG is SIGTRAP): a new child's first
     * stop, a {@code PTRACE_INTERRUPT}, or a group-stop ended by SIGCONT while listening.
     */
    record Trap() implements PtraceStop {
    }

    static PtraceStop decode(int status) {
        if ((status & 0xff) != 0x7f) {
            return new Ended(WaitStatus.decode(status).orElseThrow(
                    () -> new IllegalArgumentException("not an end or a stop: 0x" + Integer.toHexString(status))));
        }
        int signal = (status >> 8) & 0xff;
        int event = (status >> 16) & 0xff;
        if (event == 0) {
            return new Delivery(signal);
        }
        if (event != EVENT_STOP) {
            return new Event(event);
        }
        return isStopSignal(signal) ? new GroupStop(signal) : new Trap();
    }

    static boolean isStopSignal(int signal) {
        return signal == number(Signal.STOP) || signal == number(Signal.TSTP)
                || signal == number(Signal.TTIN) || signal == number(Signal.TTOU);
    }

    static int number(Signal signal) {
        return LinuxSignals.TABLE.number(signal);
    }
}
