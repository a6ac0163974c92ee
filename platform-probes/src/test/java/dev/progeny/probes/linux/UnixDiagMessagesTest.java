package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.diagnose.UnixSocket;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class UnixDiagMessagesTest {
    /**
     * Captured on this machine (Linux 6.18, x86-64, little-endian) from a python holding a
     * socketpair (inodes 11067816, 11067817), a listener on the abstract address
     * {@code progeny-test} (11067818), a client connected to it (11067819) and the socket the
     * listener accepted (11067820). Requests as python sent them (and the kernel answered).
     */
    private static final String REQUEST_ONE = "2800000014000100070000000000000001000000ffffffffa8e1a80005000000ffffffffffffffff";
    private static final String REQUEST_DUMP = "2800000014000103080000000000000001000000ffffffff0000000005000000ffffffffffffffff";
    private static final String ANSWER_PAIR_END = "300000001400000007000000393c000001010100a8e1a800012000000000000008000200a9e1a800"
            + "0500060000000000";
    private static final String ANSWER_ACCEPTED = "440000001400000009000000393c000001010100ace1a8000220000000000000110000000070726f"
            + "67656e792d7465737400000008000200abe1a8000500060000000000";
    private static final String ANSWER_NO_SUCH_INODE = "3c000000020000000a000000393c0000feffffff28000000140001000a0000000000000001000000"
            + "ffffffff0100000005000000ffffffffffffffff";
    private static final String DUMP_FIRST = "30000000140002000b000000393c000001010100a8e1a800012000000000000008000200a9e1a800"
            + "050006000000000030000000140002000b000000393c000001010100abe1a800032000000000000008000200ace1a8000500060000"
            + "00000030000000140002000b000000393c000001010100a9e1a800042000000000000008000200a8e1a80005000600000000003000"
            + "0000140002000b000000393c000001010100a8040000020000000000000008000200a7040000050006000000000030000000140002"
            + "000b000000393c000001010100a7040000030000000000000008000200a8040000050006000000000044000000140002000b000000"
            + "393c000001010100ace1a8000220000000000000110000000070726f67656e792d7465737400000008000200abe1a8000500060000"
            + "0000003c000000140002000b000000393c000001010a00aae1a8000520000000000000110000000070726f67656e792d7465737400"
            + "00000500060000000000";
    private static final String DUMP_DONE = "14000000030002000b000000393c000000000000";

    private static UnixDiagMessages.Answer decode(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        return UnixDiagMessages.decode(ByteBuffer.wrap(bytes), bytes.length);
    }

    private static String hex(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return HexFormat.of().formatHex(out);
    }

    @Test
    void requestsAskForNameAndPeerOfOneInodeOrOfAll() {
        assertThat(hex(UnixDiagMessages.request(7, 11067816))).isEqualTo(REQUEST_ONE);
        assertThat(hex(UnixDiagMessages.request(8, 0))).isEqualTo(REQUEST_DUMP);
    }

    @Test
    void aSocketpairEndNamesItsPeerAndNoAddress() {
        UnixDiagMessages.Answer a = decode(ANSWER_PAIR_END);
        assertThat(a.sockets()).containsExactly(new UnixSocket(11067816, OptionalLong.of(11067817), Optional.empty()));
        assertThat(a.errno()).isZero();
    }

    @Test
    void anAcceptedSocketCarriesItsListenersAbstractAddress() {
        assertThat(decode(ANSWER_ACCEPTED).sockets())
                .containsExactly(new UnixSocket(11067820, OptionalLong.of(11067819), Optional.of("@progeny-test")));
    }

    @Test
    void aPathAddressEndsAtItsNul() {
        String path = ANSWER_ACCEPTED.replace("0070726f67656e792d74657374", "2f746d702f70726f67656e7900");
        assertThat(decode(path).sockets().getFirst().name()).contains("/tmp/progeny");
    }

    @Test
    void anInodeOfNoUnixSocketIsAnErrorAnswerWithEnoent() {
        UnixDiagMessages.Answer a = decode(ANSWER_NO_SUCH_INODE);
        assertThat(a.done()).isTrue();
        assertThat(a.errno()).isEqualTo(LinuxErrors.ENOENT);
        assertThat(a.sockets()).isEmpty();
    }

    @Test
    void aDumpListsEverySocketThenEndsWithDone() {
        UnixDiagMessages.Answer first = decode(DUMP_FIRST);
        assertThat(first.done()).isFalse();
        assertThat(first.sockets()).hasSize(7).extracting(UnixSocket::inode)
                .contains(11067816L, 11067817L, 11067818L, 11067819L, 11067820L);
        assertThat(first.sockets()).filteredOn(s -> s.inode() == 11067818).singleElement()
                .as("the listener has an address and no peer")
                .isEqualTo(new UnixSocket(11067818, OptionalLong.empty(), Optional.of("@progeny-test")));
        assertThat(first.sockets()).filteredOn(s -> s.inode() == 11067819).singleElement()
                .as("the client has a peer and no address")
                .isEqualTo(new UnixSocket(11067819, OptionalLong.of(11067820), Optional.empty()));
        UnixDiagMessages.Answer done = decode(DUMP_DONE);
        assertThat(done.done()).isTrue();
        assertThat(done.errno()).isZero();
    }

    @Test
    void aTruncatedMessageOrAttributeIsRefused() {
        assertThatThrownBy(() -> decode(ANSWER_PAIR_END.substring(0, 80))).isInstanceOf(IllegalArgumentException.class);
        // The last attribute (UNIX_DIAG_SHUTDOWN) claims 9 bytes where the message has 8 left.
        assertThatThrownBy(() -> decode(ANSWER_PAIR_END.replace("0500060000000000", "0900060000000000")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
