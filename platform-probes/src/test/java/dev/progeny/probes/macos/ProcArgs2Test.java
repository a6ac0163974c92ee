package dev.progeny.probes.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.posix.CmdlineParser;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** KERN_PROCARGS2 layout: int argc, exec path, NUL padding, argv strings, env strings. */
class ProcArgs2Test {

    private static ByteBuffer layout(int argc, String execPath, int padding, String... strings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer argcBytes = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, argc);
        out.writeBytes(argcBytes.array());
        out.writeBytes(execPath.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[1 + padding]);
        for (String s : strings) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        return ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void parsesArgcExecPathArgvAndEnvironmentWithTheLaunchTag() {
        ByteBuffer buf = layout(3, "/bin/sleep", 5, "sleep", "60", "--", "HOME=/Users/a",
                "PROGENY_LAUNCH=launch-7", "");

        ProcArgs2 args = ProcArgs2.parse(buf);

        assertThat(args.argc()).isEqualTo(3);
        assertThat(args.execPath()).isEqualTo("/bin/sleep");
        assertThat(args.argv()).containsExactly("sleep", "60", "--");
        assertThat(args.environment()).containsExactly("HOME=/Users/a", "PROGENY_LAUNCH=launch-7");
        assertThat(CmdlineParser.variable(args.environment(), "PROGENY_LAUNCH")).contains("launch-7");
    }

    @Test
    void stopsTheEnvironmentAtTheFirstEmptyString() {
        // After the environment xnu may place more strings (the "apple" vector) behind a NUL.
        ByteBuffer buf = layout(1, "/usr/bin/true", 0, "true", "A=1", "", "executable_path=/usr/bin/true");

        assertThat(ProcArgs2.parse(buf).environment()).containsExactly("A=1");
    }

    @Test
    void anArgumentMayBeEmpty() {
        ByteBuffer buf = layout(3, "/bin/echo", 2, "echo", "", "x", "A=1");

        assertThat(ProcArgs2.parse(buf).argv()).containsExactly("echo", "", "x");
    }

    @Test
    void anOmittedEnvironmentGivesAnEmptyList() {
        ByteBuffer buf = layout(2, "/usr/libexec/secure", 3, "secure", "-d");

        ProcArgs2 args = ProcArgs2.parse(buf);
        assertThat(args.argv()).containsExactly("secure", "-d");
        assertThat(args.environment()).isEmpty();
    }

    @Test
    void aTruncatedBufferKeepsWhatIsPresent() {
        ByteBuffer full = layout(3, "/bin/sh", 1, "sh", "-c", "sleep 1");
        ByteBuffer cut = full.slice(0, full.limit() - 4).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(ProcArgs2.parse(cut).argv()).containsExactly("sh", "-c", "slee");
    }

    @Test
    void rejectsABufferTooShortForArgcAndANegativeArgc() {
        assertThatThrownBy(() -> ProcArgs2.parse(ByteBuffer.allocate(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcArgs2.parse(layout(-1, "/x", 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
