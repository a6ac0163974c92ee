package dev.progeny.probes.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container or unit a process runs in, as its cgroup path tells (Linux) or its jail id
 * (FreeBSD). Immutable.
 *
 * @param runtime what made the cgroup
 * @param name    the container id (shortened to 12 hex digits as docker prints it), machine
 *                name or unit name
 * @param pod     the Kubernetes pod uid, or empty
 */
public record ContainerRef(Runtime runtime, String name, Optional<String> pod) {

    /** {@code JAIL} is FreeBSD's (named by its jail id); the rest come from Linux cgroup paths. */
    public enum Runtime { DOCKER, PODMAN, KUBERNETES, CONTAINERD, NSPAWN, LXC, SYSTEMD_UNIT, JAIL }

    /** One short line: {@code docker 4f797c539e6c}, {@code systemd unit nginx.service}. */
    public String describe() {
        String kind = switch (runtime) {
            case DOCKER -> "docker";
            case PODMAN -> "podman";
            case KUBERNETES -> "kubernetes";
            case CONTAINERD -> "containerd";
            case NSPAWN -> "systemd-nspawn";
            case LXC -> "lxc";
            case SYSTEMD_UNIT -> "systemd unit";
            case JAIL -> "jail";
        };
        return kind + " " + name + pod.map(p -> " (pod " + p + ")").orElse("");
    }

    private static final String ID = "([0-9a-f]{64})";
    /** runc's systemd driver names a container's scope {@code <prefix>-<id>.scope}. */
    private static final Pattern SCOPE = Pattern.compile("(docker|libpod|cri-containerd|crio|nerdctl)-" + ID + "\\.scope");
    /** kubelet's systemd driver: {@code kubepods-<qos>-pod<uid>.slice}, dashes in the uid made underscores. */
    private static final Pattern POD_SLICE = Pattern.compile("kubepods(?:-[a-z]+)?-pod([0-9a-f_]+)\\.slice");
    /** kubelet's cgroupfs driver: {@code /kubepods/[<qos>/]pod<uid>/<id>}. */
    private static final Pattern POD_DIR = Pattern.compile("pod([0-9a-f-]{36})");
    private static final Pattern FULL_ID = Pattern.compile(ID);
    /** systemd-machined: {@code machine-<name>.scope}; nspawn's own unit {@code systemd-nspawn@<name>.service}. */
    private static final Pattern MACHINE = Pattern.compile("machine-(.+)\\.scope|systemd-nspawn@(.+)\\.service");
    private static final Pattern LXC = Pattern.compile("lxc\\.payload\\.(.+)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\x([0-9a-f]{2})");

    /** The container named by a {@code /proc/PID/cgroup} text, checked unified line first. */
    public static Optional<ContainerRef> fromCgroup(String cgroupFile) {
        for (String path : candidatePaths(cgroupFile)) {
            Optional<ContainerRef> found = fromPath(path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The v2 line {@code 0::}, then v1's {@code name=systemd}, then every other hierarchy's. */
    private static List<String> candidatePaths(String cgroupFile) {
        List<String> first = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String line : cgroupFile.split("\n")) {
            String[] f = line.split(":", 3);
            if (f.length == 3 && f[2].length() > 1) {
                (f[0].equals("0") || f[1].equals("name=systemd") ? first : rest).add(f[2]);
            }
        }
        first.addAll(rest);
        return first;
    }

    static Optional<ContainerRef> fromPath(String path) {
        List<String> parts = List.of(path.substring(1).split("/"));
        Optional<String> pod = pod(parts);
        String last = parts.getLast();
        Matcher m = innermost(parts, SCOPE);
        if (m != null) {
            String id = m.group(2).substring(0, 12);
            Runtime runtime = switch (m.group(1)) {
                case "docker" -> Runtime.DOCKER;
                case "libpod" -> Runtime.PODMAN;
                default -> pod.isPresent() ? Runtime.KUBERNETES : Runtime.CONTAINERD;
            };
            return Optional.of(new ContainerRef(runtime, id, pod));
        }
        // cgroupfs drivers: /docker/<id>, /libpod_parent/libpod-<id>, /kubepods/.../pod<uid>/<id>.
        for (int i = 1; i < parts.size(); i++) {
            String id = parts.get(i).replaceFirst("^libpod-", "");
            if (FULL_ID.matcher(id).matches()) {
                String parent = parts.get(i - 1);
                Runtime runtime = parent.equals("docker") ? Runtime.DOCKER
                        : parent.equals("libpod_parent") ? Runtime.PODMAN
                        : pod.isPresent() ? Runtime.KUBERNETES : null;
                if (runtime != null) {
                    return Optional.of(new ContainerRef(runtime, id.substring(0, 12), pod));
                }
            }
        }
        // nspawn moves the payload into a child cgroup ("payload") of the machine's scope.
        if ((m = innermost(parts, MACHINE)) != null) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(new ContainerRef(Runtime.NSPAWN, unescape(name), Optional.empty()));
        }
        for (int i = 0; i < parts.size(); i++) {
            if ((m = LXC.matcher(parts.get(i))).matches()) {
                return Optional.of(new ContainerRef(Runtime.LXC, m.group(1), Optional.empty()));
            }
            if (parts.get(i).equals("lxc") && i + 1 < parts.size()) {
                return Optional.of(new ContainerRef(Runtime.LXC, parts.get(i + 1), Optional.empty()));
            }
        }
        if (last.endsWith(".service") || last.endsWith(".scope")) {
            return Optional.of(new ContainerRef(Runtime.SYSTEMD_UNIT, unescape(last), Optional.empty()));
        }
        return Optional.empty();
    }

    /** The innermost part matching: crun may put the payload in a child such as {@code .../container}. */
    private static Matcher innermost(List<String> parts, Pattern pattern) {
        for (String part : parts.reversed()) {
            Matcher m = pattern.matcher(part);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    /** The pod uid from a kubelet slice, or from a {@code pod<uid>} directory below {@code kubepods}. */
    private static Optional<String> pod(List<String> parts) {
        boolean underKubepods = false;
        for (String part : parts) {
            Matcher m = POD_SLICE.matcher(part);
            if (m.matches()) {
                return Optional.of(m.group(1).replace('_', '-'));
            }
            underKubepods |= part.startsWith("kubepods");
            if (underKubepods && (m = POD_DIR.matcher(part)).matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** systemd.unit(5) escapes bytes as {@code \xNN} (a dash in a machine name is {@code \x2d}). */
    private static String unescape(String name) {
        Matcher m = ESCAPE.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }
}
