#!/usr/bin/env bash
# Builds Progeny's FreeBSD package: the jars plus a launcher on the system's OpenJDK 25.
# jpackage does not exist on FreeBSD, so this stages the files itself:
#   out/stage/usr/local/bin/progeny                launcher (progeny.sh)
#   out/stage/usr/local/share/progeny/progeny.jar  the app
#   out/stage/usr/local/share/progeny/lib/*.jar    its libraries, without JavaFX (Linux natives)
# plus out/meta/{+MANIFEST,+DESC,+DISPLAY} and out/pkg-plist, and on FreeBSD runs
# pkg create to make out/progeny-<version>.pkg. Staging also runs on Linux (that is how it is
# checked; see check-stage.sh). UNTESTED on FreeBSD itself.
#   PROGENY_MAINTAINER, PROGENY_WWW   the manifest's maintainer and www (pkg requires both)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=SCRIPTDIR/../common.sh
. "$here/../common.sh"

find_jdk
# OpenJFX's POM picks its native classifier from the build OS and knows no FreeBSD; name one
# so Maven resolves. The JavaFX jars are left out of the package anyway.
if [ "$(uname -s)" = FreeBSD ]; then
  build_jar -Djavafx.platform=linux
else
  build_jar
fi
version="$(app_version)"
[ -n "$version" ] || die "no Implementation-Version in app/target/progeny.jar"

out="$here/out"
stage="$out/stage"
prefix=/usr/local
share="$stage$prefix/share/progeny"
rm -rf "$stage" "$out/meta" "$out/pkg-plist"
mkdir -p "$stage$prefix/bin" "$share/lib" "$out/meta"

sed "s|%%JAVA_OPTIONS%%|${java_options[*]}|" "$here/progeny.sh" > "$stage$prefix/bin/progeny"
chmod 755 "$stage$prefix/bin/progeny"
install -m 644 "$root/app/target/progeny.jar" "$share/"
for jar in "$root/app/target/lib/"*.jar; do
  case "$(basename "$jar")" in
    javafx-*) ;;  # natives for Linux only; the window needs a FreeBSD build of JavaFX
    *) install -m 644 "$jar" "$share/lib/" ;;
  esac
done

sed -e "s|%%VERSION%%|$version|" \
    -e "s|%%MAINTAINER%%|${PROGENY_MAINTAINER:-unknown}|" \
    -e "s|%%WWW%%|${PROGENY_WWW:-unknown}|" \
    "$here/MANIFEST.in" >"$out/meta/+MANIFEST"
cp "$here/pkg-descr" "$out/meta/+DESC"
cp "$here/pkg-message" "$out/meta/+DISPLAY"
# The packing list: every staged file, relative to the prefix.
(cd "$stage$prefix" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) >"$out/pkg-plist"
echo "staged $(wc -l <"$out/pkg-plist") files, $(du -sh "$stage" | cut -f1), in installers/freebsd/out/stage"

if [ "$(uname -s)" = FreeBSD ]; then
  pkg create -m "$out/meta" -r "$stage" -p "$out/pkg-plist" -o "$out"
  echo "built $(ls "$out"/progeny-*.pkg)"
else
  echo "not on FreeBSD: staged only; pkg create runs on FreeBSD"
fi
