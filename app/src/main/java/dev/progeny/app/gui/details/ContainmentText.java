package dev.progeny.app.gui.details;

import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Membership.Reason;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The details pane's "Containment" line: what caught this member, what the launch has and lacks.
 * Adoption is named as the platform names what adopts orphans ("Subreaper", "Reaper (procctl)"). Pure.
 */
final class ContainmentText {
    private ContainmentText() {
    }

    static String of(Optional<Set<Reason>> caught, Set<Containment> inForce, Map<Containment, String> unavailable,
                     String adopter) {
        String why = caught.filter(r -> !r.isEmpty())
                .map(r -> r.stream().map(reason -> word(reason, adopter)).collect(Collectors.joining(", ")))
                .orElse("not seen as a member in the last refresh");
        String has = inForce.stream().map(c -> word(c, adopter)).collect(Collectors.joining(", "));
        String lacks = unavailable.entrySet().stream()
                .map(e -> word(e.getKey(), adopter) + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        return "Caught by " + why + " · launch has " + has + (lacks.isEmpty() ? "" : " · not in force: " + lacks);
    }

    static String word(Reason reason, String adopter) {
        return switch (reason) {
            case TREE -> "the process tree";
            case LINEAGE -> "lineage (re-parented)";
            case PROCESS_GROUP -> "process group";
            case SESSION -> "session";
            case ADOPTED -> adopter.toLowerCase(Locale.ROOT) + " adoption";
            case REAPER_SUBTREE -> "procctl reaper subtree";
            case CGROUP -> "cgroup";
            case ENVIRONMENT_TAG -> "environment tag";
        };
    }

    static String word(Containment c, String adopter) {
        String name = c == Containment.SUBREAPER ? adopter : c.name().replace('_', ' ');
        return name.toLowerCase(Locale.ROOT);
    }
}
