package dev.progeny.app.cli;

import dev.progeny.probes.ProcessInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Formats processes as a readable table, optionally indented as a tree. */
final class SnapshotTable {
    private static final String FORMAT = "%7s %7s %7s %7s %-10s %5s  %s%n";

    private SnapshotTable() {
    }

    static void print(PrintWriter out, List<ProcessInfo> processes, boolean tree) {
        out.printf(FORMAT, "PID", "PPID", "PGID", "SID", "STATE", "UID", "COMMAND");
        if (!tree) {
            processes.stream().sorted(Comparator.comparingInt(ProcessInfo::pid)).forEach(p -> row(out, p, ""));
            return;
        }
        Set<Integer> present = new HashSet<>();
        Map<Integer, List<ProcessInfo>> children = new HashMap<>();
        for (ProcessInfo p : processes) {
            present.add(p.pid());
            children.computeIfAbsent(p.ppid(), k -> new ArrayList<>()).add(p);
        }
        children.values().forEach(list -> list.sort(Comparator.comparingInt(ProcessInfo::pid)));
        processes.stream()
                .filter(p -> !present.contains(p.ppid()) || p.ppid() == p.pid())
                .sorted(Comparator.comparingInt(ProcessInfo::pid))
                .forEach(root -> printTree(out, root, children, 0));
    }

    private static void printTree(PrintWriter out, ProcessInfo p, Map<Integer, List<ProcessInfo>> children, int depth) {
        row(out, p, depth == 0 ? "" : "  ".repeat(depth - 1) + "\\_ ");
        for (ProcessInfo child : children.getOrDefault(p.pid(), List.of())) {
            if (child.pid() != p.pid()) {
                printTree(out, child, children, depth + 1);
            }
        }
    }

    private static void row(PrintWriter out, ProcessInfo p, String indent) {
        out.printf(FORMAT, p.pid(), p.ppid(), p.pgid(), p.sid(), p.state(), p.uid() < 0 ? "?" : p.uid(),
                indent + p.commandLine());
    }
}
