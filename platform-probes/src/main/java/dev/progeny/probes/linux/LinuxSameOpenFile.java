package dev.progeny.probes.linux;

import dev.progeny.probes.diagnose.SameOpenFile;
import dev.progeny.probes.diagnose.SyscallAbi;

/**
 * Asks {@code kcmp(2)} with {@code KCMP_FILE} (Linux 3.5, CONFIG_KCMP; ptrace-read access to
 * both processes). Thread-safe.
 */
final class LinuxSameOpenFile implements SameOpenFile {
    private static final System.Logger LOG = System.getLogger(LinuxSameOpenFile.class.getName());
    /** {@code __NR_kcmp}: 312 on x86-64 (syscall_64.tbl), 272 on aarch64 (asm-generic/unistd.h). */
    private final int kcmp;

    LinuxSameOpenFile(SyscallAbi abi) {
        this.kcmp = abi == SyscallAbi.AARCH64 ? 272 : 312;
    }

    @Override
    public Answer compare(int pid1, int fd1, int pid2, int fd2) {
        return switch (DiagnosisCalls.kcmpFile(kcmp, pid1, fd1, pid2, fd2)) {
            case DiagnosisCalls.SameFile.Same s -> Answer.SAME;
            case DiagnosisCalls.SameFile.Different d -> Answer.DIFFERENT;
            case DiagnosisCalls.SameFile.Failed f -> {
                LOG.log(System.Logger.Level.DEBUG, "kcmp({0}, {1}) failed with errno {2}", pid1, pid2, f.errno());
                yield Answer.UNKNOWN;
            }
        };
    }
}
