package dev.progeny.app.gui.processtree;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives each process group shown on screen a colour stripe of its own: a group keeps its colour
 * while any cell shows it, a new group takes a colour no shown group has (the one free the
 * longest), and colours repeat only when more groups than colours are on screen at once. The
 * cells tell it what they show. FX thread only.
 */
final class GroupColours {
    /** Groups gone from the screen keep their colour for a later return, up to this many remembered. */
    private static final int FORGET_AFTER = 4096;

    private final int colours;
    private final Map<Integer, Integer> colourOf = new HashMap<>();
    private final Map<Integer, Integer> shownBy = new HashMap<>();
    private final int[] groupsUsing;
    private final long[] freeSince;
    private long clock;

    GroupColours(int colours) {
        this.colours = colours;
        this.groupsUsing = new int[colours];
        this.freeSince = new long[colours];
    }

    /** A cell now shows {@code pgid}: its colour. */
    int show(int pgid) {
        if (shownBy.merge(pgid, 1, Integer::sum) == 1) {
            Integer kept = colourOf.get(pgid);
            int colour = kept != null && groupsUsing[kept] == 0 ? kept : pick();
            if (colourOf.size() > FORGET_AFTER) {
                colourOf.keySet().retainAll(shownBy.keySet());
            }
            colourOf.put(pgid, colour);
            groupsUsing[colour]++;
        }
        return colourOf.get(pgid);
    }

    /** A cell no longer shows {@code pgid}. */
    void hide(int pgid) {
        Integer n = shownBy.get(pgid);
        if (n == null) {
            return;
        }
        if (n > 1) {
            shownBy.put(pgid, n - 1);
            return;
        }
        shownBy.remove(pgid);
        int colour = colourOf.get(pgid);
        if (--groupsUsing[colour] == 0) {
            freeSince[colour] = ++clock;
        }
    }

    /** A colour no shown group has, free the longest; else the one the fewest shown groups share. */
    private int pick() {
        int best = -1;
        for (int c = 0; c < colours; c++) {
            if (groupsUsing[c] == 0 && (best < 0 || freeSince[c] < freeSince[best])) {
                best = c;
            }
        }
        if (best >= 0) {
            return best;
        }
        best = 0;
        for (int c = 1; c < colours; c++) {
            if (groupsUsing[c] < groupsUsing[best]) {
                best = c;
            }
        }
        return best;
    }
}
