package dev.progeny.probes.diagnose;

import java.util.Arrays;

/**
 * One {@code /proc/PID/syscall} reading (Linux, {@code proc_pid_syscall} in fs/proc/base.c):
 * {@code running}; {@code -1 sp pc} when the task is blocked outside any call (a zombie, a page
 * fault); else {@code nr arg0..arg5 sp pc}, numbers in hex after the first. Immutable.
 */
public sealed interface SyscallLine {

    /** The task was on a CPU (or about to be) when read. */
    record Running() implements SyscallLine {
    }

    /** Blocked, but not inside a system call. */
    record NotInCall() implements SyscallLine {
    }

    /** Blocked inside call number {@code nr} with these six raw arguments. */
    record InCall(int nr, long[] args) implements SyscallLine {
        public InCall {
            if (args.length != 6) {
                throw new IllegalArgumentException("a system call has 6 argument registers, not " + args.length);
            }
            args = args.clone();
        }

        public long arg(int i) {
            return args[i];
        }

        /** The argument as the C {@code int} it was passed as (a descriptor, a pid). */
        public int intArg(int i) {
            return (int) args[i];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InCall c && c.nr == nr && Arrays.equals(c.args, args);
        }

        @Override
        public int hashCode() {
            return nr * 31 + Arrays.hashCode(args);
        }

        @Override
        public String toString() {
            return "InCall[" + nr + " " + Arrays.toString(args) + "]";
        }
    }

    /**
     * Parses the file's text.
     *
     * @throws IllegalArgumentException when it is none of the three shapes
     */
    static SyscallLine parse(String text) {
        String line = text.strip();
        if (line.equals("running")) {
            return new Running();
        }
        String[] f = line.split(" ");
        try {
            int nr = Integer.parseInt(f[0]);
            if (nr < 0 && f.length == 3) {
                return new NotInCall();
            }
            if (nr < 0 || f.length != 9) {
                throw new IllegalArgumentException("unexpected syscall line: " + line);
            }
            long[] args = new long[6];
            for (int i = 0; i < 6; i++) {
                args[i] = hex(f[i + 1]);
            }
            return new InCall(nr, args);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unexpected syscall line: " + line, e);
        }
    }

    private static long hex(String field) {
        if (!field.startsWith("0x")) {
            throw new NumberFormatException(field);
        }
        return Long.parseUnsignedLong(field, 2, field.length(), 16);
    }
}
