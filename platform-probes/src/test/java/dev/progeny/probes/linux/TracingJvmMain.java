package dev.progeny.probes.linux;

import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import java.util.concurrent.CountDownLatch;

/**
 * A Progeny stand-in that traces {@code sh -c 'sleep 300 & wait'} (tagged {@code args[0]}),
 * prints "ready ROOT SLEEPER" once the sleeper has exec'd, then waits to be killed.
 */
public final class TracingJvmMain {
    private TracingJvmMain() {
    }

    public static void main(String[] args) throws Exception {
        Launch launch = LinuxLaunching.launcher().launch(LaunchSpec.of("sh", "-c", "sleep 300 & wait")
                .withEnvironment(LaunchSpec.LAUNCH_TAG, args[0]).traced(true));
        CountDownLatch sleeping = new CountDownLatch(1);
        int[] sleeper = new int[1];
        launch.events().orElseThrow().start(e -> {
            if (e instanceof ProcessEvent.Exec x && x.comm().equals("sleep")) {
                sleeper[0] = x.pid();
                sleeping.countDown();
            }
        });
        sleeping.await();
        System.out.println("ready " + launch.pid() + " " + sleeper[0]);
        System.out.flush();
        launch.waitFor();
    }
}
