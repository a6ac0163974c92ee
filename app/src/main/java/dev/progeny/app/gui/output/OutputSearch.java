package dev.progeny.app.gui.output;

import dev.progeny.app.gui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A search over the whole output of one launch, earlier lines included: the spill file is read in
 * the background, then each new line is checked as it comes. Matches are line numbers (0 is the
 * launch's first line). Going to a match in the window selects it there; going to one before the
 * window shows a page of the spill file around it. A search that finds nothing says so. FX thread
 * only, except the file reads it hands to the executor.
 */
public final class OutputSearch {
    /** A page of earlier output read from the spill file. */
    public record Page(long first, List<OutputLine> lines) {
    }

    static final int MAX_MATCHES = 100_000;
    static final int PAGE = 400;

    private final OutputViewModel output;
    private final SpillFile spill;
    private final TaskExecutor executor;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final List<Long> matches = new ArrayList<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyObjectWrapper<Long> current = new ReadOnlyObjectWrapper<>(this, "current");
    private int at = -1;
    private int generation;
    /** Lines from this number on are checked as they come; -1 while the file is being read. */
    private long checkedFrom;

    OutputSearch(OutputViewModel output, SpillFile spill, TaskExecutor executor) {
        this.output = output;
        this.spill = spill;
        this.executor = executor;
        query.addListener((obs, old, now) -> restart());
    }

    private String needle() {
        return query.get() == null ? "" : query.get().toLowerCase(Locale.ROOT);
    }

    private void restart() {
        matches.clear();
        at = -1;
        current.set(null);
        int mine = ++generation;
        if (needle().isEmpty()) {
            checkedFrom = 0;
            summary.set("");
            return;
        }
        checkedFrom = -1;
        summary.set("searching\u2026");
        String q = needle();
        executor.execute(() -> new Scan(spill.search(q, MAX_MATCHES), spill.lines()), scan -> {
            if (mine != generation) {
                return;
            }
            matches.addAll(scan.found());
            checkedFrom = Math.max(scan.lines(), output.firstLineProperty().get());
            // Lines kept after the file was read, and (without a spill file) the window itself.
            checkWindowFrom(checkedFrom);
            updateSummary();
        }, failure -> summary.set("search failed: " + failure.getMessage()));
    }

    private record Scan(List<Long> found, long lines) {
    }

    private void checkWindowFrom(long number) {
        List<OutputLine> window = output.lines();
        long first = output.firstLineProperty().get();
        String q = needle();
        for (long n = Math.max(number, first); n < first + window.size() && matches.size() < MAX_MATCHES; n++) {
            if (window.get((int) (n - first)).text().toLowerCase(Locale.ROOT).contains(q)) {
                matches.add(n);
            }
        }
        checkedFrom = first + window.size();
    }

    /** New lines reached the window (FX thread). */
    void appended(long first, List<OutputLine> lines) {
        if (needle().isEmpty() || checkedFrom < 0 || lines.isEmpty()) {
            return;
        }
        checkWindowFrom(Math.max(checkedFrom, first));
        updateSummary();
    }

    private void updateSummary() {
        if (matches.isEmpty()) {
            summary.set("no match");
            return;
        }
        String of = matches.size() >= MAX_MATCHES ? String.format(Locale.ROOT, "%,d+", MAX_MATCHES)
                : String.format(Locale.ROOT, "%,d", matches.size());
        long earlier = matches.stream().filter(n -> n < output.firstLineProperty().get()).count();
        summary.set((at < 0 ? "" : (at + 1) + " of ") + of + (at < 0 ? (matches.size() == 1 ? " match" : " matches") : "")
                + (earlier > 0 ? String.format(Locale.ROOT, " (%,d in earlier lines)", earlier) : ""));
    }

    /** Goes to the next match (wrapping); false when there is none. */
    public boolean next() {
        return go(1);
    }

    public boolean previous() {
        return go(-1);
    }

    private boolean go(int direction) {
        if (matches.isEmpty()) {
            return false;
        }
        at = Math.floorMod(at + direction, matches.size());
        long line = matches.get(at);
        updateSummary();
        if (line >= output.firstLineProperty().get()) {
            page.set(null);
            show(line);
            return true;
        }
        long from = Math.max(0, line - PAGE / 2);
        int mine = generation;
        executor.execute(() -> new Page(from, spill.read(from, PAGE)), read -> {
            if (mine == generation) {
                page.set(read);
                show(line);
            }
        }, failure -> summary.set("cannot read earlier lines: " + failure.getMessage()));
        return true;
    }

    /** Moves to {@code line} even when it is the current one already (the view scrolls back to it). */
    private void show(long line) {
        current.set(null);
        current.set(line);
    }

    /** Back to the live window (the newest lines). */
    public void backToLive() {
        page.set(null);
    }

    /** Whether line {@code number} matches. */
    public boolean isMatch(long number) {
        return Collections.binarySearch(matches, number) >= 0;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** "", "searching…", "no match", "3 of 15 (12 in earlier lines)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The earlier page shown instead of the window; null while the window (live) is shown. */
    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The number of the line of the current match; null before the first move. */
    public ReadOnlyObjectProperty<Long> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
