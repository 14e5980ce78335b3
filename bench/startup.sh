#!/bin/sh
# Median time from `java -jar onewindow-hub.jar` to GET /health = 200, over N starts, beside a
# baseline in the same run: the same JVM and jar printing its usage (`help`), which is the floor any
# start pays. Each start uses a fresh data directory; the hub is stopped after each run.
#   usage: bench/startup.sh [N=7] [PORT=18181]
set -eu
cd "$(dirname "$0")/.."
N=${1:-7}
PORT=${2:-18181}
JAR=server/target/onewindow-hub.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v curl >/dev/null || { echo "needs curl" >&2; exit 2; }

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

base=""; hub=""
i=0
while [ "$i" -lt "$N" ]; do
    t0=$(now_ms); java -jar "$JAR" help >/dev/null; t1=$(now_ms)
    base="$base $((t1 - t0))"

    data=$(mktemp -d)
    t0=$(now_ms)
    java -jar "$JAR" --data "$data" --host 127.0.0.1 --port "$PORT" >"$data/hub.log" 2>&1 &
    pid=$!
    deadline=$((t0 + 60000))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health")" = 200 ]; do
        [ "$(now_ms)" -lt "$deadline" ] || { echo "hub did not start; log: $data/hub.log" >&2; kill "$pid"; exit 1; }
        sleep 0.01
    done
    t1=$(now_ms)
    hub="$hub $((t1 - t0))"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$data"
    i=$((i + 1))
done

b=$(echo "$base" | tr ' ' '\n' | grep . | median)
h=$(echo "$hub" | tr ' ' '\n' | grep . | median)
echo "starts: $N"
echo "baseline (JVM + jar, print usage) median ms: $b   runs:$base"
echo "hub start to /health=200       median ms: $h   runs:$hub"
awk -v h="$h" -v b="$b" 'BEGIN {printf "ratio hub / baseline: %.1f\n", h / b}'
