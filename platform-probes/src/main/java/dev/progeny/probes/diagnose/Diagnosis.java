package dev.progeny.probes.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * Why one process is where it is: what it waits for (its pipe's other ends and fill joined in),
 * the descriptors it inherited, the zombie family it belongs to, the pipes it holds and its
 * connected sockets.
 * Immutable.
 *
 * @param waitingFor  {@link ProcessFacts#waiting()} with what the pipe map knows
 * @param inherited   descriptors beyond 0-2 shared with an ancestor
 * @param fromProgeny descriptors shared with Progeny itself: a Progeny bug, reported loudly
 * @param zombies     for a zombie, its parent's family; for a parent of zombies, its own
 * @param pipes       the pipes it holds an end of, with every end found
 * @param sockets     its connected UNIX sockets with their peers' holders, or every socket where
 *                    the peers could not be asked for ({@link SocketMap#pairsOf})
 */
public record Diagnosis(ProcessFacts facts, WaitingFor waitingFor, List<Inherited> inherited, List<Inherited> fromProgeny,
                        Optional<ZombieFamily> zombies, List<PipeMap.Pipe> pipes, List<SocketMap.Pair> sockets) {

    public Diagnosis {
        inherited = List.copyOf(inherited);
        fromProgeny = List.copyOf(fromProgeny);
        pipes = List.copyOf(pipes);
        sockets = List.copyOf(sockets);
    }

    public int pid() {
        return facts.pid();
    }
}
