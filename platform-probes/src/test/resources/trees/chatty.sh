#!/bin/sh
# Writes BYTES bytes of "x" to stdout and a last line "END" to stderr, as fast as it can.
# Usage: chatty.sh BYTES
head -c "$1" /dev/zero | tr '\0' x
echo END >&2
