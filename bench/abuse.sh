#!/usr/bin/env bash
# Abuse suite (issue 18): the ops endpoint and the Slack HTTP endpoint on loopback under slow-loris
# connections and bad Slack requests, then 100 MB unsigned bodies. Bounded in time, loopback only.
# Usage: bench/abuse.sh [SECONDS]   (default 20; the whole run takes about SECONDS + 15 s)
# Compiles the test sources, then runs dev.wenda.bot.bench.AbuseDriver in its own JVM (-Xmx512m).
# Exits 1 when a target is missed: /healthz p99 <= 100 ms, 100 MB body answered in <= 100 ms with
# the heap flat, no log line of 2 KB or more, no response with a trace or a server banner.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck disable=SC1091
. "$root/.mvn/find-jdk.sh"
wenda_find_jdk || exit 1
cd "$root"
cp_file="$root/bot/target/abuse-classpath.txt"
./mvnw -B -q -pl bot -am -Dspotless.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
cp="$root/bot/target/test-classes:$root/bot/target/classes:$(cat "$cp_file")"
exec timeout 300 "$JAVA_HOME/bin/java" ${ABUSE_JAVA_OPTS:--Xmx512m} -cp "$cp" dev.wenda.bot.bench.AbuseDriver "$@"
