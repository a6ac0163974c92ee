#!/usr/bin/env bash
# CI check of the Linux package, end to end, as root on Debian/Ubuntu:
#   build the .deb, install it with apt-get, run the installed command line, open the
#   installed app under Xvfb until its window shows, then remove the package and check
#   nothing is left. Installs the tools it needs with apt-get. Exits non-zero on any failure.
# Refuses to run when a package named progeny is already installed (it would replace it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix=/opt/progeny
launcher="$prefix/bin/progeny"

fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
step() { echo "check-deb: $*"; }

# Runs inside xvfb-run: start the installed app, wait for its window, take a screenshot,
# then end the app by its own pid.
if [ "${1:-}" = --inside-xvfb ]; then
  shots="$2"
  # Mesa under Xvfb fails JavaFX's ES2 check; software rendering is what a headless CI has.
  JAVA_TOOL_OPTIONS="-Dprism.order=sw" "$launcher" >"$shots/app.log" 2>&1 &
  app=$!
  trap 'kill "$app" 2>/dev/null || true' EXIT
  window=""
  for _ in $(seq 1 90); do
    kill -0 "$app" 2>/dev/null || { cat "$shots/app.log" >&2; fail "the app exited before showing a window"; }
    window="$(xdotool search --onlyvisible --name '^Progeny$' 2>/dev/null | head -n 1 || true)"
    [ -n "$window" ] && break
    sleep 1
  done
  [ -n "$window" ] || { cat "$shots/app.log" >&2; fail "no window titled Progeny within 90 s"; }
  step "window $window is up: $(xwininfo -id "$window" | sed -n 's/^ *-geometry //p')"
  xwd -root -silent -out "$shots/screen.xwd"
  [ -s "$shots/screen.xwd" ] || fail "the screenshot is empty"
  step "screenshot $(stat -c %s "$shots/screen.xwd") bytes"
  kill "$app"
  wait "$app" || true
  trap - EXIT
  exit 0
fi

[ "$(id -u)" -eq 0 ] || fail "run as root: it installs and removes a package"
command -v apt-get >/dev/null || fail "needs apt-get (Debian or Ubuntu)"
case "$(dpkg-query -W -f='${Status}' progeny 2>/dev/null || true)" in
  ""|*not-installed|*config-files) ;;
  *) fail "a progeny package is installed; remove it first (apt-get purge progeny)" ;;
esac

need=()
for tool in fakeroot:fakeroot dpkg-deb:dpkg xvfb-run:xvfb xauth:xauth xdotool:xdotool \
            xwininfo:x11-utils xwd:x11-apps python3:python3; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
done
# The build opens the window once to train the AOT cache, so it needs the libraries the .deb
# depends on (build.sh's --linux-package-deps) before the .deb exists.
for lib in libgtk-3.so.0:libgtk-3-0 libXtst.so.6:libxtst6 libGL.so.1:libgl1 libXxf86vm.so.1:libxxf86vm1; do
  ldconfig -p | grep -q "^[[:space:]]*${lib%%:*} " || need+=("${lib#*:}")
done
apt-get update -qq
if [ ${#need[@]} -gt 0 ]; then
  step "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

start=$SECONDS
"$here/build.sh" deb
debs=("$here"/out/progeny_*.deb)
[ -f "${debs[0]}" ] || fail "build.sh made no .deb"
deb="${debs[0]}"
step "built $(basename "$deb"): $(du -h "$deb" | cut -f1) in $((SECONDS - start)) s"

work="$(mktemp -d)"
installed=""
cleanup() {
  if [ -n "$installed" ]; then apt-get purge -y -qq progeny >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "installing with apt-get"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log" >&2; fail "apt-get install $deb"; }
installed=yes
[ -x "$launcher" ] || fail "$launcher is missing after install"
[ -f /usr/share/applications/progeny-progeny.desktop ] || fail "no desktop entry in /usr/share/applications"
[ "$(readlink -f /usr/bin/progeny)" = "$launcher" ] || fail "/usr/bin/progeny does not lead to $launcher"
step "installed: $(du -sh "$prefix" | cut -f1) in $prefix"

version="$(progeny --version)" || fail "progeny --version exited $?"
[[ "$version" == "progeny "[0-9]* ]] || fail "unexpected version line: $version"
step "progeny --version (from PATH): $version"

"$launcher" snapshot --json >"$work/snapshot.json" || fail "progeny snapshot --json exited $?"
python3 - "$work/snapshot.json" <<'PY' || fail "progeny snapshot --json is not JSON with a processes array"
import json, sys
with open(sys.argv[1]) as f:
    processes = json.load(f)["processes"]
assert isinstance(processes, list) and processes, "empty or not a list"
print(f"check-deb: progeny snapshot --json: {len(processes)} processes")
PY

step "opening the installed app under Xvfb"
xvfb-run -a -s "-screen 0 1280x1024x24" "$0" --inside-xvfb "$work" || fail "window check"
cp "$work/screen.xwd" "$here/out/check-deb-screen.xwd"
step "screenshot kept in installers/linux/out/check-deb-screen.xwd"

# purge, not remove: with a postrm, a removed package stays known to dpkg as config-files.
step "removing the package"
apt-get purge -y -qq progeny >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get purge progeny"; }
installed=""
[ ! -e "$prefix" ] || fail "$prefix is still there after removal"
[ ! -e /usr/share/applications/progeny-progeny.desktop ] || fail "the desktop entry is still there after removal"
[ ! -e /usr/bin/progeny ] || fail "/usr/bin/progeny is still there after removal"
if dpkg-query -W progeny >/dev/null 2>&1; then fail "dpkg still knows progeny: $(dpkg-query -W -f='${Status}' progeny)"; fi
step "OK in $((SECONDS - start)) s"
