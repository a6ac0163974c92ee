package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Family;
import dev.progeny.probes.launch.LaunchSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test stand-in for a launch's family: every process carrying the tag in its environment, the
 * descendants of any member, and every member ever seen for as long as it lives (a zombie's
 * environment is unreadable). Remembers every key it ever returned, so a test can check that
 * no signal went outside the family.
 */
final class TagFamily implements Family {
    private final String tag;
    private final Map<ProcessKey, Boolean> tagged = new HashMap<>();
    private final Set<ProcessKey> known = new HashSet<>();
    private final Set<ProcessKey> everSeen = new HashSet<>();

    TagFamily(String tag) {
        this.tag = tag;
    }

    @Override
    public String description() {
        return "processes tagged " + tag;
    }

    @Override
    public synchronized List<ProcessInfo> members(Snapshot snapshot) {
        ArrayDeque<ProcessInfo> todo = new ArrayDeque<>();
        for (ProcessInfo p : snapshot.processes()) {
            if (known.contains(p.key()) || tagged.computeIfAbsent(p.key(), k -> hasTag(k.pid()))) {
                todo.add(p);
            }
        }
        List<ProcessInfo> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            ProcessInfo p = todo.poll();
            if (seen.add(p.pid())) {
                out.add(p);
                todo.addAll(snapshot.children(p.pid()));
            }
        }
        known.clear();
        out.forEach(p -> known.add(p.key()));
        everSeen.addAll(known);
        return out;
    }

    synchronized Set<ProcessKey> everSeen() {
        return Set.copyOf(everSeen);
    }

    private boolean hasTag(int pid) {
        try {
            String env = new String(Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "environ")),
                    StandardCharsets.ISO_8859_1);
            return env.contains(LaunchSpec.LAUNCH_TAG + "=" + tag + "\0");
        } catch (IOException e) {
            return false;
        }
    }
}
