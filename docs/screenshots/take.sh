#!/bin/sh
# Takes the window's screenshots: the real jar under Xvfb with a live launched tree, light and
# dark, at 1440x900 and 800x600 (docs/screenshots/) and docs/screenshot.png (light, 1280x800).
# Needs: xvfb xauth libgtk-3-0 imagemagick xdotool; the jar (./mvnw -pl app -am package -DskipTests).
# Run from the repository root:  xvfb-run -a -s "-screen 0 1600x1000x24" sh docs/screenshots/take.sh
set -eu
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR="$(pwd)/app/target/progeny.jar"
OUT="$(pwd)/docs"

MARK=""
# A tree with a bit of everything: children, a zombie, a stopped process, an orphan adopted by
# Progeny (the subshell that started it is gone), a member that made its own session, a busy
# process, and more output than the window holds (stdout and stderr).
cat > /tmp/progeny-demo.sh <<'EOF'
seq -f "line %g" 1 12000
echo "an error line" >&2
sleep 300 & (sleep 0.5 & exec sleep 301) & (sleep 302 &)
setsid sh -c "sleep 303 & exec sleep 304" &
sleep 305 & sleep 0.3; kill -STOP $!
sh -c "while :; do :; done" &
wait
EOF
# Ends the window and exactly what it launched (by the variable each of them inherits).
cleanup() {
    [ -n "$MARK" ] || return 0
    for env in /proc/[0-9]*/environ; do
        if (tr "\0" "\n" < "$env") 2>/dev/null | grep -qx "PROGENY_SCREENSHOT=$MARK"; then
            pid=${env#/proc/}; pid=${pid%/environ}
            kill -KILL "$pid" 2>/dev/null || true
        fi
    done
    MARK=""
}
# Killed windows leave their spill files: they go with their own directory.
trap 'cleanup; rm -rf /tmp/progeny-demo.sh /tmp/progeny-screenshot-cache' EXIT

# One picture: $1 appearance, $2 width, $3 height, $4 file, $5 the bottom tab shown (Alt+1 Details, Alt+4 Output).
shoot() {
    # Every process the window launches inherits this variable: the cleanup ends exactly those.
    # Started in /tmp, so launches run there and no path of this machine shows in the picture;
    # setsid -f, so the parent chain in Details is short (the window's parent is then init).
    MARK="progeny-screenshot-$$-$1-$2"
    (cd /tmp && exec setsid -f env PROGENY_SCREENSHOT="$MARK" "$JAVA" --enable-native-access=ALL-UNNAMED \
        -Dprism.order=sw -Dprogeny.appearance="$1" -Dprogeny.cacheDir=/tmp/progeny-screenshot-cache -jar "$JAR")
    WID=$(xdotool search --sync --name '^Progeny$' | head -1)
    # The first start in a fresh display is slow (fonts, JIT): keys sent too early are lost.
    sleep 12
    # No window manager: nothing to wait for (--sync would wait forever), and keys go where the pointer is.
    xdotool windowmove "$WID" 0 0
    xdotool windowsize "$WID" "$2" "$3"
    xdotool mousemove 300 300
    xdotool windowfocus "$WID"
    sleep 2
    # Another Progeny's leftovers on this machine would offer themselves above the tree: Leave them.
    xdotool key alt+l
    sleep 1
    # The demo is a script in /tmp (typing a long line into the field loses keys under load).
    xdotool key ctrl+l
    sleep 1
    xdotool type --delay 20 'sh progeny-demo.sh'
    xdotool key Return
    sleep 6
    # Select the launched shell (the first process row) so Details has something to say.
    xdotool mousemove 300 "$ROW" click 1
    xdotool key "$5"
    sleep 4
    import -window root -crop "$2x$3+0+0" +repage "$4"
    cleanup
}

ROW=${ROW:-161}
shoot light 1440 900 "$OUT/screenshots/light-1440x900.png" alt+1
shoot light 800 600 "$OUT/screenshots/light-800x600.png" alt+4
shoot dark 1440 900 "$OUT/screenshots/dark-1440x900.png" alt+4
shoot dark 800 600 "$OUT/screenshots/dark-800x600.png" alt+1
shoot light 1280 800 "$OUT/screenshot.png" alt+1
