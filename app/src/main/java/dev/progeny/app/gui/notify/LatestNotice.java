package dev.progeny.app.gui.notify;

import dev.progeny.app.gui.common.Notice;
import dev.progeny.app.gui.common.Notices;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/**
 * The status bar's echo of the newest message, one line; a click shows it in the notification
 * area, where it stands in full. FX thread only; every OS.
 */
public final class LatestNotice extends Label {

    public LatestNotice(Notices notices, NoticesView area) {
        setId(NotifyStyles.LATEST_ID);
        setMinWidth(0);
        getStyleClass().add(NotifyStyles.LATEST);
        notices.all().addListener((ListChangeListener<Notice>) c -> show(notices.all().isEmpty() ? null : notices.all().getFirst()));
        setOnMouseClicked(e -> {
            if (!notices.all().isEmpty()) {
                area.reveal(notices.all().getFirst());
            }
        });
    }

    private void show(Notice notice) {
        for (Notice.Severity s : Notice.Severity.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(s.word().toLowerCase(Locale.ROOT)),
                    notice != null && notice.severity() == s);
        }
        setText(notice == null ? "" : notice.severity().sign() + " " + notice.summary());
    }
}
