#!/bin/sh
# Leaves a stopped process behind: a child that ignores SIGHUP (so the SIGHUP+SIGCONT the
# kernel sends to a newly orphaned stopped group cannot end it) stops itself with SIGSTOP.
# The script then waits ROOT_SECONDS and exits, or with "stop" stops itself too.
# Prints "stopped PID" once the child is stopped. Usage: stop-self.sh [ROOT_SECONDS|stop]
sh -c 'trap "" HUP; kill -STOP $$; sleep 300' &
child=$!
until grep -q '^State:.*T' "/proc/$child/status" 2>/dev/null; do sleep 0.05; done
echo "stopped $child"
if [ "${1:-0}" = stop ]; then
    kill -STOP $$
else
    sleep "${1:-0}"
fi
