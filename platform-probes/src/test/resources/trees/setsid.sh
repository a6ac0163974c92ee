#!/bin/sh
# A child that calls setsid (new session and group, without forking: a background job of a
# non-interactive shell is no group leader) and outlives the script. Prints "session PID".
# Usage: setsid.sh [SECONDS]   (default 300)
setsid sleep "${1:-300}" &
echo "session $!"
