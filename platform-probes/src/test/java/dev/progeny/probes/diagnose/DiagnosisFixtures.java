package dev.progeny.probes.diagnose;

import java.util.Optional;

/** Descriptors made up for the joins' tests. */
final class DiagnosisFixtures {
    private DiagnosisFixtures() {
    }

    static Descriptor pipeEnd(int fd, long inode, boolean writing) {
        return new Descriptor(fd, new DescriptorTarget.Pipe(inode),
                Optional.of(FdInfo.parse("pos:\t0\nflags:\t" + (writing ? "01" : "00") + "\nmnt_id:\t16\nino:\t" + inode + "\n")));
    }

    static Descriptor file(int fd, String path, long pos) {
        return new Descriptor(fd, DescriptorTarget.parse(path),
                Optional.of(FdInfo.parse("pos:\t" + pos + "\nflags:\t0100000\nmnt_id:\t26\nino:\t77\n")));
    }
}
