package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;

/**
 * The tree's columns: name, PID, PPID, PGID, SID, TPGID, state, user, CPU %, RSS, threads,
 * started, command line. Each shows one field of {@link RowData} and sorts by its value.
 * FX thread only.
 */
final class ProcessColumns {
    private ProcessColumns() {
    }

    static List<TreeTableColumn<ProcessRow, RowData>> create() {
        GroupColours stripes = new GroupColours(ProcessTreeStyles.GROUP_STRIPES.size());
        return List.of(
                column("Name", 260, NameCell::new, Comparator.comparing(RowData::name, String.CASE_INSENSITIVE_ORDER)),
                number("PID", 70, ProcessInfo::pid),
                number("PPID", 70, ProcessInfo::ppid),
                column("PGID", 84, () -> new LeaderCell(ProcessInfo::pgid, ProcessInfo::isGroupLeader,
                        ProcessTreeStyles.GROUP_LEADER_MARK, stripes), byInt(ProcessInfo::pgid)),
                column("SID", 84, () -> new LeaderCell(ProcessInfo::sid, ProcessInfo::isSessionLeader,
                        ProcessTreeStyles.SESSION_LEADER_MARK, null), byInt(ProcessInfo::sid)),
                number("TPGID", 60, ProcessInfo::tpgid),
                text("State", 168, RowData::status, false),
                text("User", 70, RowData::user, false),
                column("CPU %", 64, () -> new TextCell(d -> Formats.percent(d.cpuPercent()), true),
                        Comparator.comparingDouble(RowData::cpuPercent)),
                column("RSS", 80, () -> new TextCell(d -> d.process() == null ? "" : Formats.bytes(d.process().rssBytes()), true),
                        byLong(d -> d.process() == null ? 0 : d.process().rssBytes())),
                number("Threads", 66, ProcessInfo::threads),
                column("Started", 90, () -> new TextCell(d -> d.process() == null ? "" : Formats.started(d.process().startEpochMillis()), false),
                        byLong(d -> d.process() == null ? 0 : d.process().startEpochMillis())),
                text("Command line", 600, RowData::command, false));
    }

    private static TreeTableColumn<ProcessRow, RowData> number(String title, double width, ToIntFunction<ProcessInfo> field) {
        return column(title, width, () -> new TextCell(d -> d.process() == null ? "" : Integer.toString(field.applyAsInt(d.process())), true),
                byInt(field));
    }

    private static TreeTableColumn<ProcessRow, RowData> text(String title, double width, Function<RowData, String> field, boolean number) {
        return column(title, width, () -> new TextCell(field, number), Comparator.comparing(field));
    }

    private static Comparator<RowData> byInt(ToIntFunction<ProcessInfo> field) {
        return Comparator.comparingInt(d -> d.process() == null ? Integer.MIN_VALUE : field.applyAsInt(d.process()));
    }

    private static Comparator<RowData> byLong(ToLongFunction<RowData> field) {
        return Comparator.comparingLong(field);
    }

    private static TreeTableColumn<ProcessRow, RowData> column(String title, double width,
                                                               Supplier<TreeTableCell<ProcessRow, RowData>> cell,
                                                               Comparator<RowData> order) {
        TreeTableColumn<ProcessRow, RowData> c = new TreeTableColumn<>(title);
        c.setId("column-" + title.toLowerCase(Locale.ROOT).replace(' ', '-').replace("%", "pct"));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> f.getValue().getValue() == null ? null : f.getValue().getValue().dataProperty());
        c.setCellFactory(col -> cell.get());
        c.setComparator(order);
        return c;
    }
}
