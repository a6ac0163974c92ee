package dev.progeny.probes.terminate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.terminate.TestTree.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeFamilyTest {
    private TestTree tree;

    @TempDir
    Path dir;

    @AfterEach
    void cleanUp() throws InterruptedException {
        tree.close();
        assertThat(tree.alive()).isEmpty();
    }

    @Test
    void keepsADescendantWhoseParentExitedAndWhichWasReparented() throws Exception {
        Path release = dir.resolve("release");
        tree = TestTree.launch("lineage", Mode.NO_CGROUP, """
                sh -c 'sleep 1000 & echo $!; while [ ! -e "$1" ]; do sleep 0.05; done' middle "$1"
                exec sleep 1000
                """, release.toString());
        int grandchild = tree.nextPid();
        TreeFamily family = new TreeFamily(tree.pid());
        Snapshot before = snapshot();
        assertThat(pids(family, before)).contains(tree.pid(), grandchild);
        int middle = before.process(grandchild).orElseThrow().ppid();

        Files.createFile(release);
        Snapshot after = await().atMost(Duration.ofSeconds(30)).until(TreeFamilyTest::snapshot,
                s -> s.process(grandchild).map(p -> p.ppid() != middle).orElse(false));
        assertThat(after.subtree(tree.pid()).stream().map(ProcessInfo::pid)).as("a plain descendant walk loses it")
                .doesNotContain(grandchild);
        assertThat(pids(family, after)).as("the tree family remembers it").contains(tree.pid(), grandchild);
    }

    @Test
    void neverAdoptsAReusedPid() throws Exception {
        tree = TestTree.launch("reuse", Mode.NO_CGROUP, "exec sleep 1000");
        Snapshot s = snapshot();
        ProcessInfo root = s.process(tree.pid()).orElseThrow();
        TreeFamily family = new TreeFamily(new ProcessKey(root.pid(), root.startTime() + 1));
        assertThat(family.members(s)).isEmpty();
    }

    private static List<Integer> pids(TreeFamily family, Snapshot s) {
        return family.members(s).stream().map(ProcessInfo::pid).toList();
    }

    private static Snapshot snapshot() throws IOException {
        return Platform.current().processTable().snapshot();
    }
}
