package dev.progeny.probes;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one platform can do, and for each thing it cannot, why (a sentence a user can read).
 * Immutable and thread-safe; works on every OS.
 *
 * @param os          the platform described
 * @param adopter     what takes orphans back on this OS, named for the user ("Subreaper" on
 *                    Linux, "Reaper (procctl)" on FreeBSD), whether or not it is available
 * @param available   the capabilities in force
 * @param unavailable each missing capability with the reason it is missing
 */
public record Capabilities(OperatingSystem os, String adopter, Set<Capability> available,
                           Map<Capability, String> unavailable) {

    public Capabilities {
        available = available.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(available));
        unavailable = Map.copyOf(unavailable);
        for (Capability c : Capability.values()) {
            if (available.contains(c) == unavailable.containsKey(c)) {
                throw new IllegalArgumentException(c + " must be either available or unavailable with a reason");
            }
        }
    }

    /** Every capability except those in {@code missing}, which carry their reasons. */
    public static Capabilities allExcept(OperatingSystem os, String adopter, Map<Capability, String> missing) {
        EnumSet<Capability> available = EnumSet.allOf(Capability.class);
        available.removeAll(missing.keySet());
        return new Capabilities(os, adopter, available, new EnumMap<>(missing));
    }

    public boolean has(Capability capability) {
        return available.contains(capability);
    }

    /** Why {@code capability} is missing; empty when it is available. */
    public Optional<String> whyNot(Capability capability) {
        return Optional.ofNullable(unavailable.get(capability));
    }
}
