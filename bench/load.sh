#!/usr/bin/env bash
# Load bench (issue 9): real JDA and real Bolt against loopback fakes, real services behind them.
# Usage: bench/load.sh [--seconds 60] [--asks-per-second 200] [--channels 20] [--players 50]
#                      [--soak-seconds 0] [--db-url JDBC] [--help]
# Compiles the test sources, then runs dev.wenda.bot.bench.LoadDriver in its own JVM.
# LOAD_JAVA_OPTS sets JVM options (default -Xmx1g); LOAD_JFR=file.jfr records a JFR profile.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck disable=SC1091
. "$root/.mvn/find-jdk.sh"
wenda_find_jdk || exit 1
cd "$root"
cp_file="$root/bot/target/load-classpath.txt"
./mvnw -B -q -pl bot -am -Dspotless.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
cp="$root/bot/target/test-classes:$root/bot/target/classes:$(cat "$cp_file")"
# The same as ./wenda: ONNX Runtime's telemetry stays off (search/.../BgeEmbedder.java, environment()).
export ORT_DISABLE_TELEMETRY="${ORT_DISABLE_TELEMETRY:-1}"
jfr=()
if [ -n "${LOAD_JFR:-}" ]; then
  jfr=("-XX:StartFlightRecording=filename=$LOAD_JFR,settings=profile,dumponexit=true")
fi
exec "$JAVA_HOME/bin/java" ${LOAD_JAVA_OPTS:--Xmx1g} "${jfr[@]}" --enable-native-access=ALL-UNNAMED \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" dev.wenda.bot.bench.LoadDriver "$@"
