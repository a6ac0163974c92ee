package dev.progeny.app.leftovers;

import dev.progeny.app.log.UserDirs;
import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.launch.Launch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which launches each Progeny made, one file per Progeny process ({@code <pid>@<start time>.tsv}
 * in {@code launches/} of the user's state directory), one line per launch. A Progeny that is
 * killed cannot say what it leaves; the next one reads these files, and the owner's pid and start
 * time say whether that Progeny still runs (and watches its launches) or is gone. Any OS;
 * thread-safe (appends are whole lines).
 */
public final class LaunchJournal {
    /** Overrides the directory (tests). */
    public static final String DIR_PROPERTY = "progeny.journalDir";
    private static final System.Logger LOG = System.getLogger(LaunchJournal.class.getName());
    private static final Pattern FILE = Pattern.compile("(\\d+)@(\\d+)\\.tsv");

    private final Path dir;
    private ProcessKey self;

    public LaunchJournal(Path dir) {
        this.dir = dir;
    }

    /** {@value #DIR_PROPERTY}, else {@code launches/} in the user's state directory. */
    public static LaunchJournal atDefaultLocation() {
        String override = System.getProperty(DIR_PROPERTY);
        return new LaunchJournal(override != null && !override.isBlank() ? Path.of(override)
                : UserDirs.current().state().resolve("launches"));
    }

    public Path directory() {
        return dir;
    }

    /**
     * Reads who this Progeny is (its pid and start time, as {@code table} gives them: a blocking
     * read of the table), so that {@link #record} is one append. Call it before launching: a
     * Progeny killed right after a launch must already have written it down.
     */
    public synchronized void prepare(ProcessTable table) {
        if (self == null) {
            int pid = (int) ProcessHandle.current().pid();
            try {
                self = table.snapshot().process(pid).map(ProcessInfo::key).orElse(null);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot read Progeny's own start time for the launch journal", e);
            }
        }
    }

    /** Writes down {@code launch} as a launch of this Progeny; a failure is logged, never fatal. */
    public void record(Launch launch, ProcessTable table) {
        prepare(table);
        ProcessKey owner;
        synchronized (this) {
            owner = self;
        }
        if (owner != null) {
            record(owner, new JournalEntry(launch.id(), launch.root(), launch.family().cgroup(),
                    LaunchLabel.of(launch.spec())));
        }
    }

    /** Writes down {@code entry} as a launch of the Progeny {@code owner}; a failure is logged, never fatal. */
    public synchronized void record(ProcessKey owner, JournalEntry entry) {
        String line = String.join("\t", escape(entry.id()), Integer.toString(entry.root().pid()),
                Long.toString(entry.root().startTime()), escape(entry.cgroup().map(Path::toString).orElse("")),
                escape(entry.command())) + "\n";
        try {
            Files.createDirectories(dir);
            Files.writeString(file(owner), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write the launch journal " + file(owner), e);
        }
    }

    /** Every Progeny's launches, by owner; unreadable files and lines are skipped (and logged). */
    public synchronized Map<ProcessKey, List<JournalEntry>> read() {
        Map<ProcessKey, List<JournalEntry>> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.tsv")) {
            for (Path f : files) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.put(new ProcessKey(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))), entries(f));
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the launch journal " + dir, e);
        }
        return out;
    }

    /** Forgets the launches of {@code owner} (a Progeny that is gone and left nothing alive). */
    public synchronized void forget(ProcessKey owner) {
        try {
            Files.deleteIfExists(file(owner));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove " + file(owner), e);
        }
    }

    private Path file(ProcessKey owner) {
        return dir.resolve(owner.pid() + "@" + owner.startTime() + ".tsv");
    }

    private static List<JournalEntry> entries(Path file) throws IOException {
        List<JournalEntry> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                LOG.log(System.Logger.Level.WARNING, "skipping a malformed line in " + file + ": " + line);
                continue;
            }
            try {
                String cgroup = unescape(f[3]);
                out.add(new JournalEntry(unescape(f[0]), new ProcessKey(Integer.parseInt(f[1]), Long.parseLong(f[2])),
                        cgroup.isEmpty() ? Optional.empty() : Optional.of(Path.of(cgroup)), unescape(f[4])));
            } catch (NumberFormatException e) {
                LOG.log(System.Logger.Level.WARNING, "skipping a malformed line in " + file + ": " + line);
            }
        }
        return out;
    }

    /** Backslash, tab and newline as {@code \\}, {@code \t}, {@code \n}: one launch per line, fields by tab. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
