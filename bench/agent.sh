#!/bin/sh
# The device agent's start and memory on this machine: time from `java -jar onewindow-agent.jar` to
# "ready" (paired and bindings running; the pairing is approved by this script as a manager would, so
# the time includes the agent's pairing round trips but not a person typing the code), and its RSS
# once ready and after 20 button presses. Runs the demo hub on a loopback port, the agent with
# --gpio mock (Pi4J's mock platform), a fresh state each run.
#   usage: bench/agent.sh [N=5] [PORT=18282]
set -eu
cd "$(dirname "$0")/.."
N=${1:-5}
PORT=${2:-18282}
HUB=server/target/onewindow-hub.jar
AGENT=hardware/target/onewindow-agent.jar
for jar in "$HUB" "$AGENT"; do [ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }; done
command -v curl >/dev/null || { echo "needs curl" >&2; exit 2; }

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

work=$(mktemp -d)
java -jar "$HUB" --data "$work/data" --host 127.0.0.1 --port "$PORT" >"$work/hub.log" 2>&1 &
hub=$!
trap 'kill $hub 2>/dev/null; rm -rf "$work"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health")" = 200 ]; do sleep 0.05; done
api="http://127.0.0.1:$PORT/api/v1"
manager=$(curl -s -H 'Content-Type: application/json' -d '{"staff":"m01","password":"demo-m01"}' "$api/sessions" | json token)

times=""; ready_rss=""; busy_rss=""
i=0
while [ "$i" -lt "$N" ]; do
    run="$work/run$i"; mkdir -p "$run"
    printf 'device: a1\nprinter: file:%s/tickets.bin\nbuttons:\n  - {pin: 17, ticket: tax}\nlamps:\n  - {pin: 20, lights: fault}\n' "$run" >"$run/agent.yaml"
    mkfifo "$run/keys"
    t0=$(now_ms)
    java -jar "$AGENT" --hub "http://127.0.0.1:$PORT" --config "$run/agent.yaml" --gpio mock <"$run/keys" >"$run/agent.log" 2>&1 &
    agent=$!
    exec 3>"$run/keys"
    until grep -q 'pairing code:' "$run/agent.log"; do sleep 0.01; done
    code=$(sed -n 's/.*pairing code: \([0-9]\{6\}\).*/\1/p' "$run/agent.log" | head -1)
    id=$(curl -s -H "Authorization: Bearer $manager" "$api/pairings" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -H "Authorization: Bearer $manager" -H 'Content-Type: application/json' \
        -d "{\"code\":\"$code\",\"device\":\"a1\"}" "$api/pairings/$id/approve"
    until grep -q '^ready:' "$run/agent.log"; do sleep 0.01; done
    t1=$(now_ms)
    times="$times $((t1 - t0))"
    ready_rss="$ready_rss $(rss_kb $agent)"
    j=0; while [ "$j" -lt 20 ]; do echo "press 17" >&3; j=$((j + 1)); sleep 0.05; done
    until [ "$(grep -c 'printed' "$run/agent.log")" -ge 1 ]; do sleep 0.05; done
    sleep 1
    busy_rss="$busy_rss $(rss_kb $agent)"
    exec 3>&-
    kill $agent 2>/dev/null; wait $agent 2>/dev/null || true
    i=$((i + 1))
done
echo "agent start to paired-and-ready (ms):$times  median $(echo $times | tr ' ' '\n' | median)"
echo "agent RSS when ready (MiB):      median $(echo $ready_rss | tr ' ' '\n' | median | awk '{printf "%.0f", $1/1024}')"
echo "agent RSS after 20 presses (MiB): median $(echo $busy_rss | tr ' ' '\n' | median | awk '{printf "%.0f", $1/1024}')"
echo "jar size: $(du -h "$AGENT" | cut -f1)"
