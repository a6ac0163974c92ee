package dev.progeny.probes.posix;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@link SpawnCalls} played by Java: records every call instead of spawning, so the spawn
 * binding runs on any OS with the handles FreeBSD and macOS allocate. Java-to-Java calls hand
 * over the very {@link Memory} objects, so the recorded signal sets are the bytes the real libc
 * would read. Not thread-safe.
 */
public class RecordingSpawnLibc implements SpawnCalls {
    public final List<String> calls = new ArrayList<>();
    public List<String> argv = List.of();
    public List<String> envp = List.of();
    public int spawnResult;
    public int spawnedPid = 5_000_042;

    private static String hex(Pointer p) {
        Memory m = (Memory) p;
        return HexFormat.of().formatHex(m.getByteArray(0, (int) m.size()));
    }

    @Override
    public int posix_spawn(IntByReference pid, String path, Pointer fileActions, Pointer attr, String[] argv,
                           String[] envp) {
        calls.add("spawn " + path);
        this.argv = List.of(argv);
        this.envp = List.of(envp);
        if (spawnResult == 0) {
            pid.setValue(spawnedPid);
        }
        return spawnResult;
    }

    @Override
    public int posix_spawnattr_init(Pointer attr) {
        attr.setLong(0, 0xA77);
        calls.add("attr_init");
        return 0;
    }

    @Override
    public int posix_spawnattr_destroy(Pointer attr) {
        calls.add("attr_destroy");
        return 0;
    }

    @Override
    public int posix_spawnattr_setflags(Pointer attr, short flags) {
        calls.add(String.format("setflags 0x%x", flags));
        return 0;
    }

    @Override
    public int posix_spawnattr_setpgroup(Pointer attr, int pgroup) {
        calls.add("setpgroup " + pgroup);
        return 0;
    }

    @Override
    public int posix_spawnattr_setsigmask(Pointer attr, Pointer sigset) {
        calls.add("setsigmask " + hex(sigset));
        return 0;
    }

    @Override
    public int posix_spawnattr_setsigdefault(Pointer attr, Pointer sigset) {
        calls.add("setsigdefault " + hex(sigset));
        return 0;
    }

    @Override
    public int posix_spawn_file_actions_init(Pointer fileActions) {
        fileActions.setLong(0, 0xFA);
        calls.add("actions_init");
        return 0;
    }

    @Override
    public int posix_spawn_file_actions_destroy(Pointer fileActions) {
        calls.add("actions_destroy");
        return 0;
    }

    @Override
    public int posix_spawn_file_actions_adddup2(Pointer fileActions, int fd, int newFd) {
        calls.add("dup2 " + fd + " " + newFd);
        return 0;
    }

    @Override
    public int posix_spawn_file_actions_addopen(Pointer fileActions, int fd, String path, int oflag, int mode) {
        calls.add("open " + fd + " " + path + " " + oflag);
        return 0;
    }

    @Override
    public int posix_spawn_file_actions_addchdir_np(Pointer fileActions, String path) {
        calls.add("chdir " + path);
        return 0;
    }

    /** For the BSD libcs that extend this one. */
    public int getpagesize() {
        return 4096;
    }
}
