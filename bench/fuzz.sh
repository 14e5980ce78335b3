#!/bin/sh
# Malformed input against the packaged hub: starts server/target/onewindow-hub.jar (demo hall, fresh
# data directory) on a free loopback port, sends N malformed requests over every endpoint (bad JSON,
# wrong types, huge and deeply nested bodies, odd headers, methods, paths, unicode), prints the answers
# per status code, then takes one ticket and checks /health. Exit 1 on any 5xx, or if no ticket can be
# issued at the end; the hub is stopped either way. The ticket limit (6 a minute per address) applies:
# 429s are expected, and the final ticket waits out its Retry-After (up to a minute) when needed.
#   usage: bench/fuzz.sh [N=3000] [SEED=1]
set -eu
cd "$(dirname "$0")/.."
N=${1:-3000}
SEED=${2:-1}
JAR=server/target/onewindow-hub.jar
FUZZ=server/src/test/java/org/onewindow/edge/MalformedRequests.java
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

data=$(mktemp -d)
java -jar "$JAR" --data "$data/data" --host 127.0.0.1 --port 0 >"$data/hub.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT INT TERM

# --port 0: the hub picks a free port and names it in its "listening on" line.
port=""
tries=0
while [ -z "$port" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the hub exited:" >&2; cat "$data/hub.log" >&2; exit 1; }
    [ "$tries" -lt 600 ] || { echo "the hub did not start in 60 s" >&2; exit 1; }
    port=$(sed -n 's|^OneWindow hub listening on http://[^:]*:\([0-9]*\)/.*|\1|p' "$data/hub.log")
    tries=$((tries + 1))
    [ -n "$port" ] || sleep 0.1
done
echo "hub pid $pid on 127.0.0.1:$port; $N malformed requests (seed $SEED)"
java "$FUZZ" --port "$port" -n "$N" --seed "$SEED"
