#!/usr/bin/env bash
# Builds the base image of every service and gateway image from pinned Debian packages, without a registry or a
# container daemon: the root filesystem is the packages of deploy/images/base-packages.txt unpacked with dpkg-deb -x
# (no maintainer scripts run) plus a few files written here, packed as one reproducible layer (sorted, owner 0:0,
# every mtime at SOURCE_DATE_EPOCH, gzip -n) into a `docker save`-format tar that Jib reads as tar://.
#
#   deploy/images/build-base-image.sh OUT_DIR
#
# Writes OUT_DIR/zvh-base-image.tar, OUT_DIR/base-components.cdx.json (the packages as CycloneDX components, merged
# into each image's SBOM) and OUT_DIR/base-image.txt (what went in). Does nothing when OUT_DIR already holds the
# image built from the same inputs. Needs a Debian host with apt-get, dpkg-deb, GNU tar, gzip, sha256sum and a JDK
# (java on PATH or $JAVA_BIN). The .debs are kept in ${ZVH_DEB_CACHE:-~/.cache/zvh-debs}: a rebuild needs no network.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: build-base-image.sh OUT_DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
list="$here/base-packages.txt"
cache=${ZVH_DEB_CACHE:-$HOME/.cache/zvh-debs}
java=${JAVA_BIN:-java}
# every file of the layer is dated 1970-01-01T00:00:01Z, as Jib dates the files of its own layers
epoch=1
java_home=/usr/lib/jvm/java-17-openjdk-amd64
app_uid=185

fail() { echo "build-base-image: $*" >&2; exit 1; }
for tool in apt-get apt-cache dpkg-deb tar gzip sha256sum flock; do
  command -v "$tool" >/dev/null 2>&1 || fail "needs $tool (a Debian host); see README.md, 'Container images'"
done

# one build at a time (parallel module builds share OUT_DIR)
exec 9>"$out/.lock"
flock 9

inputs_hash=$(cat "$list" "$0" "$here/ImageTool.java" | sha256sum | cut -c1-64)
if [ -f "$out/zvh-base-image.tar" ] && [ "$(cat "$out/.inputs" 2>/dev/null)" = "$inputs_hash" ]; then
  echo "build-base-image: $out/zvh-base-image.tar is up to date"
  exit 0
fi

setting() { sed -n "s/^$1=//p" "$list"; }
release=$(setting debian.release)
codename=$(setting debian.codename)
arch=$(setting arch)
[ "$(dpkg --print-architecture)" = "$arch" ] || fail "the pinned packages are $arch, this host is $(dpkg --print-architecture)"
mapfile -t packages < <(grep -Ev '^[[:space:]]*(#|$)|=' "$list")
[ "${#packages[@]}" -gt 0 ] || fail "no packages in $list"

# --- fetch: exactly the pinned version, checked against the pinned SHA-256 -------------------------------------------
mkdir -p "$cache"
updated=no
debs=()
for line in "${packages[@]}"; do
  read -r name version sha256 <<<"$line"
  [ -n "$sha256" ] || fail "$list: '$line' needs name, version and SHA-256"
  file="$cache/${name}_${version#*:}_${sha256:0:12}.deb"
  if [ ! -f "$file" ] || [ "$(sha256sum "$file" | cut -c1-64)" != "$sha256" ]; then
    tmp=$(mktemp -d)
    while ! (cd "$tmp" && apt-get download -o APT::Sandbox::User=root -qq "$name=$version" >/dev/null 2>&1); do
      if [ "$updated" = no ] && [ "$(id -u)" = 0 ]; then
        echo "build-base-image: $name=$version not in the apt index, running apt-get update once"
        apt-get update -qq >/dev/null 2>&1 || true
        updated=yes
        continue
      fi
      rm -rf "$tmp"
      available=$(apt-cache madison "$name" 2>/dev/null | awk -F'|' '{gsub(/ /,"",$2); printf "%s ", $2}')
      fail "pinned $name=$version is not available from the apt sources of this machine (they offer: ${available:-nothing}).
