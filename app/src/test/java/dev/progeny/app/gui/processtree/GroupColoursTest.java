package dev.progeny.app.gui.processtree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupColoursTest {
    private final GroupColours colours = new GroupColours(10);

    @Test
    void groupsOnScreenTogetherGetDistinctColoursWhateverTheirIds() {
        // pgid mod 8 gave 100, 108 and 116 one colour; on screen together they must differ.
        Set<Integer> seen = new HashSet<>();
        for (int pgid : new int[] {100, 108, 116, 124, 7, 15, 23, 31, 39, 47}) {
            assertThat(seen.add(colours.show(pgid))).as("colour of group %d", pgid).isTrue();
        }
    }

    @Test
    void aGroupKeepsItsColourWhileShownAndANewcomerTakesAFreeOne() {
        int a = colours.show(100);
        int b = colours.show(200);
        assertThat(colours.show(100)).isEqualTo(a);
        colours.hide(100);
        assertThat(colours.show(300)).as("100 is still shown by one cell").isNotIn(a, b);
        colours.hide(100);
        int d = colours.show(400);
        assertThat(d).isNotEqualTo(b);
        assertThat(colours.show(100)).as("back on screen, its old colour is taken: another free one").isNotIn(b, d);
    }
}
