package dev.progeny.probes.posix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserNamesTest {
    private final UserNames names = new UserNames();

    @Test
    void rootIsRoot() {
        assertThat(names.nameOf(0)).isEqualTo("root");
    }

    @Test
    void aUidWithoutANameShowsAsItsNumber() {
        assertThat(names.nameOf(1_999_999)).isEqualTo("1999999");
    }

    @Test
    void anUnknownUidIsAQuestionMark() {
        assertThat(names.nameOf(-1)).isEqualTo("?");
    }
}
