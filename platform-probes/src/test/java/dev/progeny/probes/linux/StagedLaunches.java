package dev.progeny.probes.linux;

import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TestLaunches;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The diagnosis tests' launches: each test's own, tagged with its name, ended and checked for
 * leaks after it ({@link TestLaunches}). Register with {@code @RegisterExtension}.
 */
final class StagedLaunches implements BeforeEachCallback, AfterEachCallback {
    private TestLaunches launches;

    @Override
    public void beforeEach(ExtensionContext context) {
        launches = new TestLaunches(LinuxLaunching.launcher(), context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        launches.close();
    }

    /** Launches {@code argv} (a shell script when it is one string) as a staged tree. */
    StagedTree stage(String... argv) throws Exception {
        LaunchSpec spec = argv.length == 1 ? LaunchSpec.of("/bin/sh", "-c", argv[0]) : LaunchSpec.of(argv);
        return new StagedTree(launches.launch(spec));
    }
}
