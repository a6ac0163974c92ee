package dev.progeny.probes.bsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Pointer;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.posix.SpawnPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order and arguments of the posix_spawn calls FreeBSD and macOS get, on a recording libc. */
class BsdSpawnerTest {
    private final RecordingSpawnLibc libc = new RecordingSpawnLibc();

    private final BsdSpawner.Os os = new BsdSpawner.Os() {
        @Override
        public int addExtra(Pointer fileActions, FileAction action) {
            libc.calls.add("extra " + action);
            return 0;
        }

        @Override
        public LaunchException failure(String step, int errno, SpawnPlan plan) {
            return new LaunchException(LaunchException.Reason.OTHER, step + " " + errno);
        }
    };

    private static SpawnPlan plan() {
        byte[] mask = new byte[4];
        byte[] def = {(byte) 0xff, 0, 0, 0};
        return new SpawnPlan((short) 0x440C, 0, mask, def,
                List.of(new FileAction.Open(0, "/dev/null", 0), new FileAction.Dup2(7, 1), new FileAction.Inherit(2),
                        new FileAction.Chdir("/tmp")),
                List.of("sleep", "1"), List.of("PROGENY_LAUNCH=t-1"));
    }

    @Test
    void appliesThePlanInOrderAndFreesBothHandles() throws LaunchException {
        int pid = BsdSpawner.spawn(libc, os, plan());

        assertThat(pid).isEqualTo(libc.spawnedPid);
        assertThat(libc.calls).containsExactly(
                "attr_init", "actions_init", "setflags 0x440c", "setpgroup 0",
                "setsigmask 00000000", "setsigdefault ff000000",
                "open 0 /dev/null 0", "dup2 7 1", "extra Inherit[fd=2]", "chdir /tmp",
                "spawnp sleep", "actions_destroy", "attr_destroy");
        assertThat(libc.argv).containsExactly("sleep", "1");
        assertThat(libc.envp).containsExactly("PROGENY_LAUNCH=t-1");
    }

    @Test
    void aFailedSpawnStillFreesTheHandlesAndReportsTheErrno() {
        libc.spawnResult = 2;

        assertThatThrownBy(() -> BsdSpawner.spawn(libc, os, plan()))
                .isInstanceOf(LaunchException.class).hasMessage("posix_spawnp 2");
        assertThat(libc.calls).endsWith("spawnp sleep", "actions_destroy", "attr_destroy");
    }
}
