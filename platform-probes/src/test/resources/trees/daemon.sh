#!/bin/sh
# Detaches a daemon the classic way and exits at once: a subshell forks, the child calls
# setsid(1) (new session and group), its shell starts `sleep SECONDS` in the background and
# exits, so the sleep is orphaned twice over. Prints "daemon PID" on stdout.
# Usage: daemon.sh [SECONDS]   (default 300)
( setsid sh -c 'sleep "$1" & echo "daemon $!"' sh "${1:-300}" & )
