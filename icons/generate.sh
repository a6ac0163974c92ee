#!/usr/bin/env bash
# Renders every icon Progeny ships from the one drawing, icons/progeny.svg:
#   icons/png/progeny-N.png      N = 16..1024: jpackage --icon (Linux: the 256 px one, its desktop entry's icon)
#   icons/progeny.icns           macOS app icon (jpackage --icon on a Mac)
#   app/src/main/resources/dev/progeny/app/icons/progeny-N.png   the window's own icons
#   icons/png/rendered-from.sha256   the SVG's hash, which AppIconsTest checks
# The outputs are committed; run this again after editing the SVG.
# It installs nothing: it needs rsvg-convert (librsvg) and python3 and says how to get them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

missing=0
if ! command -v rsvg-convert >/dev/null; then
  echo "generate.sh: rsvg-convert is missing. Install librsvg:" >&2
  echo "  Debian/Ubuntu: apt-get install librsvg2-bin   Fedora: dnf install librsvg2-tools" >&2
  echo "  macOS: brew install librsvg                   FreeBSD: pkg install librsvg2-rust" >&2
  missing=1
fi
if ! command -v python3 >/dev/null; then
  echo "generate.sh: python3 is missing (it packs the .icns). Install python3 from your OS." >&2
  missing=1
fi
[ "$missing" -eq 0 ] || exit 1

svg="$here/progeny.svg"
png="$here/png"
window="$root/app/src/main/resources/dev/progeny/app/icons"
mkdir -p "$png" "$window"

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$png/progeny-$size.png"
done

# The window picks the best fit from these (Stage.getIcons()).
for size in 16 32 48 64 128 256; do
  cp "$png/progeny-$size.png" "$window/progeny-$size.png"
done

# PNG-holding icns types and their pixel sizes (icp4/icp5 since 10.7, ic07..ic14 @1x/@2x).
python3 "$here/icns.py" "$here/progeny.icns" \
  "icp4=$png/progeny-16.png" "ic11=$png/progeny-32.png" \
  "icp5=$png/progeny-32.png" "ic12=$png/progeny-64.png" \
  "ic07=$png/progeny-128.png" "ic13=$png/progeny-256.png" \
  "ic08=$png/progeny-256.png" "ic14=$png/progeny-512.png" \
  "ic09=$png/progeny-512.png" "ic10=$png/progeny-1024.png"

# Which drawing these were rendered from; a test fails when the SVG changes without them.
python3 -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' \
  "$svg" > "$png/rendered-from.sha256"

echo "generate.sh: wrote icons/png/progeny-*.png, icons/progeny.icns and the window icons"
