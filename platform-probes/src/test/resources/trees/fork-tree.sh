#!/bin/sh
# A plain tree: two children, one with a child of its own, all sleeping; the script waits.
# Prints "ready" once they are started. Usage: fork-tree.sh [SECONDS]   (default 300)
sleep "${1:-300}" &
sh -c 'sleep "$1" & wait' sh "${1:-300}" &
echo ready
wait
