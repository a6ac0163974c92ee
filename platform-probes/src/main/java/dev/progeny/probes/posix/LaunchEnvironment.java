package dev.progeny.probes.posix;

import dev.progeny.probes.launch.LaunchSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a launched command gets: Progeny's own, then the spec's variables, then the
 * launch tag {@code PROGENY_LAUNCH=<id>} (always set, as on Linux; it counts as containment
 * only when the spec asks for it). Pure; thread-safe; every OS.
 */
public final class LaunchEnvironment {
    private LaunchEnvironment() {
    }

    /** {@code NAME=value} strings for {@code envp}. */
    public static List<String> envp(Map<String, String> base, LaunchSpec spec, String launchId) {
        Map<String, String> env = new LinkedHashMap<>(base);
        env.putAll(spec.environment());
        env.put(LaunchSpec.LAUNCH_TAG, launchId);
        List<String> out = new ArrayList<>(env.size());
        env.forEach((name, value) -> out.add(name + "=" + value));
        return out;
    }
}
