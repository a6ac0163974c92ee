#!/bin/sh
# progeny: Progeny on FreeBSD, on the system's OpenJDK 25 (pkg install openjdk25).
#   PROGENY_JAVA_HOME   another JDK 25 (default: the openjdk25 package's home)
#   PROGENY_JAVAFX_LIB  a directory of JavaFX 25 jars with natives built for FreeBSD; the
#                       window needs it and FreeBSD ships none (pkg info -D progeny)
# It finds its jars relative to itself: <prefix>/bin/progeny -> <prefix>/share/progeny.
self="$(realpath "$0")"
share="$(dirname "$(dirname "$self")")/share/progeny"
java_home="${PROGENY_JAVA_HOME:-/usr/local/openjdk25}"

if [ ! -x "$java_home/bin/java" ]; then
    echo "progeny: needs OpenJDK 25 in $java_home: pkg install openjdk25 (or set PROGENY_JAVA_HOME)" >&2
    exit 1
fi

classpath="$share/progeny.jar:$share/lib/*"
if [ -n "${PROGENY_JAVAFX_LIB:-}" ]; then
    classpath="$classpath:$PROGENY_JAVAFX_LIB/*"
fi

# The options in app/jvm.options, written in by build.sh (why each: docs/gui-performance.md).
exec "$java_home/bin/java" %%JAVA_OPTIONS%% -cp "$classpath" dev.progeny.app.Main "$@"
