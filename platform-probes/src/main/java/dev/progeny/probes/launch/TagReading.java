package dev.progeny.probes.launch;

import java.util.Optional;

/**
 * What a process's environment said of its launch tag: the tag, no tag, or nothing (the process
 * was gone, a zombie, or caught in exec, when Linux shows its environment empty). Only a reading
 * that said something holds for the process's life; one that said nothing is asked again. An
 * environment Progeny may not read (another user's) is untagged: it proves nothing, then or
 * later. Immutable.
 */
public sealed interface TagReading {
    /** The environment said nothing: no environment was there to read. */
    TagReading UNREAD = new Unread();
    /** The environment was read and has no {@code PROGENY_LAUNCH}. */
    TagReading UNTAGGED = new Untagged();

    /** The tag, when the environment was read and carries one. */
    default Optional<String> id() {
        return Optional.empty();
    }

    /** The reading of an environment that was read: tagged with {@code id}, or untagged. */
    static TagReading of(Optional<String> id) {
        return id.<TagReading>map(Tagged::new).orElse(UNTAGGED);
    }

    record Tagged(String tag) implements TagReading {
        @Override
        public Optional<String> id() {
            return Optional.of(tag);
        }
    }

    record Untagged() implements TagReading {
    }

    record Unread() implements TagReading {
    }
}
