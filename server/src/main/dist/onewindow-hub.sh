#!/bin/sh
# Starts the hub jar beside this script with bounded memory, for a Raspberry Pi (2 GB shared with a
# browser kiosk and a desktop): RSS stays under 200 MiB through bench/hub-load.sh. Any arguments go to
# the hub (--hall FILE --data DIR --port N --host ADDR, or a subcommand). ONEWINDOW_JAVA_OPTS replaces
# the memory options below; JAVA names the java to use.
#   sh onewindow-hub.sh --hall /etc/onewindow/hall.yaml --data /var/lib/onewindow
HERE=$(cd "$(dirname "$0")" && pwd)
# -Xms96m -Xmx96m: the day's hall and its forecast live in ~10-20 MiB; a fixed 96 MiB heap gives the young
# generation room for a burst (bench/hub-load.sh: 69 collections and no full one, against 237 and full
# collections of ~40 ms with -Xms32m), and RSS stays near 125 MiB.
# SerialGC: one core's worth of collector and no per-thread GC structures (the hub is small and latency-tolerant).
# -Xss256k: Vert.x threads never recurse deeply. Code cache and metaspace capped: they otherwise grow to 240 MiB.
# Netty: one arena each (a handful of event loops share them), direct memory capped.
# TieredStopAtLevel=1 (C1 only): no C2 compiler threads and a small code cache; measured with
# bench/hub-load.sh on 2 cores: peak RSS 111 MiB instead of 157-176, cold start 1.6 s instead of 1.5-3 s,
# and no more CPU per ticket (2.1 ms against 3.0: the hub's hot paths are short, C2's compiling costs more).
DEFAULT_OPTS="-Xms96m -Xmx96m -XX:+UseSerialGC -Xss256k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m \
-XX:TieredStopAtLevel=1 -XX:MaxDirectMemorySize=32m -Dio.netty.allocator.numHeapArenas=1 \
-Dio.netty.allocator.numDirectArenas=1 -XX:+ExitOnOutOfMemoryError"
# shellcheck disable=SC2086
exec "${JAVA:-java}" ${ONEWINDOW_JAVA_OPTS:-$DEFAULT_OPTS} -jar "$HERE/onewindow-hub.jar" "$@"
