#!/bin/sh
# A double fork without setsid: a subshell starts `sleep SECONDS` and exits, and so does the
# script, so the sleep is orphaned but stays in the launch's group and session. Prints "orphan PID".
# Usage: double-fork.sh [SECONDS]   (default 300)
( sleep "${1:-300}" & echo "orphan $!" )
