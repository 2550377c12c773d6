#!/usr/bin/env bash
# Start-up bench (issue 17): how long the launcher takes to a first answer and to a ready server,
# and how much memory each uses. Every run is a fresh process measured by /usr/bin/time -v; the
# script prints each run and then the medians, beside `java -version` (the JVM's own floor) run the
# same way in the same session.
# Usage: bench/startup.sh [--runs 5] [--question TEXT] [--jar FILE]
# Runs ./wenda (so the launcher's JVM options and class-data archive count), or with --jar another
# jar the way the launcher ran it before class-data sharing (java -Xmx512m -jar FILE), in a temporary
# working directory: its ./data holds the persisted index and the H2 file. The first `ask` builds
# the index and is not counted. `serve` runs with the bundled bank and no platform, on a free
# loopback port; ready = the first 200 from /readyz, polled every 20 ms.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
question="什么是dropout"
jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --question) question="$2"; shift 2 ;;
    --jar) jar="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
# shellcheck disable=SC1091
. "$root/.mvn/find-jdk.sh"
wenda_find_jdk || exit 1
if [ -n "$jar" ]; then
  wenda=("$JAVA_HOME/bin/java" -Xmx512m -jar "$jar")
else
  wenda=("$root/wenda")
  "$root/wenda" --version >/dev/null   # builds the jar (and its archive) first when stale
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# field NAME FILE: one value of a /usr/bin/time -v report
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
wall() { # h:mm:ss or m:ss.cc -> seconds
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$1")"
}
rss_mib() { awk '{ printf "%.0f", $1 / 1024 }' <<<"$(field 'Maximum resident set size (kbytes)' "$1")"; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }

"$JAVA_HOME/bin/java" -version 2>&1 | head -n 1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); runs: $runs"
"${wenda[@]}" ask --lang en "$question" >/dev/null 2>&1   # builds and persists the index

declare -a jv_wall jv_rss ask_wall ask_rss ready serve_rss serve_peak
for i in $(seq 1 "$runs"); do
  /usr/bin/time -v -o "$work/t" "$JAVA_HOME/bin/java" -version >/dev/null 2>&1
  jv_wall+=("$(wall "$work/t")"); jv_rss+=("$(rss_mib "$work/t")")

  /usr/bin/time -v -o "$work/t" "${wenda[@]}" ask "$question" >/dev/null 2>"$work/ask.err"
  ask_wall+=("$(wall "$work/t")"); ask_rss+=("$(rss_mib "$work/t")")

  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  start=$(now)
  WENDA_HTTP_PORT=$port WENDA_LOG_LEVEL=warn /usr/bin/time -v -o "$work/t" "${wenda[@]}" serve >"$work/serve.log" 2>&1 &
  timer=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz" 2>/dev/null)" = 200 ]; do
    kill -0 "$timer" 2>/dev/null || { echo "serve exited before ready:" >&2; tail -n 20 "$work/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  ready+=("$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')")
  sleep 5   # let the ready process settle before reading its resident memory
  pid=$(pgrep -P "$timer" -f 'serve' | head -n 1)
  serve_rss+=("$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")")
  kill -TERM "$pid"
  wait "$timer" || true
  serve_peak+=("$(rss_mib "$work/t")")
  printf 'run %d: java -version %ss %sMiB | ask %ss %sMiB | serve ready %ss, RSS %sMiB (peak %sMiB)\n' "$i" \
    "${jv_wall[-1]}" "${jv_rss[-1]}" "${ask_wall[-1]}" "${ask_rss[-1]}" "${ready[-1]}" "${serve_rss[-1]}" "${serve_peak[-1]}"

done

m() { printf '%s\n' "$@" | median; }
echo "median: java -version $(m "${jv_wall[@]}") s, $(m "${jv_rss[@]}") MiB peak RSS"
echo "median: wenda ask     $(m "${ask_wall[@]}") s, $(m "${ask_rss[@]}") MiB peak RSS"
echo "median: wenda serve   ready in $(m "${ready[@]}") s, $(m "${serve_rss[@]}") MiB RSS when ready (peak $(m "${serve_peak[@]}") MiB)"
