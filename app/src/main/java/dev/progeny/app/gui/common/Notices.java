package dev.progeny.app.gui.common;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's one place for messages: every feature posts its results, errors, alarms and
 * banners here, newest first, and the notification area shows them without moving the tree. At
 * most {@link #KEEP} are kept. FX thread only.
 */
public final class Notices {
    /** A session's worth of results; older ones go. */
    public static final int KEEP = 200;

    private final ObservableList<Notice> all = FXCollections.observableArrayList();

    /** Adds {@code notice} on top, or replaces the live notice with its key where it stands. */
    public void post(Notice notice) {
        if (notice.key().isPresent()) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).key().equals(notice.key())) {
                    all.set(i, notice);
                    return;
                }
            }
        }
        all.addFirst(notice);
        if (all.size() > KEEP) {
            all.remove(KEEP, all.size());
        }
    }

    public void dismiss(Notice notice) {
        all.remove(notice);
    }

    /** The live notice posted with {@code key}, if it is still there. */
    public Optional<Notice> find(String key) {
        return all.stream().filter(n -> n.key().filter(key::equals).isPresent()).findFirst();
    }

    /** Newest first. */
    public ObservableList<Notice> all() {
        return all;
    }
}
