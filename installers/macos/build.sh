#!/usr/bin/env bash
# Builds Progeny for macOS with jpackage: a .dmg and/or a .pkg for the architecture of the JDK
# it runs with (jpackage cannot cross-build; use an arm64 JDK for Apple silicon, an x64 JDK
# for Intel). UNTESTED: written on Linux, where it refuses to run.
#
#   installers/macos/build.sh [dmg|pkg|all] [arm64|x86_64]      (default: all, the JDK's arch)
#
# Signing and notarisation happen only when these are set:
#   PROGENY_MAC_SIGN_IDENTITY  the name in your "Developer ID Application: <name>" and
#                              "Developer ID Installer: <name>" certificates, e.g.
#                              "Jane Doe (ABCDE12345)"; passed to jpackage --mac-signing-key-user-name
#   PROGENY_MAC_KEYCHAIN       optional: the keychain holding them (default: the login keychain)
#   PROGENY_NOTARY_PROFILE     a notarytool keychain profile, made once with
#                              xcrun notarytool store-credentials <profile> --apple-id ... --team-id ...
# Output: installers/macos/out/Progeny-<version>-<arch>.{dmg,pkg}
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=SCRIPTDIR/../common.sh
. "$here/../common.sh"

[ "$(uname -s)" = Darwin ] || die "this builds macOS packages and runs only on macOS (jpackage makes .dmg and .pkg only on a Mac). On Linux use installers/linux/build.sh."

what="${1:-all}"
case "$what" in
  dmg|pkg) types=("$what") ;;
  all) types=(dmg pkg) ;;
  *) die "usage: build.sh [dmg|pkg|all] [arm64|x86_64]" ;;
esac

find_jdk
[ -x "$jdk_bin/jpackage" ] || die "$jdk_bin has no jpackage: use a full JDK 25, not a JRE"
case "$("$jdk_bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *os.arch = //p')" in
  aarch64) arch=arm64 ;;
  x86_64|amd64) arch=x86_64 ;;
  *) die "unknown JDK architecture" ;;
esac
if [ -n "${2:-}" ] && [ "$2" != "$arch" ]; then
  die "asked for $2 but JAVA_HOME is a $arch JDK: set JAVA_HOME to a JDK 25 for $2 (an x64 JDK runs under Rosetta 2)"
fi

identity="${PROGENY_MAC_SIGN_IDENTITY:-}"
notary="${PROGENY_NOTARY_PROFILE:-}"
[ -z "$notary" ] || [ -n "$identity" ] || die "notarisation needs signing: set PROGENY_MAC_SIGN_IDENTITY too"
if [ -n "$identity" ]; then
  command -v codesign >/dev/null || die "signing needs codesign: xcode-select --install"
  security find-identity -v -p codesigning ${PROGENY_MAC_KEYCHAIN:+"$PROGENY_MAC_KEYCHAIN"} \
    | grep -q "Developer ID Application: $identity" \
    || die "no 'Developer ID Application: $identity' certificate in the keychain"
  # A signed .pkg needs the installer certificate too; say so now rather than inside jpackage.
  if [[ " ${types[*]} " == *" pkg "* ]]; then
    security find-identity -v ${PROGENY_MAC_KEYCHAIN:+"$PROGENY_MAC_KEYCHAIN"} \
      | grep -q "Developer ID Installer: $identity" \
      || die "no 'Developer ID Installer: $identity' certificate in the keychain (a signed .pkg needs it)"
  fi
fi
if [ -n "$notary" ]; then
  xcrun --find notarytool >/dev/null 2>&1 || die "notarisation needs notarytool (Xcode 13 or newer): xcode-select --install"
fi

build_jar
version="$(app_version)"
[ -n "$version" ] || die "no Implementation-Version in app/target/progeny.jar"
# CFBundleVersion must start at 1: jpackage refuses "0.x" ("The first number in an app-version
# cannot be zero or negative"). Before 1.0 the bundle says 1.0.0; `progeny --version` and the
# file names keep the real version, which comes from the jar.
bundle_version="$version"
[ "${version%%.*}" -ge 1 ] || bundle_version=1.0.0

out="$here/out"
input="$out/input-$arch"
stage_input "$input"
modules="$(runtime_modules "$input")"

# Apple's notary service opens jars and rejects every Mach-O inside that is not signed with
# a Developer ID, hardened runtime and secure timestamp (JNA's libjnidispatch, JavaFX's
# dylibs: java-native-access/jna#1306, #1661). jpackage signs the bundle, not jar contents,
# so sign those natives in the staged copies first.
sign_jar_natives() {
  local jar="$1" tmp entries=()
  while IFS= read -r entry; do entries+=("$entry"); done \
    < <(unzip -Z1 "$jar" | grep -E '\.(dylib|jnilib)$' || true)
  [ ${#entries[@]} -gt 0 ] || return 0
  tmp="$(mktemp -d)"
  unzip -q "$jar" "${entries[@]}" -d "$tmp"
  for entry in "${entries[@]}"; do
    codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
      ${PROGENY_MAC_KEYCHAIN:+--keychain "$PROGENY_MAC_KEYCHAIN"} \
      --sign "Developer ID Application: $identity" "$tmp/$entry"
  done
  (cd "$tmp" && zip -q "$jar" "${entries[@]}")
  rm -rf "$tmp"
  echo "signed ${#entries[@]} native libraries in $(basename "$jar")"
}
if [ -n "$identity" ]; then
  for jar in "$input/progeny.jar" "$input"/lib/*.jar; do sign_jar_natives "$jar"; done
fi

jpackage_common Progeny "$bundle_version" "$root/icons/progeny.icns" "$input" "$modules" "$here/resources" "$out"
common+=(
  --mac-package-identifier dev.progeny.app
  --mac-package-name Progeny
  --mac-app-category public.app-category.developer-tools
)
if [ -n "$identity" ]; then
  common+=(--mac-sign --mac-signing-key-user-name "$identity" --mac-entitlements "$here/entitlements.plist")
  [ -z "${PROGENY_MAC_KEYCHAIN:-}" ] || common+=(--mac-signing-keychain "$PROGENY_MAC_KEYCHAIN")
fi

for t in "${types[@]}"; do
  start=$SECONDS
  rm -f "$out/Progeny-$bundle_version.$t"
  "$jdk_bin/jpackage" --type "$t" "${common[@]}"
  file="$out/Progeny-$version-$arch.$t"
  mv "$out/Progeny-$bundle_version.$t" "$file"
  echo "built $(basename "$file") in $((SECONDS - start)) s"

  if [ -n "$notary" ]; then
    result="$out/notary-$t.json"
    xcrun notarytool submit "$file" --keychain-profile "$notary" --wait --output-format json >"$result"
    status="$(plutil -extract status raw -o - "$result" 2>/dev/null || echo unknown)"
    if [ "$status" != Accepted ]; then
      id="$(plutil -extract id raw -o - "$result" 2>/dev/null || echo "<id>")"
      die "notarisation of $(basename "$file") ended '$status'; see: xcrun notarytool log $id --keychain-profile $notary"
    fi
    xcrun stapler staple "$file"
    xcrun stapler validate "$file"
    echo "notarised and stapled $(basename "$file")"
  fi
done
rm -rf "$input"
ls -l "$out"
