package dev.progeny.probes.freebsd;

import com.sun.jna.Native;
import com.sun.jna.ptr.LongByReference;
import dev.progeny.probes.posix.CmdlineParser;
import dev.progeny.probes.posix.ErrnoException;
import dev.progeny.probes.bsd.SysctlRead;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/** The {@code kern.proc} sysctls Progeny reads on FreeBSD (sysctl(3)). Thread-safe. */
final class FreeBsdSysctl {
    private final FreeBsdLibc libc;

    FreeBsdSysctl(FreeBsdLibc libc) {
        this.libc = libc;
    }

    /** Every process, one record each ({@code KERN_PROC_PROC}), zombies included. */
    ByteBuffer allProcesses() throws IOException {
        return read(new int[] {FreeBsdConstants.CTL_KERN, FreeBsdConstants.KERN_PROC,
            FreeBsdConstants.KERN_PROC_PROC}, "kern.proc.proc");
    }

    /**
     * One process; empty when the kernel has none by that pid (ESRCH, or no record).
     *
     * @throws ErrnoException when it could not be read otherwise: it may be alive
     */
    Optional<KinfoProcFreeBsd> process(int pid) throws IOException {
        try {
            ByteBuffer buf = read(mib(FreeBsdConstants.KERN_PROC_PID, pid), "kern.proc.pid");
            return buf.hasRemaining() ? Optional.of(KinfoProcFreeBsd.decode(buf)) : Optional.empty();
        } catch (ErrnoException e) {
            if (e.errno() == FreeBsdConstants.ESRCH) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** argv ({@code KERN_PROC_ARGS}); empty when unreadable. */
    List<String> arguments(int pid) {
        return strings(mib(FreeBsdConstants.KERN_PROC_ARGS, pid), "kern.proc.args");
    }

    /** The environment ({@code KERN_PROC_ENV}): same credentials or root only; else empty. */
    List<String> environment(int pid) {
        return strings(mib(FreeBsdConstants.KERN_PROC_ENV, pid), "kern.proc.env");
    }

    private List<String> strings(int[] mib, String what) {
        try {
            ByteBuffer buf = read(mib, what);
            return CmdlineParser.split(buf.array(), buf.limit());
        } catch (IOException e) {
            // ESRCH (gone) or EPERM (not ours): the caller shows the process without it.
            return List.of();
        }
    }

    private static int[] mib(int kind, int pid) {
        return new int[] {FreeBsdConstants.CTL_KERN, FreeBsdConstants.KERN_PROC, kind, pid};
    }

    private ByteBuffer read(int[] mib, String what) throws IOException {
        return SysctlRead.read((buffer, length) -> {
            LongByReference len = new LongByReference(length[0]);
            int rc = libc.sysctl(mib, mib.length, buffer, len, null, 0);
            length[0] = len.getValue();
            return rc == 0 ? 0 : Native.getLastError();
        }, FreeBsdConstants.ENOMEM, what);
    }
}
