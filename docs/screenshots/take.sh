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
APP=""
# Ends the window and exactly what it launched (by the variable each launch inherits).
cleanup() {
    [ -n "$MARK" ] || return 0
    for env in /proc/[0-9]*/environ; do
        if (tr "\0" "\n" < "$env") 2>/dev/null | grep -qx "PROGENY_SCREENSHOT=$MARK"; then
            pid=${env#/proc/}; pid=${pid%/environ}
            [ "$pid" != "$APP" ] && kill -KILL "$pid" 2>/dev/null || true
        fi
    done
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    MARK=""
}
trap cleanup EXIT

# One picture: $1 appearance, $2 width, $3 height, $4 file.
shoot() {
    # Every process the window launches inherits this variable: the cleanup ends exactly those.
    # Started in /tmp, so launches run there and no path of this machine shows in the picture.
    MARK="progeny-screenshot-$$-$1-$2"
    (cd /tmp && exec env PROGENY_SCREENSHOT="$MARK" "$JAVA" --enable-native-access=ALL-UNNAMED -Dprism.order=sw \
        -Dprogeny.appearance="$1" -jar "$JAR") &
    APP=$!
    sleep 8
    WID=$(xdotool search --sync --name '^Progeny$' | head -1)
    xdotool windowmove "$WID" 0 0
    xdotool windowsize "$WID" "$2" "$3"
    sleep 1
    # A tree with a bit of everything: children, a zombie, a stopped process, an orphan adopted by
    # Progeny (the subshell that started it is gone), a member that made its own session, output.
    xdotool key ctrl+l
    xdotool type --delay 5 'seq -f "line %g" 1 12000; sleep 300 & (sleep 0.5 & exec sleep 301) & (sleep 302 &); setsid sh -c "sleep 303 & exec sleep 304" & sleep 305 & sleep 0.3; kill -STOP $!; echo "an error line" >&2; sh -c "while :; do :; done" & wait'
    xdotool key Return
    sleep 6
    # Select the launched shell (the first process row) so Details has something to say.
    xdotool mousemove 300 "$ROW" click 1
    sleep 4
    import -window root -crop "$2x$3+0+0" +repage "$4"
    cleanup
}

ROW=${ROW:-150}
for look in light dark; do
    shoot "$look" 1440 900 "$OUT/screenshots/$look-1440x900.png"
    shoot "$look" 800 600 "$OUT/screenshots/$look-800x600.png"
done
shoot light 1280 800 "$OUT/screenshot.png"
