# Sourced by ./mvnw, ./wenda and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Order: JAVA_HOME when it is >= 21, else the newest >= 21 in the usual install locations,
# else the `java` on PATH when it is >= 21. When there is none, one line says what to install.

wenda_java_major() {
  local home="$1" v=""
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$v" ] && [ -x "$home/bin/java" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = "1" ] && v=8
  printf '%s' "${v:-0}"
}

wenda_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(wenda_java_major "$JAVA_HOME")" -ge 21 ]; then
    return 0
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/jdk* /usr/local/java/* \
             "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(wenda_java_major "$dir")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$dir"; best_major="$major"
    fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    dir=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    [ "$(wenda_java_major "$dir")" -ge 21 ] && best="$dir"
  fi
  if [ -z "$best" ]; then
    echo "Wenda needs a JDK 21 or newer and found none: install one (for example 'apt-get install openjdk-21-jdk-headless' or a Temurin 21 build) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