Debian's archives keep only the current build of a package: pin a version they offer in $list (with its SHA256 from
'apt-cache show $name=VERSION'), or put the pinned .deb (from a mirror or snapshot archive) at $file."
    done
    got=$(ls "$tmp"/*.deb)
    [ "$(sha256sum "$got" | cut -c1-64)" = "$sha256" ] \
      || fail "$name=$version: the downloaded .deb does not have the pinned SHA-256 $sha256"
    mv "$got" "$file"
    rm -rf "$tmp"
  fi
  debs+=("$file")
done

# --- the root filesystem ----------------------------------------------------------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root"
for deb in "${debs[@]}"; do
  dpkg-deb -x "$deb" "$root"
  name=$(dpkg-deb -f "$deb" Package)
  # what the package is, for scanners that read the Debian package database (as distroless images do)
  mkdir -p "$root/var/lib/dpkg/status.d"
  { dpkg-deb -f "$deb" Package Version Architecture Maintainer Source Installed-Size Depends Pre-Depends Section \
      Priority Multi-Arch Homepage Description
  } | sed '1a Status: install ok installed' >"$root/var/lib/dpkg/status.d/$name"
done
# documentation, manuals and debug links are not needed at run time; the copyright files stay (licences)
find "$root/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete 2>/dev/null || true
find "$root/usr/share/doc" -mindepth 2 -type d -empty -delete 2>/dev/null || true
rm -rf "$root/usr/share/man" "$root/usr/share/info" "$root/usr/share/lintian" "$root/usr/lib/debug" \
  "$root/usr/share/bug" "$root/usr/share/gcc" "$root/usr/share/gdb"

# users: root, the services' user (uid/gid 185, as the Kubernetes manifests' runAsUser) and nobody; no login shells
cat >"$root/etc/passwd" <<EOF
root:x:0:0:root:/root:/usr/sbin/nologin
zvh:x:$app_uid:$app_uid:ZVH service:/deployments:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
EOF
cat >"$root/etc/group" <<EOF
root:x:0:
zvh:x:$app_uid:
nogroup:x:65534:
EOF
printf 'passwd: files\ngroup: files\nshadow: files\nhosts: files dns\n' >"$root/etc/nsswitch.conf"
# the houses' clock (tzdata's maintainer script would ask)
ln -sf /usr/share/zoneinfo/Europe/Amsterdam "$root/etc/localtime"
echo Europe/Amsterdam >"$root/etc/timezone"
# CA certificates as update-ca-certificates and ca-certificates-java would install them: every Mozilla certificate
mkdir -p "$root/etc/ssl/certs/java"
find "$root/usr/share/ca-certificates/mozilla" -name '*.crt' | LC_ALL=C sort | xargs cat >"$root/etc/ssl/certs/ca-certificates.crt"
"$java" "$here/ImageTool.java" cacerts "$root/usr/share/ca-certificates/mozilla" "$root/etc/ssl/certs/java/cacerts" "$epoch" >/dev/null
[ -x "$root$java_home/bin/java" ] || fail "no $java_home/bin/java in the unpacked packages"
[ -L "$root$java_home/lib/security/cacerts" ] || fail "expected the JRE's cacerts to be Debian's link into /etc/ssl/certs/java"
# the mount point of the writable /tmp (the root filesystem is read-only at run time) and the application directory
mkdir -p "$root/tmp" "$root/deployments" "$root/root"
chmod 1777 "$root/tmp"
chmod 0755 "$root/deployments"
chmod 0700 "$root/root"

# --- one reproducible layer -------------------------------------------------------------------------------------------
find "$root" -exec touch -h -d "@$epoch" {} +
layer="$work/layer.tar"
(cd "$root" && LC_ALL=C tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner --format=posix \
  --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -cf "$layer" $(LC_ALL=C ls -A))
diff_id=$(sha256sum "$layer" | cut -c1-64)
gzip -n -6 "$layer"
layer_digest=$(sha256sum "$layer.gz" | cut -c1-64)
mkdir -p "$work/image"
mv "$layer.gz" "$work/image/$diff_id.tar.gz"

pkgs_label=$(for line in "${packages[@]}"; do read -r n v _ <<<"$line"; printf '%s=%s ' "$n" "$v"; done)
cat >"$work/image/config.json" <<EOF
{"architecture":"$arch","os":"linux","created":"1970-01-01T00:00:00Z","config":{"User":"$app_uid:$app_uid","WorkingDir":"/deployments","Env":["PATH=$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8","TZ=Europe/Amsterdam"],"Labels":{"nl.zvh.base.debian":"$release ($codename)","nl.zvh.base.packages":"${pkgs_label% }"}},"rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},"history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/build-base-image.sh: Debian $release packages of deploy/images/base-packages.txt"}]}
EOF
config_digest=$(sha256sum "$work/image/config.json" | cut -c1-64)
echo "[{\"Config\":\"config.json\",\"RepoTags\":[\"zvh/base:debian$release-jre17\"],\"Layers\":[\"$diff_id.tar.gz\"]}]" >"$work/image/manifest.json"
(cd "$work/image" && tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner -cf "$work/zvh-base-image.tar" manifest.json config.json "$diff_id.tar.gz")

# --- the packages as CycloneDX components ----------------------------------------------------------------------------
{
  echo "["
  printf '  {"type":"operating-system","bom-ref":"debian-%s","name":"debian","version":"%s","description":"Debian %s (%s), the distribution of the base image'"'"'s packages"}' "$release" "$release" "$release" "$codename"
  for i in "${!packages[@]}"; do
    read -r name version sha256 <<<"${packages[$i]}"
    deb=${debs[$i]}
    upstream=${version#*:}
    epoch_q=""
    [ "$upstream" != "$version" ] && epoch_q="&epoch=${version%%:*}"
    purl_version=$(printf '%s' "$upstream" | sed 's/+/%2B/g')
    pkg_arch=$(dpkg-deb -f "$deb" Architecture)
    purl="pkg:deb/debian/$name@$purl_version?arch=$pkg_arch&distro=debian-$release$epoch_q"
    source=$(dpkg-deb -f "$deb" Source | cut -d' ' -f1)
    description=$(dpkg-deb -f "$deb" Description | sed -n 1p | sed 's/\\/\\\\/g; s/"/\\"/g')
    printf ',\n  {"type":"%s","bom-ref":"%s","supplier":{"name":"Debian"},"name":"%s","version":"%s","description":"%s","hashes":[{"alg":"SHA-256","content":"%s"}],"purl":"%s","properties":[{"name":"zvh:image-layer","value":"base"},{"name":"debian:source","value":"%s"}]}' \
      "$( [ "$name" = openjdk-17-jre-headless ] && echo application || echo library )" "$purl" "$name" "$version" \
      "$description" "$sha256" "$purl" "${source:-$name}"
  done
  echo
  echo "]"
} >"$work/base-components.cdx.json"

{
  echo "base image: Debian $release ($codename) $arch, $(du -sh "$root" | cut -f1) unpacked"
  echo "layer diff_id sha256:$diff_id"
  echo "layer digest  sha256:$layer_digest ($(stat -c %s "$work/image/$diff_id.tar.gz") bytes)"
  echo "config digest sha256:$config_digest"
  echo "packages:"
  printf '  %s\n' "${packages[@]}"
} >"$work/base-image.txt"

mv "$work/zvh-base-image.tar" "$work/base-components.cdx.json" "$work/base-image.txt" "$out/"
echo "$inputs_hash" >"$out/.inputs"
sed -n "1,4s/^/build-base-image: /p" "$out/base-image.txt"
