#!/usr/bin/env bash
# Starts the gateway image of `./mvnw package -Pimages` (gateway/target/gateway-image.tar) with Debian's podman and
# crun the way Kubernetes runs it (deploy/kubernetes/base/gateway/deployment.yaml): read-only root filesystem, a
# writable tmpfs on /tmp and nothing else, the image's non-root user, all capabilities dropped, no new privileges.
# Passes when the gateway boots, its management interface answers /q/health/live with UP, its HTTP port answers, the
# process runs as uid 185, a write to / or /deployments fails while /tmp is writable, and it stops on SIGTERM.
#
#   deploy/images/check-gateway-image.sh            (as root; installs podman and crun from Debian when missing)
#
# Ports: the first free pair from 28080 (HTTP) and 29080 (management), host network. No Keycloak (the OIDC server is
# set to a closed port, so a Keycloak of someone's local stack on this machine is not asked): the gateway starts
# without it; readiness stays DOWN on "OIDC server", liveness is UP, pages answer 500 for want of a login.
# When this machine cannot run containers at all, the script says exactly why and exits 0: the offline check of every
# image's layers and entrypoint (deploy: EveryApplicationImageRunsNonRootFromItsOwnLayersTest) is the fallback.
# A gateway that starts but does not come up fails the script.
set -euo pipefail
cd "$(dirname "$0")/../.."
archive=gateway/target/gateway-image.tar
image=localhost/zvh/gateway:0.1.0-SNAPSHOT
name=zvh-gateway-image-check
java=/usr/lib/jvm/java-17-openjdk-amd64/bin/java

say() { echo "gateway image: $*"; }
cannot() {
  say "NOT STARTED, this machine cannot run the container: $*"
  say "fallback: EveryApplicationImageRunsNonRootFromItsOwnLayersTest checked the layers, user and entrypoint of every image"
  exit 0
}
[ -f "$archive" ] || { say "no $archive: build it first with ./mvnw -B package -Pimages -DskipTests"; exit 1; }

if ! command -v podman >/dev/null 2>&1 || ! command -v crun >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || cannot "podman and crun are not installed and installing them needs root"
  say "installing podman and crun (Debian)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman crun; } >/dev/null 2>&1 \
    || cannot "apt-get install podman crun failed"
fi

