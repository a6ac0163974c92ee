package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.Platform;
import dev.progeny.probes.posix.ExecWrapper;
import dev.progeny.probes.testing.LaunchCleanup;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A test fixture that delegates cgroups to an unprivileged user the way systemd delegates
 * {@code user@UID.service}, on the machine's real cgroupfs: as root it makes a cgroup in this
 * JVM's own v2 cgroup and in its own v1 {@code memory}, {@code pids} and {@code cpu} cgroups,
 * {@code chown}s each and its {@code cgroup.procs}, {@code cgroup.subtree_control},
 * {@code cgroup.threads} (the files {@code /sys/kernel/cgroup/delegate} lists) to uid 65534, and
 * runs Java programs as that user inside them ({@code setpriv}, from a directory the user can
 * read, with a copy of this JVM's class path). The delegater places the first process, as
 * systemd does. Closing ends whatever still runs in the cgroups (they hold only what the fixture
 * started), reaps it, and removes the cgroups and the copies. Linux, as root; skips otherwise.
 */
public final class DelegatedCgroup implements AutoCloseable {
    public static final int UID = 65534;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<String> V1 = List.of("memory", "pids", "cpu");

    private final long since = LaunchCleanup.mark();
    private final List<Path> cgroups = new ArrayList<>();
    private final Path work;

    /** What a program run as the user printed, and how it ended. */
    public record Run(int exitCode, String out, String err) {
    }

    private DelegatedCgroup(Path work) {
        this.work = work;
    }

    /** Delegates fresh cgroups to uid 65534; skips the test unless this JVM is root with {@code setpriv}. */
    public static DelegatedCgroup create() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "the delegated fixture needs root");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "the delegated fixture needs setpriv");
        Path work = Files.createTempDirectory("progeny-delegated", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        DelegatedCgroup fixture = new DelegatedCgroup(work);
        try {
            String name = "delegated-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
            List<CgroupMounts.Hierarchy> all = CgroupMounts.read(Files.readString(Path.of("/proc/self/mountinfo")),
                    Files.readString(Path.of("/proc/self/cgroup")));
            Set<String> delegate = Set.of(Files.readString(Path.of("/sys/kernel/cgroup/delegate")).split("\\s+"));
            Optional<Path> v2 = all.stream().filter(CgroupMounts.Hierarchy::unified).findFirst()
                    .flatMap(CgroupMounts.Hierarchy::ownDirectory);
            if (v2.isPresent()) {
                fixture.delegate(v2.get().resolve(name), delegate);
            }
            for (String c : V1) {
                Optional<Path> own = CgroupMounts.of(all, c).flatMap(CgroupMounts.Hierarchy::ownDirectory);
                if (own.isPresent()) {
                    fixture.delegate(own.get().resolve(name), Set.of("cgroup.procs", "tasks"));
                }
            }
            fixture.copyClassPath();
            fixture.chown(Files.createDirectory(work.resolve("home")));
            return fixture;
        } catch (IOException | RuntimeException e) {
            fixture.close();
            throw e;
        }
    }

    /** The cgroups delegated (v2 first when there is one). */
    public List<Path> cgroups() {
        return List.copyOf(cgroups);
    }

    /** Runs {@code mainClass} with {@code args} as uid 65534 inside the delegated cgroups. */
    public Run run(Duration timeout, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("--reuid=" + UID, "--regid=" + UID, "--clear-groups", "--",
                "env", "-i", "HOME=" + work.resolve("home"), "XDG_CONFIG_HOME=" + work.resolve("home/config"),
                "XDG_STATE_HOME=" + work.resolve("home/state"), "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
                ProcessHandle.current().info().command().orElseThrow(), "--enable-native-access=ALL-UNNAMED",
                "-Xshare:auto", "-cp", classPath(), mainClass));
        command.addAll(List.of(args));
        command.addFirst("setpriv");
        List<String> argv = new ArrayList<>(ExecWrapper.wrap(cgroups.stream().map(LinuxLaunching::enter).toList(),
                "/usr/bin/setpriv", command));
        argv.set(0, ExecWrapper.SHELL);
        Process p = new ProcessBuilder(argv).directory(work.toFile())
                .redirectOutput(work.resolve("out").toFile()).redirectError(work.resolve("err").toFile()).start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
        }
        return new Run(p.exitValue(), Files.readString(work.resolve("out")), Files.readString(work.resolve("err")));
    }

    @Override
    public void close() throws IOException {
        for (Path c : cgroups) {
            endEverythingIn(c);
        }
        LaunchCleanup.reapZombies(Platform.current().launcher().rootPids(), since);
        for (Path c : cgroups.reversed()) {
            removeTree(c);
        }
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private void delegate(Path cgroup, Set<String> files) throws IOException {
        Files.createDirectory(cgroup);
        cgroups.add(cgroup);
        chown(cgroup);
        for (String f : files) {
            if (Files.exists(cgroup.resolve(f))) {
                chown(cgroup.resolve(f));
            }
        }
    }

    private void chown(Path p) throws IOException {
        UserPrincipalLookupService users = p.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(p, users.lookupPrincipalByName(Integer.toString(UID)));
        Files.getFileAttributeView(p, PosixFileAttributeView.class)
                .setGroup(users.lookupPrincipalByGroupName(Integer.toString(UID)));
    }

    /** Copies this JVM's class path where the user can read it. */
    private void copyClassPath() throws IOException {
        Path cp = Files.createDirectory(work.resolve("cp"));
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = cp.resolve(i++ + "-" + from.getFileName());
            try (Stream<Path> tree = Files.walk(from)) {
                for (Path p : tree.toList()) {
                    Files.copy(p, to.resolve(from.relativize(p).toString()));
                }
            }
        }
    }

    private String classPath() throws IOException {
        try (Stream<Path> entries = Files.list(work.resolve("cp"))) {
            return String.join(File.pathSeparator, entries.sorted().map(Path::toString).toList());
        }
    }

    /** For an after-each: fails if a run left a process in the cgroups, and removes everything either way. */
    public void closeCheckingNothingLeft() throws IOException {
        try {
            assertThat(leftovers()).as("processes left in the delegated cgroups").isEmpty();
        } finally {
            close();
        }
    }

    /** The processes still in the delegated cgroups or below them: what a run left behind. */
    public List<Integer> leftovers() throws IOException {
        List<Integer> pids = new ArrayList<>();
        for (Path c : cgroups) {
            pids.addAll(processesIn(c));
        }
        return pids.stream().distinct().toList();
    }

    private static List<Integer> processesIn(Path cgroup) throws IOException {
        List<Integer> pids = new ArrayList<>();
        if (Files.exists(cgroup)) {
            try (Stream<Path> tree = Files.walk(cgroup)) {
                tree.filter(p -> p.getFileName().toString().equals("cgroup.procs"))
                        .forEach(p -> pids.addAll(CgroupV2.pids(p.getParent())));
            }
        }
        return pids;
    }

    /** SIGKILLs every process still in {@code cgroup} or below it (only the fixture's), until none is left. */
    private void endEverythingIn(Path cgroup) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Integer> pids = processesIn(cgroup);
            if (pids.isEmpty()) {
                return;
            }
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            LaunchCleanup.reapZombies(Platform.current().launcher().rootPids(), since);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("processes left in " + cgroup);
    }

    private static void removeTree(Path cgroup) throws IOException {
        if (!Files.exists(cgroup)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(cgroup)) {
            for (Path dir : tree.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(dir);
            }
        }
    }
}
