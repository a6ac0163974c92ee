package dev.progeny.app.cli;

import dev.progeny.probes.diagnose.ContainerRef;
import dev.progeny.probes.diagnose.Descriptor;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.FdInfo;
import dev.progeny.probes.diagnose.Inherited;
import dev.progeny.probes.diagnose.ProcessFacts;
import dev.progeny.probes.diagnose.ZombieFamily;
import java.util.List;

/**
 * The JSON shape of one process's diagnosis ({@code progeny why --json}): a stable contract for
 * scripts. {@code zombie} is null unless the process is one; {@code zombieChildren} null unless
 * it has some; {@code container} null when the cgroup names none; {@code progenyDescriptors}
 * lists descriptors shared with the Progeny that read them (a Progeny bug); {@code sockets} the
 * sentences for its connected UNIX sockets and who holds their peers.
 */
record WhyJson(int pid, String name, String state, String role, WaitJson waitingFor, Zombie zombie,
               ZombieChildren zombieChildren, List<Integer> nspid, Long pidNamespace, String container,
               List<InheritedJson> inherited, List<InheritedJson> progenyDescriptors, List<Fd> fds, List<String> pipes,
               List<String> sockets) {

    record Zombie(int parent, Double seconds) {
    }

    record ZombieChildren(int count, Double oldestSeconds, String text) {
    }

    record InheritedJson(int fd, int from, int fromFd, String evidence) {
        static InheritedJson of(Inherited i) {
            return new InheritedJson(i.fd(), i.from(), i.fromFd(), i.evidence().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    record Fd(int fd, String target, String flags) {
        static Fd of(Descriptor d) {
            return new Fd(d.fd(), d.target().text(), d.info().map(FdInfo::flagWords).orElse(null));
        }
    }

    static WhyJson of(Diagnosis d, String role, List<String> pipes, List<String> sockets) {
        ProcessFacts f = d.facts();
        Zombie zombie = f.process().isZombie()
                ? new Zombie(f.process().ppid(), f.zombieFor().map(x -> x.toMillis() / 1000.0).orElse(null)) : null;
        ZombieChildren children = d.zombies().filter(z -> z.parent().pid() == d.pid())
                .map(WhyJson::children).orElse(null);
        return new WhyJson(d.pid(), f.process().name(), f.process().state().name(), role, WaitJson.of(d.waitingFor()), zombie,
                children, f.nspid(), f.pidNamespace().isPresent() ? f.pidNamespace().getAsLong() : null,
                f.container().map(ContainerRef::describe).orElse(null),
                f.fds().map(x -> d.inherited().stream().map(InheritedJson::of).toList()).orElse(null),
                d.fromProgeny().stream().map(InheritedJson::of).toList(),
                f.fds().map(fds -> fds.stream().map(Fd::of).toList()).orElse(null), pipes, sockets);
    }

    private static ZombieChildren children(ZombieFamily z) {
        return new ZombieChildren(z.zombies().size(), z.oldest().map(x -> x.toMillis() / 1000.0).orElse(null), z.describe());
    }
}