# The whole check runs in a mount namespace of its own: the workaround below hides a mount in it only.
if [ -z "${ZVH_IMAGE_CHECK_NS:-}" ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1; then
  ZVH_IMAGE_CHECK_NS=1 exec unshare -m bash "$0" "$@"
fi

listening=$(ss -ltnH 2>/dev/null | awk '{print $4}' || true)
free() { ! grep -Eq "[:.]$1\$" <<<"$listening"; }
http=28080
while ! free "$http" || ! free $((http + 1000)); do http=$((http + 1)); done
mgmt=$((http + 1000))

podman rm -f "$name" >/dev/null 2>&1 || true
loaded=$(podman load -i "$archive" 2>&1) || cannot "podman load failed: $loaded"
say "$(echo "$loaded" | grep -i 'loaded image' || echo "$loaded" | tail -1)"
trap 'podman rm -f "$name" >/dev/null 2>&1 || true; podman rmi "$image" >/dev/null 2>&1 || true; rm -rf "${probe:-}"' EXIT

# a probe the running container executes with its own java: may it write to /, /deployments, /tmp?
probe=$(mktemp -d)
chmod 755 "$probe"
cat >"$probe/WriteProbe.java" <<'EOF'
public class WriteProbe {
    public static void main(String[] args) {
        for (String dir : new String[] {"/", "/deployments", "/tmp"}) {
            try {
                java.nio.file.Path file = java.nio.file.Files.createTempFile(java.nio.file.Path.of(dir), "probe", "");
                java.nio.file.Files.delete(file);
                System.out.println(dir + " writable");
            } catch (Exception e) {
                String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                        ? f.getReason()
                        : e.getClass().getSimpleName();
                System.out.println(dir + " not writable (" + why + ")");
            }
        }
    }
}
EOF

run=(podman run -d --name "$name" --read-only --read-only-tmpfs=false --tmpfs /tmp:rw,nosuid,nodev,size=256m,mode=1777
  --cap-drop=ALL --security-opt=no-new-privileges --network host -v "$probe:/probe:ro"
  -e QUARKUS_HTTP_PORT="$http" -e QUARKUS_MANAGEMENT_PORT="$mgmt"
  -e QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:1/realms/zvh)

workarounds=()
if ! err=$("${run[@]}" "$image" 2>&1); then
  say "podman run as is failed: $err"
  podman rm -f "$name" >/dev/null 2>&1 || true
  # 1. crun raises RLIMIT_NOFILE/RLIMIT_NPROC to podman's defaults; without CAP_SYS_RESOURCE that is refused
  #    ("setrlimit `RLIMIT_NOFILE`: Operation not permitted"): ask for limits this process may set.
  cap_eff=$(awk '/^CapEff:/{print $2}' /proc/self/status)
  if (( (16#$cap_eff >> 24 & 1) == 0 )); then
    workarounds+=("no CAP_SYS_RESOURCE here, so the container keeps lower ulimits (nofile $(ulimit -Hn), nproc 4096)")
    run+=(--ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit nproc=4096:4096)
  fi
  # 2. cgroups v1 with a cgroup2 hierarchy beside it that has controllers ("hybrid"): crun refuses ("cgroups in hybrid
  #    mode not supported, drop all controllers from cgroupv2"). Without cgroups (no limits enforced) and with the
  #    cgroup2 mount hidden in this namespace it runs.
  v2_controllers=$(cat /sys/fs/cgroup/unified/cgroup.controllers 2>/dev/null || true)
  if [ "$(stat -fc %T /sys/fs/cgroup 2>/dev/null)" = tmpfs ] && [ -n "$v2_controllers" ]; then
    workarounds+=("cgroups in hybrid mode (v1 + cgroup2 with the controllers '$v2_controllers'), which crun refuses: container without a cgroup of its own, /sys/fs/cgroup/unified unmounted in this check's mount namespace")
    [ -n "${ZVH_IMAGE_CHECK_NS:-}" ] && umount /sys/fs/cgroup/unified 2>/dev/null || true
    run+=(--cgroups=disabled)
  fi
  [ "${#workarounds[@]}" -gt 0 ] || cannot "$err"
  for w in "${workarounds[@]}"; do say "workaround: $w"; done
  err=$("${run[@]}" "$image" 2>&1) || cannot "podman run failed also with the workarounds: $err"
fi
say "started $name (read-only root, tmpfs /tmp, HTTP $http, management $mgmt)"

live=""
for _ in $(seq 1 120); do
  state=$(podman inspect -f '{{.State.Status}}' "$name" 2>/dev/null || echo gone)
  if [ "$state" != running ]; then
    podman logs "$name" 2>&1 | tail -40
    say "FAILED: the container is $state before the gateway answered"
    exit 1
  fi
  live=$(curl -s -m 2 "http://127.0.0.1:$mgmt/q/health/live" || true)
  echo "$live" | grep -q '"status": *"UP"' && break
  sleep 1
done
if ! echo "$live" | grep -q '"status": *"UP"'; then
  podman logs "$name" 2>&1 | tail -40
  say "FAILED: no UP from http://127.0.0.1:$mgmt/q/health/live within 120 s"
  exit 1
fi
started=$(podman logs "$name" 2>&1 | grep -m1 'started in' || true)
root_page=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/" || true)
ready=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$mgmt/q/health/ready" || true)
pid=$(podman inspect -f '{{.State.Pid}}' "$name")
uid=$(awk '/^Uid:/{print $2}' "/proc/$pid/status")
readonly_root=$(podman inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$name")
writes=$(podman exec "$name" "$java" /probe/WriteProbe.java 2>&1 | tr '\n' ';')
say "log: ${started#*INFO  }"
say "GET /q/health/live (management $mgmt) -> UP; GET /q/health/ready -> $ready (503: no Keycloak); GET / (HTTP $http) -> $root_page"
say "process uid $uid, ReadonlyRootfs=$readonly_root, $writes"

problems=()
[ -n "$started" ] || problems+=("no 'started in' in the log")
[ "$root_page" != 000 ] && [ -n "$root_page" ] || problems+=("the HTTP port $http does not answer")
[ "$uid" != 0 ] || problems+=("the gateway runs as root")
[ "$readonly_root" = true ] || problems+=("the root filesystem is not read-only")
echo "$writes" | grep -q '^/ not writable' || problems+=("/ is writable")
echo "$writes" | grep -q '/deployments not writable' || problems+=("/deployments is writable")
echo "$writes" | grep -q '/tmp writable' || problems+=("/tmp is not writable")

podman stop -t 20 "$name" >/dev/null
stopped=$(podman logs "$name" 2>&1 | grep -c 'stopped in' || true)
[ "$stopped" -ge 1 ] || problems+=("no graceful stop ('stopped in') after SIGTERM")
if [ "${#problems[@]}" -gt 0 ]; then
  podman logs "$name" 2>&1 | tail -40
  printf 'gateway image: FAILED: %s\n' "${problems[@]}"
  exit 1
fi
say "OK: booted read-only as uid $uid, answered, stopped on SIGTERM"
