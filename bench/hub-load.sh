#!/bin/sh
# The hub under load, beside the raw durable commit of the same disk, in one run (about two minutes):
# cold start to /health 200, RSS idle/peak/after, GET /hall and POST /tickets cost at 10, 300 and 1,000
# waiting with windows open, call → 300 WebSocket clients, open-loop issue latency at 50 and 200 tickets/s
# (from each request's scheduled send time). Starts the hub through server/target/onewindow-hub.sh (bounded
# memory) on loopback with its own hall file, and stops it. The data goes under TMPDIR (default /tmp): point
# it at the disk the hub will use.
#   usage: mvn -B -q package -DskipTests && bench/hub-load.sh
# It issues as a paired kiosk, which the per-address ticket limit exempts.
set -eu
cd "$(dirname "$0")/.."
JAR=server/target/onewindow-hub.jar
[ -f "$JAR" ] && [ -f server/target/onewindow-hub.sh ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
exec java -Xmx256m -cp "$JAR" bench/HubLoad.java server/target "${TMPDIR:-/tmp}"
