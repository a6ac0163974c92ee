package dev.progeny.probes.linux;

import dev.progeny.probes.linux.PtraceState.Reason;
import dev.progeny.probes.linux.PtraceState.Unavailable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether Yama lets Progeny trace its launches (Documentation/admin-guide/LSM/Yama.rst): scope 0
 * and 1 allow a parent to trace its descendants, 2 only with CAP_SYS_PTRACE, 3 never. No Yama
 * (the file is absent) allows it. Linux; pure apart from {@link #current()}; thread-safe.
 */
final class PtraceScope {
    private static final Path SCOPE = Path.of("/proc/sys/kernel/yama/ptrace_scope");
    private static final Path STATUS = Path.of("/proc/self/status");
    /** linux/capability.h. */
    private static final int CAP_SYS_PTRACE = 19;

    private PtraceScope() {
    }

    /** Why Yama refuses, read from this machine now; empty when it allows. */
    static Optional<Unavailable> current() {
        String scope;
        try {
            scope = Files.readString(SCOPE);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // Unreadable: let PTRACE_SEIZE answer for itself.
            return Optional.empty();
        }
        try {
            return refusal(scope, Files.readString(STATUS));
        } catch (IOException e) {
            return refusal(scope, "");
        }
    }

    /**
     * Decides from the text of {@code ptrace_scope} and of {@code /proc/self/status} (its
     * {@code CapEff:} line, hex).
     */
    static Optional<Unavailable> refusal(String scopeText, String status) {
        int scope;
        try {
            scope = Integer.parseInt(scopeText.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (scope >= 3) {
            return Optional.of(new Unavailable(Reason.YAMA_SCOPE, 0,
                    "kernel.yama.ptrace_scope is " + scope + ": no process may use ptrace"));
        }
        if (scope == 2 && !hasCapability(status, CAP_SYS_PTRACE)) {
            return Optional.of(new Unavailable(Reason.YAMA_SCOPE, 0,
                    "kernel.yama.ptrace_scope is 2: only a process with CAP_SYS_PTRACE may use ptrace"));
        }
        return Optional.empty();
    }

    private static boolean hasCapability(String status, int capability) {
        for (String line : status.split("\n")) {
            if (line.startsWith("CapEff:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) >>> capability & 1) == 1;
            }
        }
        return false;
    }
}
