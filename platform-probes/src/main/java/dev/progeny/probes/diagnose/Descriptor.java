package dev.progeny.probes.diagnose;

import java.util.Optional;

/**
 * One open descriptor of a process: its number, what it refers to and, where readable, its
 * {@code fdinfo}. Immutable.
 */
public record Descriptor(int fd, DescriptorTarget target, Optional<FdInfo> info) {

    /** Which way it was opened, or empty when its fdinfo could not be read. */
    public Optional<FdInfo.Access> access() {
        return info.map(FdInfo::access);
    }

    public boolean isPipe() {
        return target instanceof DescriptorTarget.Pipe;
    }

    /** The pipe's inode, or -1 when this is no pipe. */
    public long pipeInode() {
        return target instanceof DescriptorTarget.Pipe p ? p.inode() : -1;
    }

    /** The socket's inode, or -1 when this is no socket. */
    public long socketInode() {
        return target instanceof DescriptorTarget.Socket s ? s.inode() : -1;
    }
}
