#!/bin/sh
# A child that moves into a process group of its own (setpgid, via perl's setpgrp) but stays in
# the session, then sleeps; the script exits at once. Prints "group PID".
# Usage: new-group.sh [SECONDS]   (default 300). Needs perl.
perl -e 'setpgrp(0, 0) or die "setpgrp: $!"; print "group $$\n"; exec "sleep", $ARGV[0]' "${1:-300}" &
