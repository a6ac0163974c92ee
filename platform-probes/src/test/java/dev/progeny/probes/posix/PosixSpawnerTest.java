package dev.progeny.probes.posix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.posix.SpawnPlan.FileAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order and arguments of the posix_spawn calls, on a recording libc with the 8-byte handle
 * slots FreeBSD and macOS use.
 */
class PosixSpawnerTest {
    private final RecordingSpawnLibc libc = new RecordingSpawnLibc();
    private final PosixSpawner spawner = new PosixSpawner(libc, 8, 8, (actions, action) -> {
        libc.calls.add("extra " + action);
        return 0;
    });

    private static SpawnPlan plan() {
        byte[] mask = new byte[4];
        byte[] def = {(byte) 0xff, 0, 0, 0};
        return new SpawnPlan("/bin/sleep", List.of("sleep", "1"), List.of("PROGENY_LAUNCH=t-1"), (short) 0x440C, 0,
                mask, def, List.of(new FileAction.Open(0, "/dev/null", 0), new FileAction.Dup2(7, 1),
                        new FileAction.Inherit(2), new FileAction.Chdir("/tmp")));
    }

    @Test
    void appliesThePlanInOrderAndFreesBothHandles() throws ErrnoException {
        int pid = spawner.spawn(plan());

        assertThat(pid).isEqualTo(libc.spawnedPid);
        assertThat(libc.calls).containsExactly(
                "attr_init", "actions_init", "setflags 0x440c", "setpgroup 0",
                "setsigmask 00000000", "setsigdefault ff000000",
                "open 0 /dev/null 0", "dup2 7 1", "extra Inherit[fd=2]", "chdir /tmp",
                "spawn /bin/sleep", "actions_destroy", "attr_destroy");
        assertThat(libc.argv).containsExactly("sleep", "1");
        assertThat(libc.envp).containsExactly("PROGENY_LAUNCH=t-1");
    }

    @Test
    void aFailedSpawnStillFreesTheHandlesAndReportsTheErrno() {
        libc.spawnResult = 2;

        assertThatThrownBy(() -> spawner.spawn(plan()))
                .isInstanceOfSatisfying(ErrnoException.class, e -> {
                    assertThat(e.errno()).isEqualTo(2);
                    assertThat(e.call()).isEqualTo("posix_spawn");
                });
        assertThat(libc.calls).endsWith("spawn /bin/sleep", "actions_destroy", "attr_destroy");
    }
}
