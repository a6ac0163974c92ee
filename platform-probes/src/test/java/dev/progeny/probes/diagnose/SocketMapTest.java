package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Made-up readings: python 30 holds socketpair end 100 (fd 3) and a client socket 300 (fd 4)
 * connected to dbus 40's accepted socket 301; its child 31 holds the pair's other end 101 (fd 4)
 * and blocks receiving on it; 31 also holds a TCP socket 500 the kernel's UNIX table lacks.
 */
class SocketMapTest {
    private final ProcessInfo parent = ProcessInfo.builder(30).ppid(1).name("python3").build();
    private final ProcessInfo dbus = ProcessInfo.builder(40).ppid(1).name("dbus-daemon").build();
    private final Map<Integer, List<Descriptor>> fds = Map.of(
            30, List.of(socket(3, 100), socket(4, 300)),
            31, List.of(socket(4, 101), socket(5, 500)),
            40, List.of(socket(7, 301)));
    private final SocketPeers known = new SocketPeers.Known(Map.of(
            100L, new UnixSocket(100, OptionalLong.of(101), Optional.empty()),
            101L, new UnixSocket(101, OptionalLong.of(100), Optional.empty()),
            300L, new UnixSocket(300, OptionalLong.of(301), Optional.empty()),
            301L, new UnixSocket(301, OptionalLong.of(300), Optional.of("/run/dbus/system_bus_socket"))));
    private final WaitingFor receiving = new WaitingFor.Socket(Optional.of(Syscall.RECVFROM), 4, 101, SocketState.UNKNOWN);
    private final WaitingFor sleeping = new WaitingFor.Sleep(Optional.of(Syscall.CLOCK_NANOSLEEP), Optional.empty(), false);

    private static Descriptor socket(int fd, long inode) {
        return new Descriptor(fd, new DescriptorTarget.Socket(inode), Optional.empty());
    }

    private Diagnosis diagnosis(int pid, WaitingFor w, SocketMap map) {
        ProcessInfo p = ProcessInfo.builder(pid).ppid(30).name("python3").build();
        return new Diagnosis(ProcessFacts.waitOnly(p, w), map.join(w), List.of(), List.of(), Optional.empty(), List.of(),
                map.pairsOf(pid));
    }

    private DiagnosisWords.Holder holder(int pid) {
        return pid == 30 ? new DiagnosisWords.Holder(parent, Optional.of(sleeping))
                : pid == 40 ? new DiagnosisWords.Holder(dbus, Optional.of(new WaitingFor.Poll(Optional.of(Syscall.EPOLL_WAIT), OptionalInt.of(3))))
                : null;
    }

    @Test
    void aReceiverOnASocketpairIsJoinedToWhoHoldsTheOtherEnd() {
        SocketMap map = SocketMap.build(fds, known);
        assertThat(map.join(receiving)).isInstanceOfSatisfying(WaitingFor.Socket.class, s -> {
            assertThat(s.state().peer()).hasValue(100);
            assertThat(s.state().otherPids()).containsExactly(30);
        });
        assertThat(DiagnosisWords.sockets(diagnosis(31, receiving, map), this::holder, 1)).containsExactly(
                "fd 4 ↔ socketpair 101 ↔ 100, other end held by 30 python3 (not using it: sleeping in clock_nanosleep)");
    }

    @Test
    void aClientsConnectionIsNamedByItsServersAddressNotCalledASocketpair() {
        SocketMap map = SocketMap.build(fds, known);
        assertThat(map.pairsOf(30)).extracting(SocketMap.Pair::inode).containsExactly(100L, 300L);
        assertThat(map.pair(300)).hasValueSatisfying(p -> {
            assertThat(p.socketpair()).isFalse();
            assertThat(p.name()).contains("/run/dbus/system_bus_socket");
        });
        assertThat(DiagnosisWords.sockets(diagnosis(30, sleeping, map), this::holder, 1)).containsExactly(
                "fd 3 ↔ socketpair 100 ↔ 101, other end held by 31",
                "fd 4 ↔ unix socket 300 ↔ 301 (/run/dbus/system_bus_socket), other end held by 40 dbus-daemon"
                        + " (not using it: polling 3 descriptors (epoll_wait))");
    }

    @Test
    void aPeerHeldByNoProcessLookedAtIsSaidSo() {
        SocketMap map = SocketMap.build(Map.of(30, fds.get(30)), known);
        assertThat(DiagnosisWords.sockets(diagnosis(30, sleeping, map), this::holder, 1)).first()
                .isEqualTo("fd 3 ↔ socketpair 100 ↔ 101, other end held by no process found near it");
    }

    @Test
    void aSocketTheKernelDoesNotKnowAsUnixSaysNothing() {
        SocketMap map = SocketMap.build(fds, known);
        assertThat(map.pairsOf(31)).extracting(SocketMap.Pair::inode).containsExactly(101L);
        assertThat(map.stateFor(500)).isEqualTo(new SocketState(OptionalLong.empty(), List.of(), Optional.empty()));
    }

    @Test
    void whereTheKernelCouldNotBeAskedEverySocketSaysSo() {
        SocketMap map = SocketMap.build(fds, new SocketPeers.Unknown("sock_diag: socket failed: Permission denied (errno 13)"));
        assertThat(((WaitingFor.Socket) map.join(receiving)).state().unknown()).isPresent();
        assertThat(DiagnosisWords.sockets(diagnosis(31, receiving, map), this::holder, 1)).containsExactly(
                "fd 4 ↔ socket 101: peer unknown (sock_diag: socket failed: Permission denied (errno 13))",
                "fd 5 ↔ socket 500: peer unknown (sock_diag: socket failed: Permission denied (errno 13))");
    }

    @Test
    void aWaitOnASocketExplainsItByThePeersHolder() {
        SocketMap map = SocketMap.build(fds, known);
        Diagnosis d = diagnosis(31, receiving, map);
        assertThat(Diagnoser.explainers(d)).containsExactly(30);
        assertThat(Diagnoser.neighbours(d)).containsExactly(30);
    }
}
