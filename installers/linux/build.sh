#!/usr/bin/env bash
# Builds Progeny's Linux packages with jpackage (JDK 25):
#   installers/linux/build.sh [app-image|deb|rpm|all]     (default: all)
# Output goes to installers/linux/out/. Needs JDK 25 (JAVA_HOME), and for deb: fakeroot and
# dpkg-deb; for rpm: rpmbuild. It installs nothing; it says what is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=SCRIPTDIR/../common.sh
. "$here/../common.sh"

what="${1:-all}"
case "$what" in
  app-image) types=(app-image) ;;
  deb) types=(deb) ;;
  rpm) types=(rpm) ;;
  all) types=(app-image deb rpm) ;;
  *) die "usage: build.sh [app-image|deb|rpm|all]" ;;
esac
[ "$(uname -s)" = Linux ] || die "this builds Linux packages and runs only on Linux"

find_jdk
[ -x "$jdk_bin/jpackage" ] || die "$jdk_bin has no jpackage: use a full JDK 25, not a JRE"
for t in "${types[@]}"; do
  case "$t" in
    deb) for tool in fakeroot dpkg-deb; do
           command -v "$tool" >/dev/null || die "a .deb needs $tool: apt-get install fakeroot dpkg-dev"
         done ;;
    rpm) command -v rpmbuild >/dev/null || die "an .rpm needs rpmbuild: apt-get install rpm (Fedora: dnf install rpm-build)" ;;
  esac
done

build_jar
version="$(app_version)"
[ -n "$version" ] || die "no Implementation-Version in app/target/progeny.jar"

out="$here/out"
input="$out/input"
stage_input "$input"

modules="$(runtime_modules "$input")"

jpackage_common progeny "$version" "$root/icons/png/progeny-256.png" "$input" "$modules" "$here/resources" "$out"
linux=(
  --linux-package-name progeny
  --linux-shortcut
  --linux-menu-group "System;Monitor;"
  --linux-app-category utils
)

rpm_deps() {
  local libs=(libgtk-3.so.0 libgdk-3.so.0 libXtst.so.6 libGL.so.1 libXxf86vm.so.1 libX11.so.6
              libXext.so.6 libXi.so.6 libXrender.so.1 libasound.so.2 libfreetype.so.6
              libfontconfig.so.1 libpangoft2-1.0.so.0)
  local IFS=,
  printf '%s' "${libs[*]/%/()(64bit)}"
}

# The app-image comes first: the packages are made from it, with the AOT cache trained in it.
start=$SECONDS
rm -rf "$out/progeny"
"$jdk_bin/jpackage" --type app-image "${common[@]}"
echo "built app-image in $((SECONDS - start)) s"
# One modification time for every file of the image, which the cache records and the packages'
# install scripts restore (jpackage does not keep times when it packages an image).
aot_mtime="$(date +%s)"
find "$out/progeny" -type f -exec touch -m -d "@$aot_mtime" {} +
train_aot_cache "$out/progeny" "$out/progeny/bin/progeny" "$out/progeny/lib/app/progeny.cfg"
resources="$out/resources"
rm -rf "$resources"
cp -r "$here/resources" "$resources"
sed -i "s/AOT_MTIME/$aot_mtime/" "$resources/postinst" "$resources/progeny.spec"

packaging=(
  --app-image "$out/progeny"
  --name progeny
  --app-version "$version"
  --vendor "Progeny"
  --description "Launch, watch and end whole process trees."
  --resource-dir "$resources"
  --dest "$out"
)
for t in "${types[@]}"; do
  start=$SECONDS
  case "$t" in
    app-image) continue ;;
    # JavaFX's natives sit inside jars, so jpackage cannot see what the window links:
    # GTK 3 and libXtst (glass), libGL and libXxf86vm (the es2 pipeline). Debian 13 and
    # Ubuntu 24.04 renamed GTK's package libgtk-3-0t64. The runtime's own libraries jpackage
    # finds itself (dpkg -S).
    deb)
      rm -f "$out"/progeny_*.deb
      "$jdk_bin/jpackage" --type deb "${packaging[@]}" "${linux[@]}" \
        --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libxtst6, libgl1, libxxf86vm1" ;;
    # An rpm built on Debian gets no library dependencies at all, so name every library the
    # runtime and JavaFX link, by soname: that works on Fedora and openSUSE alike.
    rpm)
      rm -f "$out"/progeny-*.rpm
      "$jdk_bin/jpackage" --type rpm "${packaging[@]}" "${linux[@]}" \
        --linux-package-deps "$(rpm_deps)" ;;
  esac
  echo "built $t in $((SECONDS - start)) s"
done
rm -rf "$input" "$resources"
ls -l "$out"
