package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.terminate.SignalSender;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * The one launch sequence over another OS's binding and a stand-in libc: the spawn is recorded
 * (see {@link RecordingSpawnLibc}), the root is never watched, and a signal fails the test.
 */
public final class StandInLauncher {
    private StandInLauncher() {
    }

    public static PosixLauncher of(LaunchBinding binding, ProcessTable table) {
        SignalSender refused = (SignalSender) Proxy.newProxyInstance(StandInLauncher.class.getClassLoader(),
                new Class<?>[] {SignalSender.class}, (proxy, method, args) -> {
                    throw new AssertionError("nothing is signalled here: " + method.getName());
                });
        return new PosixLauncher(binding, new LaunchRegistry(77), table, refused, root -> Optional.empty());
    }
}
