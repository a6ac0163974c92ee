package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.linux.ProcConnectorMessages.Ack;
import dev.progeny.probes.linux.ProcConnectorMessages.Event;
import dev.progeny.probes.linux.ProcConnectorMessages.Exec;
import dev.progeny.probes.linux.ProcConnectorMessages.Exit;
import dev.progeny.probes.linux.ProcConnectorMessages.Fork;
import dev.progeny.probes.linux.ProcConnectorMessages.Other;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcConnectorMessagesTest {
    /**
     * Datagrams captured on this machine (Linux 6.18, x86-64, little-endian) while python (pid
     * 558) ran {@code sh -c 'sleep 5 & kill -9 $!; wait; exit 3'} and started a thread.
     */
    private static final String ACK = "4c000000030000009c0c02000000000001000000010000009c0c020001000000280000000000"
            + "000001000000821bd59eb0010000000000000000000000000000000000000000000000000000";
    private static final String FORK_SH = "4c000000030000009d0c02000000000001000000010000009d0c020000000000280000000100"
            + "0000010000002f92d89eb00100002e0200002e020000a2050000a20500000000000000000000";
    private static final String EXEC_SH = "4c000000030000009e0c02000000000001000000010000009e0c020000000000280000000200"
            + "000001000000439b0e9fb0010000a2050000a205000000000000000000000000000000000000";
    private static final String EXIT_KILLED = "4c00000003000000a40c0200000000000100000001000000a40c020000000000280000000000"
            + "008001000000c98f66a0b0010000a4050000a40500000900000011000000a2050000a2050000";
    private static final String EXIT_3 = "4c00000003000000a60c0200000000000100000001000000a60c020000000000280000000000"
            + "0080010000002fc89ba0b0010000a2050000a205000000030000110000002e0200002e020000";
    private static final String EXIT_THREAD = "4c00000003000000a90c0200000000000100000001000000a90c020000000000280000000000"
            + "008001000000798e6ca1b0010000aa0500002e02000000000000ffffffff0000000000000000";

    private static List<Event> decode(String... hex) {
        byte[] all = HexFormat.of().parseHex(String.join("", hex));
        return ProcConnectorMessages.decode(ByteBuffer.wrap(all), all.length);
    }

    @Test
    void decodesCapturedAckForkExecAndExits() {
        assertThat(decode(ACK)).containsExactly(new Ack(1, 0x20c9c, 0x1b09ed51b82L, 1, 0));
        assertThat(decode(FORK_SH)).containsExactly(new Fork(1, 0x20c9d, 0x1b09ed8922fL, 558, 1442, 1442));
        assertThat(decode(EXEC_SH)).containsExactly(new Exec(1, 0x20c9e, 0x1b09f0e9b43L, 1442, 1442));
        assertThat(decode(EXIT_KILLED)).containsExactly(new Exit(1, 0x20ca4, 0x1b0a0668fc9L, 1444, 1444, 9, 17));
        assertThat(decode(EXIT_3)).containsExactly(new Exit(1, 0x20ca6, 0x1b0a09bc82fL, 1442, 1442, 0x300, 17));
        assertThat(decode(EXIT_THREAD)).containsExactly(new Exit(1, 0x20ca9, 0x1b0a16c8e79L, 1450, 558, 0, -1));
    }

    @Test
    void decodesSeveralMessagesInOneDatagram() {
        assertThat(decode(FORK_SH, EXEC_SH)).extracting(Event::seq).containsExactly(0x20c9dL, 0x20c9eL);
    }

    @Test
    void decodesAHandBuiltThreadForkAndKeepsOtherEventsForTheirSequence() {
        assertThat(decode(message(1, 0x1, 7, 300, 300, 301, 300)))
                .containsExactly(new Fork(3, 7, 1234, 300, 301, 300));
        assertThat(decode(message(1, 0x80, 8, 300, 300))).containsExactly(new Other(3, 8, 1234, 0x80));
    }

    @Test
    void skipsOtherConnectorsAndRefusesTruncatedMessages() {
        assertThat(decode(message(2, 0x1, 7, 300, 300, 301, 301))).isEmpty();
        String fork = FORK_SH.substring(0, FORK_SH.length() - 8);
        assertThatThrownBy(() -> decode(fork)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theListenRequestIsANetlinkMessageForTheProcConnector() {
        ByteBuffer b = ProcConnectorMessages.listenRequest(0x01020304).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(HexFormat.of().formatHex(b.array()))
                .isEqualTo("28000000" + "0300" + "0000" + "00000000" + "00000000"
                        + "01000000" + "01000000" + "00000000" + "04030201" + "0400" + "0000" + "01000000");
    }

    /** One netlink message of connector {@code idx} holding a proc_event, laid out as cn_proc.h defines, on CPU 3. */
    private static String message(int idx, int what, int seq, int... data) {
        ByteBuffer b = ByteBuffer.allocate(76).order(ByteOrder.nativeOrder());
        b.putInt(76).putShort((short) 3).putShort((short) 0).putInt(seq).putInt(0);
        b.putInt(idx).putInt(1).putInt(seq).putInt(0).putShort((short) 40).putShort((short) 0);
        b.putInt(what).putInt(3).putLong(1234);
        for (int d : data) {
            b.putInt(d);
        }
        return HexFormat.of().formatHex(b.array());
    }
}
