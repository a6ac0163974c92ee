package dev.progeny.probes.linux;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Pure parsers for {@code /proc/self/mountinfo} and {@code /proc/self/cgroup} (proc(5),
 * cgroup-v2.rst). Linux. Stateless and thread-safe.
 */
final class CgroupFiles {
    private CgroupFiles() {
    }

    /**
     * The first cgroup2 mount. A mountinfo line is "id parent major:minor root mountpoint options
     * [optional fields] - fstype source superoptions"; paths escape space, tab, newline and
     * backslash as octal {@code \NNN}.
     */
    static Optional<CgroupV2.Mount> cgroup2Mount(String mountinfo) {
        for (String line : mountinfo.split("\n")) {
            String[] fields = line.split(" ");
            int dash = Arrays.asList(fields).indexOf("-");
            if (dash < 6 || dash + 1 >= fields.length || !fields[dash + 1].equals("cgroup2")) {
                continue;
            }
            return Optional.of(new CgroupV2.Mount(Path.of(unescape(fields[4])), unescape(fields[3])));
        }
        return Optional.empty();
    }

    /** The cgroup v2 path from {@code /proc/PID/cgroup}: the {@code 0::} line. */
    static Optional<String> unifiedPath(String procCgroup) {
        for (String line : procCgroup.split("\n")) {
            if (line.startsWith("0::")) {
                return Optional.of(line.substring(3).trim());
            }
        }
        return Optional.empty();
    }

    static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && isOctal(field, i + 1)) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isOctal(String s, int from) {
        if (from + 3 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '7') {
                return false;
            }
        }
        return true;
    }
}
