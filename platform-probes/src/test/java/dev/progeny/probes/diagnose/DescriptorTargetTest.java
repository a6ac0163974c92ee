package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptorTargetTest {

    @Test
    void pipesAndSocketsCarryTheirInode() {
        assertThat(DescriptorTarget.parse("pipe:[26853]")).isEqualTo(new DescriptorTarget.Pipe(26853));
        assertThat(DescriptorTarget.parse("socket:[27721]")).isEqualTo(new DescriptorTarget.Socket(27721));
    }

    @Test
    void anonymousInodesLoseTheirBrackets() {
        assertThat(DescriptorTarget.parse("anon_inode:[eventpoll]")).isEqualTo(new DescriptorTarget.AnonInode("eventpoll"));
        assertThat(DescriptorTarget.parse("anon_inode:inotify")).isEqualTo(new DescriptorTarget.AnonInode("inotify"));
    }

    @Test
    void pathsMayBeDeletedOrTerminals() {
        assertThat(DescriptorTarget.parse("/tmp/x (deleted)")).isEqualTo(new DescriptorTarget.Path("/tmp/x", true));
        assertThat(DescriptorTarget.parse("/dev/pts/3")).isInstanceOfSatisfying(DescriptorTarget.Path.class,
                p -> assertThat(p.isTerminal()).isTrue());
        assertThat(DescriptorTarget.parse("/dev/null")).isInstanceOfSatisfying(DescriptorTarget.Path.class,
                p -> assertThat(p.isTerminal()).isFalse());
    }

    @Test
    void textGivesBackTheLink() {
        for (String link : new String[] {"pipe:[1]", "socket:[2]", "anon_inode:[eventfd]", "/a b (deleted)"}) {
            assertThat(DescriptorTarget.parse(link).text()).isEqualTo(link.replace("[eventfd]", "eventfd"));
        }
    }
}
