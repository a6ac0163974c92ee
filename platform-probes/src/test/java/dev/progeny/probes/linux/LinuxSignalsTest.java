package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.Signal;
import dev.progeny.probes.SignalTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinuxSignalsTest {
    private final SignalTable linux = LinuxSignals.TABLE;

    @Test
    void parsesNamesAndNumbers() {
        assertThat(linux.parse("TERM")).contains(Signal.TERM);
        assertThat(linux.parse("sigkill")).contains(Signal.KILL);
        assertThat(linux.parse("19")).contains(Signal.STOP);
        assertThat(linux.parse("17")).contains(Signal.CHLD);
        assertThat(linux.parse("16")).contains(Signal.STKFLT);
        assertThat(linux.parse("SIGPWR")).contains(Signal.PWR);
        assertThat(linux.parse("BOGUS")).isEmpty();
        assertThat(linux.parse("99")).isEmpty();
        assertThat(linux.parse("EMT")).as("SIGEMT is the BSDs'").isEmpty();
        assertThat(linux.number(Signal.CONT)).isEqualTo(18);
    }

    /** The standard signals are exactly what bash's {@code kill -l} lists below 32, under the same names. */
    @Test
    void standardSignalsAreWhatTheShellKnows() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash is not installed");
        Process p = new ProcessBuilder(bash.toString(), "-c", "kill -l").redirectErrorStream(true).start();
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Map<Integer, String> shell = new TreeMap<>();
        Matcher m = Pattern.compile("(\\d+)\\) SIG(\\w+)").matcher(listing);
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            if (number < 32) {
                shell.put(number, m.group(2));
            }
        }
        Map<Integer, String> ours = new TreeMap<>();
        for (Signal s : Signal.values()) {
            if (linux.has(s)) {
                ours.put(linux.number(s), s.name());
            }
        }
        assertThat(ours).isEqualTo(shell);
    }

    @Test
    void realTimeSignalsAreRecognisedButNotParsed() {
        for (String rt : new String[] {"32", "34", "64", "RTMIN", "SIGRTMIN+2", "rtmax-1"}) {
            assertThat(linux.parse(rt)).as(rt).isEmpty();
            assertThat(linux.isRealTime(rt)).as(rt).isTrue();
        }
        for (String other : new String[] {"31", "65", "TERM", "RTFOO", "99999999999"}) {
            assertThat(linux.isRealTime(other)).as(other).isFalse();
        }
    }
}
