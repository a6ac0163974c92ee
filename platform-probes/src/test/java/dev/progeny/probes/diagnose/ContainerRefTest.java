package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.diagnose.ContainerRef.Runtime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cgroup paths as each runtime's documented layout writes them; the ids are made up. */
class ContainerRefTest {
    private static final String ID = "4f797c539e6c745de61a93ca3ff892358ecbcaccd8414d5db545c38428142970";

    @Test
    void dockerWithTheSystemdDriverAndWithCgroupfs() {
        assertThat(ContainerRef.fromPath("/system.slice/docker-" + ID + ".scope"))
                .contains(new ContainerRef(Runtime.DOCKER, "4f797c539e6c", Optional.empty()));
        assertThat(ContainerRef.fromPath("/docker/" + ID)).map(ContainerRef::runtime).contains(Runtime.DOCKER);
    }

    @Test
    void podmanRootfulRootlessAndCgroupfs() {
        assertThat(ContainerRef.fromPath("/machine.slice/libpod-" + ID + ".scope")).map(ContainerRef::runtime).contains(Runtime.PODMAN);
        assertThat(ContainerRef.fromPath("/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-" + ID + ".scope/container"))
                .as("crun's payload cgroup below the scope").map(ContainerRef::runtime).contains(Runtime.PODMAN);
        assertThat(ContainerRef.fromPath("/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-" + ID + ".scope"))
                .map(ContainerRef::describe).contains("podman 4f797c539e6c");
        assertThat(ContainerRef.fromPath("/libpod_parent/libpod-" + ID)).map(ContainerRef::runtime).contains(Runtime.PODMAN);
    }

    @Test
    void kubernetesPodsWithBothKubeletDrivers() {
        assertThat(ContainerRef.fromPath("/kubepods.slice/kubepods-burstable.slice/"
                + "kubepods-burstable-pod39f81d56_39d4_46d3_af80_826d97966a5a.slice/cri-containerd-" + ID + ".scope"))
                .contains(new ContainerRef(Runtime.KUBERNETES, "4f797c539e6c", Optional.of("39f81d56-39d4-46d3-af80-826d97966a5a")));
        assertThat(ContainerRef.fromPath("/kubepods.slice/kubepods-pod39f81d56_39d4_46d3_af80_826d97966a5a.slice/crio-" + ID + ".scope"))
                .map(ContainerRef::runtime).contains(Runtime.KUBERNETES);
        assertThat(ContainerRef.fromPath("/kubepods/besteffort/pod39f81d56-39d4-46d3-af80-826d97966a5a/" + ID))
                .map(ContainerRef::describe).contains("kubernetes 4f797c539e6c (pod 39f81d56-39d4-46d3-af80-826d97966a5a)");
    }

    @Test
    void containerdWithoutKubernetes() {
        assertThat(ContainerRef.fromPath("/system.slice/nerdctl-" + ID + ".scope")).map(ContainerRef::runtime).contains(Runtime.CONTAINERD);
        assertThat(ContainerRef.fromPath("/system.slice/cri-containerd-" + ID + ".scope")).map(ContainerRef::runtime).contains(Runtime.CONTAINERD);
    }

    @Test
    void nspawnMachinesAndLxc() {
        assertThat(ContainerRef.fromPath("/machine.slice/machine-web\\x2dtest.scope"))
                .contains(new ContainerRef(Runtime.NSPAWN, "web-test", Optional.empty()));
        assertThat(ContainerRef.fromPath("/machine.slice/systemd-nspawn@web.service")).map(ContainerRef::name).contains("web");
        assertThat(ContainerRef.fromPath("/machine.slice/machine-web.scope/payload/system.slice/nginx.service"))
                .as("inside the machine, its own units").map(ContainerRef::describe).contains("systemd-nspawn web");
        assertThat(ContainerRef.fromPath("/lxc.payload.c1/init.scope")).map(ContainerRef::describe).contains("lxc c1");
        assertThat(ContainerRef.fromPath("/lxc/c1")).map(ContainerRef::runtime).contains(Runtime.LXC);
    }

    @Test
    void aSystemdUnitOtherwise() {
        assertThat(ContainerRef.fromPath("/system.slice/nginx.service")).map(ContainerRef::describe).contains("systemd unit nginx.service");
        assertThat(ContainerRef.fromPath("/user.slice/user-1000.slice/user@1000.service/app.slice/app-gnome-firefox-4242.scope"))
                .map(ContainerRef::name).contains("app-gnome-firefox-4242.scope");
        assertThat(ContainerRef.fromPath("/user.slice/user-1000.slice")).isEmpty();
    }

    @Test
    void theUnifiedLineIsReadFirstThenSystemdsThenTheRest() {
        assertThat(ContainerRef.fromCgroup("12:memory:/docker/" + ID + "\n1:name=systemd:/system.slice/ssh.service\n0::/\n"))
                .map(ContainerRef::runtime).contains(Runtime.SYSTEMD_UNIT);
        assertThat(ContainerRef.fromCgroup("4:memory:/docker/" + ID + "\n0::/\n")).map(ContainerRef::runtime).contains(Runtime.DOCKER);
        assertThat(ContainerRef.fromCgroup("0::/system.slice/docker-" + ID + ".scope\n")).map(ContainerRef::runtime).contains(Runtime.DOCKER);
    }

    @Test
    void thisMachinesOwnCgroupsNameNoContainer() {
        assertThat(ContainerRef.fromCgroup(ProcSamples.read("yes-writer/cgroup"))).isEmpty();
        assertThat(ContainerRef.fromCgroup("4:memory:/process_api/0209698a20a473f0252a5df030863d08\n0::/\n")).isEmpty();
    }
}
