package dev.progeny.app.cli;

import dev.progeny.probes.linux.DelegatedCgroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: runs {@code progeny bench limits} as uid 65534 in the delegated fixture and prints
 * its figures, for the README and the stream's notes. Run it on purpose:
 * {@code ./mvnw -o -pl app -am test -Dtest=DelegatedBenchRun -Dprogeny.bench.delegated=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (bench options in {@code -Dprogeny.bench.args="--cpu 10%"}).
 */
@EnabledIfSystemProperty(named = "progeny.bench.delegated", matches = "true")
class DelegatedBenchRun {

    @Test
    void benchLimitsAsADelegatedUser() throws Exception {
        try (DelegatedCgroup fixture = DelegatedCgroup.create()) {
            // As bench limits does for its busy loop: weight the delegated cpu cgroup too, or other load decides.
            for (Path cgroup : fixture.cgroups()) {
                if (Files.exists(cgroup.resolve("cpu.shares"))) {
                    Files.writeString(cgroup.resolve("cpu.shares"), "262144");
                }
            }
            List<String> args = new ArrayList<>(List.of("bench", "limits"));
            String extra = System.getProperty("progeny.bench.args", "");
            if (!extra.isBlank()) {
                args.addAll(List.of(extra.trim().split("\\s+")));
            }
            DelegatedCgroup.Run run = fixture.run(Duration.ofMinutes(5), "dev.progeny.app.Main", args.toArray(String[]::new));
            System.out.println("bench limits as uid " + DelegatedCgroup.UID + " (exit " + run.exitCode() + "):\n" + run.out() + run.err());
        }
    }
}
