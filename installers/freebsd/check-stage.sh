#!/usr/bin/env bash
# CI check of the FreeBSD package's contents, run on Linux: stage with build.sh, then run the
# staged launcher (under /bin/sh, as FreeBSD would) on the JDK 25 in JAVA_HOME. The command
# line must work, the package must hold no JavaFX jar, and 'progeny' alone must say the
# window needs JavaFX and exit 1 instead of failing with a stack trace.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

fail() { echo "check-stage: FAILED: $*" >&2; exit 1; }
step() { echo "check-stage: $*"; }

[ -n "${JAVA_HOME:-}" ] || fail "set JAVA_HOME to a JDK 25"
command -v python3 >/dev/null || fail "needs python3 to read the JSON (apt-get install python3)"
"$here/build.sh"
stage="$here/out/stage/usr/local"
launcher="$stage/bin/progeny"
run() { PROGENY_JAVA_HOME="$JAVA_HOME" sh "$launcher" "$@"; }

[ -x "$launcher" ] || fail "no executable launcher in the stage"
for jar in "$stage"/share/progeny/lib/javafx-*; do
  [ ! -e "$jar" ] || fail "a JavaFX jar was staged: $jar"
done
(cd "$stage" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) | diff -u - "$here/out/pkg-plist" \
  || fail "pkg-plist does not list exactly the staged files"
for key in name version origin comment maintainer www prefix; do
  grep -q "^$key:" "$here/out/meta/+MANIFEST" || fail "+MANIFEST lacks $key (pkg create requires it)"
done

version="$(run --version)" || fail "progeny --version exited $?"
[[ "$version" == "progeny "[0-9]* ]] || fail "unexpected version line: $version"
step "progeny --version: $version"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run snapshot --json >"$work/snapshot.json" || fail "progeny snapshot --json exited $?"
python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["processes"]; assert p; print(f"check-stage: progeny snapshot --json: {len(p)} processes")' \
  "$work/snapshot.json" || fail "progeny snapshot --json is not JSON with a processes array"

status=0
run >"$work/out" 2>"$work/err" || status=$?
[ "$status" -eq 1 ] || fail "progeny with no arguments exited $status, not 1: $(cat "$work/err")"
grep -q "the window needs JavaFX" "$work/err" || fail "progeny with no arguments said: $(cat "$work/err")"
step "progeny alone: exit 1, $(cat "$work/err")"

status=0
PROGENY_JAVA_HOME=/nonexistent sh "$launcher" --version 2>"$work/err" || status=$?
if [ "$status" -ne 1 ] || ! grep -q "pkg install openjdk25" "$work/err"; then
  fail "a missing JDK is not explained: $(cat "$work/err")"
fi
step "without a JDK: $(cat "$work/err")"
step "OK"
