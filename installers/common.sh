# shellcheck shell=bash
# Shared by the installer scripts (sourced, not run): finds JDK 25, builds the jar, stages
# the jpackage input and picks the runtime modules. Callers set -euo pipefail and define
# $root (the repo root) first.

: "${root:?set root to the repository root before sourcing common.sh}"

# The JVM options every launcher passes, one per line in app/jvm.options (the README's `java
# @app/jvm.options -jar ...` reads the same file; why each: docs/gui-performance.md).
java_options=()
while IFS= read -r option; do
  [ -n "$option" ] && java_options+=("$option")
done < "$root/app/jvm.options"

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# JDK 25 or newer: JAVA_HOME if set, else the java on PATH.
find_jdk() {
  local java="${JAVA_HOME:+$JAVA_HOME/bin/}java" major
  command -v "$java" >/dev/null || die "no java found: set JAVA_HOME to a JDK 25 or newer"
  major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [ "${major:-0}" -ge 25 ] 2>/dev/null || die "JDK 25 or newer needed, $java is $major: set JAVA_HOME"
  # Follows links by hand: macOS has readlink -f only from 12.3 on.
  local path link
  path="$(command -v "$java")"
  while [ -L "$path" ]; do
    link="$(readlink "$path")"
    case "$link" in
      /*) path="$link" ;;
      *) path="$(dirname "$path")/$link" ;;
    esac
  done
  jdk_bin="$(cd "$(dirname "$path")" && pwd -P)"
}

# Builds app/target/progeny.jar and app/target/lib/ with the Maven wrapper; arguments go to
# Maven. MAVEN_OFFLINE=1 builds offline.
# shellcheck disable=SC2120 # the Maven arguments are optional
build_jar() {
  echo "building the jar (./mvnw -q -pl app -am package -DskipTests $*)"
  (cd "$root" && ./mvnw -q -B -pl app -am package -DskipTests ${MAVEN_OFFLINE:+-o} "$@")
}

# The app version from the jar manifest (the POM's version without -SNAPSHOT):
# jpackage accepts only digits and dots.
app_version() {
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && "$jdk_bin/jar" -xf "$root/app/target/progeny.jar" META-INF/MANIFEST.MF)
  sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' "$tmp/META-INF/MANIFEST.MF" | tr -d '\r'
  rm -rf "$tmp"
}

# Copies progeny.jar and its lib/ into a fresh directory $1 (jpackage's --input).
stage_input() {
  rm -rf "$1"
  mkdir -p "$1/lib"
  cp "$root/app/target/progeny.jar" "$1/"
  cp "$root/app/target/lib/"*.jar "$1/lib/"
}

# jlink options for the bundled runtime: no debug symbols, man pages, headers or JDK
# commands (java, keytool...), which the app's own launcher does not need.
# shellcheck disable=SC2034 # read by the scripts that source this file
jlink_options="--strip-debug --no-man-pages --no-header-files --strip-native-commands"

# Prints the trimmed runtime's modules for the jars staged in $1, after checking with jdeps
# that the classes need nothing outside the list. The list holds more than jdeps finds: what
# the libraries require at run time although no class names it directly:
#   java.xml, jdk.unsupported   javafx.graphics's module-info requires them
#   java.logging                JNA logs through java.util.logging
#   jdk.management              com.sun.management (CPU times in progeny bench)
runtime_modules() {
  local modules="java.base,java.desktop,java.logging,java.sql,java.xml,jdk.jfr,jdk.management,jdk.unsupported"
  local needed m
  # jdeps warns about split packages first; the module list is its last line.
  needed="$("$jdk_bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps \
    --class-path "$1/lib/*" "$1/progeny.jar" "$1"/lib/*.jar 2>/dev/null | tail -n 1)"
  [[ "$needed" =~ ^[a-z.,]+$ ]] || die "jdeps did not print a module list: $needed"
  for m in ${needed//,/ }; do
    case ",$modules," in
      *",$m,"*) ;;
      *) die "the code now needs module $m: add it to runtime_modules in installers/common.sh" ;;
    esac
  done
  echo "$modules"
}

# The jpackage arguments every OS shares, into the array `common`: name, version, icon, then
# the staged input, entry point, trimmed runtime, resources, output and one --java-options
# per JVM option (jpackage takes them one at a time). Callers append their OS's own.
jpackage_common() {
  local name="$1" version="$2" icon="$3" input="$4" modules="$5" resources="$6" dest="$7"
  common=(
    --name "$name"
    --app-version "$version"
    --vendor "Progeny"
    --description "Launch, watch and end whole process trees."
    --input "$input"
    --main-jar progeny.jar
    --main-class dev.progeny.app.Main
    --add-modules "$modules"
    --jlink-options "$jlink_options"
    --icon "$icon"
    --resource-dir "$resources"
    --dest "$dest"
    ${JPACKAGE_VERBOSE:+--verbose}
  )
  local option
  for option in "${java_options[@]}"; do common+=(--java-options "$option"); done
}

# Trains an AOT cache (JDK 25, JEP 483/515) into an app-image: the window opens and paints once
# under a display (Xvfb when there is none), the JVM records what it loaded and linked, and the
# launcher then starts with -XX:AOTCache=$APPDIR/progeny.aot (first paint about twice as fast:
# docs/gui-performance.md). Without xvfb-run or a display it says so, and the image starts
# without a cache. The cache matches this runtime and these jars, by path relative to the image
# and by modification time: packages must keep both.
train_aot_cache() {
  local image="$1" launcher="$2" cfg="$3" appdir cache run=()
  appdir="$(dirname "$cfg")"
  cache="$appdir/progeny.aot"
  if command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a -s "-screen 0 1280x1024x24")
  elif [ -z "${DISPLAY:-}" ]; then
    echo "no xvfb-run and no display: $image starts without an AOT cache" >&2
    return 0
  fi
  ldconfig -p | grep -q '^[[:space:]]*libgtk-3\.so\.0 ' \
    || die "training the AOT cache opens the window, which needs GTK 3: apt-get install libgtk-3-0 (or dnf install gtk3)"
  local record="-XX:AOTMode=record -XX:AOTConfiguration=$appdir/progeny.aotconf -Dprism.order=sw"
  JAVA_TOOL_OPTIONS="$record" "${run[@]}" "$launcher" bench ui --processes 0 --seconds 1 --warmup 1 >/dev/null 2>&1 \
    || die "the AOT training run of $launcher failed"
  JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$appdir/progeny.aotconf -XX:AOTCache=$cache" \
    "$launcher" --version >/dev/null 2>&1 || die "creating the AOT cache $cache failed"
  rm -f "$appdir/progeny.aotconf"
  echo "java-options=-XX:AOTCache=\$APPDIR/progeny.aot" >> "$cfg"
  echo "trained AOT cache: $(du -h "$cache" | cut -f1)"
}
