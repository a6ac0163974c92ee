package dev.progeny.probes.macos;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import dev.progeny.probes.posix.ErrnoException;
import dev.progeny.probes.bsd.SysctlRead;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/** The {@code kern.proc} and {@code kern.procargs2} sysctls Progeny reads on macOS. Thread-safe. */
final class MacOsSysctl {
    private final MacOsLibc libc;
    private final int argMax;

    MacOsSysctl(MacOsLibc libc) {
        this.libc = libc;
        this.argMax = readArgMax();
    }

    /** Every process ({@code KERN_PROC_ALL}: live and zombie lists). */
    ByteBuffer allProcesses() throws IOException {
        int[] mib = {MacOsConstants.CTL_KERN, MacOsConstants.KERN_PROC, MacOsConstants.KERN_PROC_ALL};
        return SysctlRead.read((buffer, length) -> call(mib, buffer, length), MacOsConstants.ENOMEM, "kern.proc.all");
    }

    /**
     * One process; empty when gone (the kernel answers success with length 0, as the JDK notes,
     * or ESRCH).
     *
     * @throws ErrnoException when it could not be read otherwise: it may be alive
     */
    Optional<KinfoProcMacOs> process(int pid) throws ErrnoException {
        int[] mib = {MacOsConstants.CTL_KERN, MacOsConstants.KERN_PROC, MacOsConstants.KERN_PROC_PID, pid};
        try (Memory m = new Memory(MacOsConstants.KINFO_PROC_SIZE)) {
            long[] length = {m.size()};
            int errno = call(mib, m, length);
            if (errno != 0 && errno != MacOsConstants.ESRCH) {
                throw new ErrnoException("sysctl kern.proc.pid", errno);
            }
            if (errno != 0 || length[0] < MacOsConstants.KINFO_PROC_SIZE) {
                return Optional.empty();
            }
            KinfoProcMacOs k = KinfoProcMacOs.decode(m.getByteBuffer(0, length[0]).order(ByteOrder.nativeOrder()));
            return k.pid() == pid ? Optional.of(k) : Optional.empty();
        }
    }

    /** argv and environment; empty for other users' processes (refused unless root) and zombies. */
    Optional<ProcArgs2> procArgs(int pid) {
        int[] mib = {MacOsConstants.CTL_KERN, MacOsConstants.KERN_PROCARGS2, pid};
        try (Memory m = new Memory(argMax)) {
            long[] length = {m.size()};
            if (call(mib, m, length) != 0 || length[0] < Integer.BYTES) {
                return Optional.empty();
            }
            return Optional.of(ProcArgs2.parse(m.getByteBuffer(0, length[0]).order(ByteOrder.nativeOrder())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private int call(int[] mib, Pointer buffer, long[] length) {
        LongByReference len = new LongByReference(length[0]);
        int rc = libc.sysctl(mib, mib.length, buffer, len, null, 0);
        length[0] = len.getValue();
        return rc == 0 ? 0 : Native.getLastError();
    }

    /** {@code kern.argmax}: the buffer size KERN_PROCARGS2 needs (as the JDK and OSHI size it). */
    private int readArgMax() {
        int[] mib = {MacOsConstants.CTL_KERN, MacOsConstants.KERN_ARGMAX};
        try (Memory m = new Memory(Integer.BYTES)) {
            long[] length = {Integer.BYTES};
            return call(mib, m, length) == 0 ? m.getInt(0) : 1 << 20;
        }
    }
}
