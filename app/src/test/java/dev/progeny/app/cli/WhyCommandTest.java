package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.SocketpairScript;
import dev.progeny.probes.testing.TestLaunches;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** {@code progeny why} on the issue's staged trees, as text and as JSON. */
class WhyCommandTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private TestLaunches launches;

    @BeforeEach
    void startLaunches(TestInfo info) {
        launches = new TestLaunches(Platform.current().launcher(), info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void endLaunches() throws InterruptedException {
        launches.close();
    }

    private Launch stage(String... argv) throws Exception {
        return launches.launch(LaunchSpec.of(argv));
    }

    private static ProcessInfo member(Launch launch, String name, Predicate<ProcessInfo> which) {
        return await().atMost(PATIENCE).until(() -> Platform.current().processTable().snapshot().subtree(launch.pid()).stream()
                .filter(p -> p.name().equals(name)).filter(which).findFirst().orElse(null), p -> p != null);
    }

    /** {@code why --json pid}, asked again until {@code settled} holds. */
    private static JsonNode why(int pid, Predicate<JsonNode> settled) {
        return await().atMost(PATIENCE).until(() -> {
            CliRun run = CliRun.of("why", "--json", Integer.toString(pid));
            assertThat(run.exitCode()).as(run.err()).isZero();
            try {
                return new ObjectMapper().readTree(run.out());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, settled::test);
    }

    private static Predicate<JsonNode> kind(String kind) {
        return j -> j.at("/waitingFor/kind").asText().equals(kind);
    }

    @Test
    void aWriterBlockedOnAFullPipeNamesItsReader() throws Exception {
        Launch launch = stage("/bin/sh", "-c", "yes | sleep 600");
        ProcessInfo sleep = member(launch, "sleep", p -> true);
        JsonNode why = why(member(launch, "yes", p -> true).pid(), kind("pipe-write"));

        JsonNode w = why.get("waitingFor");
        assertThat(w.get("fd").asInt()).isEqualTo(1);
        assertThat(w.get("pipe").asLong()).isPositive();
        assertThat(w.get("otherEnds")).extracting(JsonNode::asInt).containsExactly(sleep.pid());
        assertThat(w.get("full").asBoolean()).isTrue();
        assertThat(w.get("bytes").asLong()).isEqualTo(w.get("capacity").asLong());
        JsonNode reader = why.get("related").get(0);
        assertThat(reader.get("role").asText()).isEqualTo("reads-its-pipe");
        assertThat(reader.get("pid").asInt()).isEqualTo(sleep.pid());
        assertThat(reader.at("/waitingFor/kind").asText()).isEqualTo("sleep");
        assertThat(reader.at("/waitingFor/seconds").asDouble()).isEqualTo(600.0);
        assertThat(why.get("fds")).anySatisfy(fd -> assertThat(fd.get("target").asText()).startsWith("pipe:["));
        assertThat(why.get("container").isNull()).isTrue();
        assertThat(why.get("zombie").isNull()).isTrue();

        CliRun text = CliRun.of("why", Integer.toString(why.get("pid").asInt()));
        assertThat(text.out()).containsPattern("stdout → pipe \\d+ → read by " + sleep.pid()
                + " sleep \\(not reading: sleeping in clock_nanosleep\\)");
    }

    @Test
    void aReceiverOnASocketpairNamesWhoHoldsTheOtherEnd() throws Exception {
        assumeTrue(SocketpairScript.available(), "needs " + SocketpairScript.PYTHON);
        Launch launch = stage(SocketpairScript.argv().toArray(String[]::new));
        ProcessInfo child = member(launch, "python3", p -> p.ppid() == launch.pid());
        JsonNode why = why(child.pid(), j -> kind("socket").test(j) && j.at("/related/0/waitingFor/kind").asText().equals("sleep"));

        JsonNode w = why.get("waitingFor");
        assertThat(w.get("syscall").asText()).isEqualTo("recvfrom");
        assertThat(w.get("socket").asLong()).isPositive();
        assertThat(w.get("peer").asLong()).isPositive().isNotEqualTo(w.get("socket").asLong());
        assertThat(w.get("otherEnds")).extracting(JsonNode::asInt).containsExactly(launch.pid());
        assertThat(w.has("peerUnknown")).isFalse();
        assertThat(why.at("/related/0/role").asText()).isEqualTo("holds-its-sockets-peer");
        assertThat(why.at("/related/0/pid").asInt()).isEqualTo(launch.pid());
        assertThat(why.get("sockets")).extracting(JsonNode::asText).contains("fd " + w.get("fd").asInt() + " ↔ socketpair "
                + w.get("socket").asLong() + " ↔ " + w.get("peer").asLong() + ", other end held by " + launch.pid()
                + " python3 (not using it: sleeping in clock_nanosleep)");

        CliRun text = CliRun.of("why", Integer.toString(child.pid()));
        assertThat(text.out()).containsPattern("receiving on socket \\d+")
                .containsPattern("socket +fd \\d+ ↔ socketpair \\d+ ↔ \\d+, other end held by " + launch.pid() + " python3")
                .containsPattern("socket +fd \\d+ ↔ unix socket \\d+ ↔ \\d+ \\(@progeny-test-" + launch.pid() + "\\)")
                .contains(launch.pid() + " python3, holds the other end of its socket: sleeping ");
    }

    @Test
    void aReaderThatNeverReadsIsNamedWithTheSubshellHoldingTheReadEnd() throws Exception {
        Launch launch = stage("/bin/sh", "-c", "head -c 1000000 /dev/zero | (sleep 600; cat)");
        ProcessInfo sleep = member(launch, "sleep", p -> true);
        JsonNode why = why(member(launch, "head", p -> true).pid(), kind("pipe-write"));

        JsonNode w = why.get("waitingFor");
        assertThat(w.get("full").asBoolean()).isTrue();
        assertThat(w.get("otherEnds")).as("the subshell and its sleep").hasSize(2).extracting(JsonNode::asInt).contains(sleep.pid());
        assertThat(why.get("related")).anySatisfy(r -> {
            assertThat(r.get("pid").asInt()).isEqualTo(sleep.pid());
            assertThat(r.at("/waitingFor/kind").asText()).isEqualTo("sleep");
        });
    }

    @Test
    void aZombieNamesItsParentItsAgeAndItsSiblings() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/perl")), "needs perl");
        Launch launch = stage("/usr/bin/perl", "-e", "for (1..20) { exit 0 if fork() == 0 } sleep 600");
        ProcessInfo perl = member(launch, "perl", p -> !p.isZombie());
        ProcessInfo zombie = member(launch, "perl", ProcessInfo::isZombie);
        JsonNode why = why(zombie.pid(), j -> j.at("/zombie/seconds").asDouble() >= 1.0);

        assertThat(why.at("/waitingFor/kind").asText()).isEqualTo("zombie");
        assertThat(why.at("/zombie/parent").asInt()).isEqualTo(perl.pid());
        assertThat(why.at("/zombie/seconds").asDouble()).isLessThan(PATIENCE.toSeconds() + 5);
        JsonNode parent = why.get("related").get(0);
        assertThat(parent.get("role").asText()).isEqualTo("parent");
        assertThat(parent.at("/zombieChildren/count").asInt()).isEqualTo(20);
        assertThat(parent.at("/waitingFor/kind").asText()).isEqualTo("sleep");

        CliRun text = CliRun.of("why", Integer.toString(perl.pid()));
        assertThat(text.out()).containsPattern("parent " + perl.pid() + " perl is sleeping in clock_nanosleep and has not called wait: 20 zombies for [\\d.]+ s");
    }

    @Test
    void aShellWaitsForItsChild() throws Exception {
        Launch launch = stage("/bin/sh", "-c", "sleep 600; true");
        ProcessInfo sleep = member(launch, "sleep", p -> true);
        JsonNode why = why(launch.pid(), kind("child"));
        assertThat(why.at("/waitingFor/childPid").asInt()).isEqualTo(sleep.pid());
        assertThat(why.at("/related/0/role").asText()).isEqualTo("child-it-waits-for");
        assertThat(why.at("/related/0/pid").asInt()).isEqualTo(sleep.pid());
    }

    @Test
    void aDescriptorInheritedFromItsParentIsFlagged() throws Exception {
        Launch launch = stage("/bin/sh", "-c", "sh -c 'exec 3>&1 >/dev/null; sleep 600 & wait' | cat");
        ProcessInfo sleep = member(launch, "sleep", p -> true);
        JsonNode why = why(sleep.pid(), j -> j.get("inherited").size() > 0);
        assertThat(why.get("inherited")).anySatisfy(i -> {
            assertThat(i.get("fd").asInt()).isEqualTo(3);
            assertThat(i.get("from").asInt()).isEqualTo(sleep.ppid());
        });
        JsonNode cat = why(member(launch, "cat", p -> true).pid(), kind("pipe-read"));
        assertThat(cat.at("/waitingFor/otherEnds")).extracting(JsonNode::asInt).contains(sleep.pid());
        assertThat(cat.at("/waitingFor/empty").asBoolean()).isTrue();
    }

    @Test
    void aProcessInANestedPidNamespaceHasBothPids() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/unshare")), "needs unshare");
        Launch launch = stage("/usr/bin/unshare", "-p", "-f", "--mount-proc", "sleep", "600");
        assumeTrue(launch.waitFor(Duration.ofSeconds(1)).isEmpty(), "unshare -p is not permitted here");
        ProcessInfo sleep = member(launch, "sleep", p -> true);
        JsonNode why = why(sleep.pid(), kind("sleep"));
        assertThat(why.get("nspid")).extracting(JsonNode::asInt).containsExactly(sleep.pid(), 1);
    }

    @Test
    void snapshotJsonTellsWhatEachProcessWaitsForAndItsContainer() throws Exception {
        Launch launch = stage("/bin/sh", "-c", "sleep 600; true");
        member(launch, "sleep", p -> true);
        CliRun run = CliRun.of("snapshot", "--json", "--root", Integer.toString(launch.pid()));
        List<JsonNode> processes = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("processes").forEach(processes::add);
        assertThat(processes).hasSize(2).allSatisfy(p -> {
            assertThat(p.has("container")).isTrue();
            assertThat(p.at("/waitingFor/kind").asText()).isIn("child", "sleep", "running");
        });
    }

    @Test
    void aBadPidIsAOneLineErrorWithStatus2() {
        CliRun word = CliRun.of("why", "abc");
        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.err()).isEqualTo("progeny: 'abc' is not a process id" + System.lineSeparator());
        CliRun none = CliRun.of("why", "0");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).startsWith("progeny: no process 0");
    }
}
