#!/bin/sh
# A tree that ignores SIGTERM: a background sleep and the script itself (which becomes a
# second sleep); an ignored disposition survives exec, so only SIGKILL ends them.
# Prints "ready" once both exist. Usage: ignore-term.sh [SECONDS]   (default 300)
trap '' TERM
sleep "${1:-300}" &
echo ready
exec sleep "${1:-300}"
