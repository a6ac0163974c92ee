#!/bin/sh
# Takes docs/screenshot.png: the real window under Xvfb with a live launched tree.
# Needs: xvfb xauth libgtk-3-0 imagemagick xdotool; the jar built with the launch bar
# (./mvnw -pl app -am package). The clicks assume the 1280x800 window at the top left.
# Run from the repository root:  xvfb-run -a -s "-screen 0 1280x1024x24" sh docs/screenshot.sh
set -eu
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
MARK="progeny-screenshot-$$"

# Every process the window launches inherits this variable: the cleanup below ends exactly those.
# Started in /tmp, so launches run there and no path of this machine shows in the picture.
JAR="$(pwd)/app/target/progeny.jar"
(cd /tmp && exec env PROGENY_SCREENSHOT="$MARK" "$JAVA" --enable-native-access=ALL-UNNAMED -Dprism.order=sw \
    -jar "$JAR") &
APP=$!
cleanup() {
    for env in /proc/[0-9]*/environ; do
        if (tr "\0" "\n" < "$env") 2>/dev/null | grep -qx "PROGENY_SCREENSHOT=$MARK"; then
            pid=${env#/proc/}; pid=${pid%/environ}
            [ "$pid" != "$APP" ] && kill -KILL "$pid" 2>/dev/null || true
        fi
    done
    kill "$APP" 2>/dev/null || true
}
trap cleanup EXIT

sleep 8
WID=$(xdotool search --sync --name '^Progeny$' | head -1)
xdotool windowmove "$WID" 0 0
sleep 1
# A tree with a bit of everything: children, a zombie, a stopped process, an orphan adopted by
# Progeny (the subshell that started it is gone), and a member that made its own session.
xdotool key ctrl+l
xdotool type --delay 5 'sleep 300 & (sleep 0.5 & exec sleep 301) & (sleep 302 &); setsid sh -c "sleep 303 & exec sleep 304" & sleep 305 & sleep 0.3; kill -STOP $!; sh -c "while :; do :; done" & wait'
xdotool key Return
sleep 6
# Select the zombie's parent so the details pane has something to say.
xdotool mousemove 300 213 click 1
sleep 4
import -window root -crop 1280x800+0+0 +repage docs/screenshot.png
