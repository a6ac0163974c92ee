package dev.progeny.probes.bsd;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.posix.Lazy;
import dev.progeny.probes.terminate.OrphanReaper;
import dev.progeny.probes.terminate.Terminator;
import java.util.function.Supplier;

/**
 * A platform whose parts call into libc and are therefore made together on first use, so that
 * constructing it calls no native code: FreeBSD's and macOS's. Thread-safe.
 *
 * @param <P> the OS's parts
 */
public abstract class LazyPlatform<P extends LazyPlatform.Parts> implements Platform {
    /** What every such platform is made of; an OS adds its own parts. */
    public interface Parts {
        ProcessTable table();

        Terminator terminator();

        OrphanReaper orphanReaper();
    }

    private final Lazy<P> parts;

    protected LazyPlatform(Supplier<P> start) {
        this.parts = new Lazy<>(start);
    }

    protected final P parts() {
        return parts.get();
    }

    @Override
    public final ProcessTable processTable() {
        return parts().table();
    }

    @Override
    public final Terminator terminator() {
        return parts().terminator();
    }

    @Override
    public final OrphanReaper orphanReaper() {
        return parts().orphanReaper();
    }
}
