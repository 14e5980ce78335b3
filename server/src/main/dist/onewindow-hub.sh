#!/bin/sh
# Starts the hub jar beside this script with bounded memory, for a Raspberry Pi (2 GB shared with a
# browser kiosk and a desktop): RSS stays under 200 MiB through bench/hub-load.sh. Any arguments go to
# the hub (--hall FILE --data DIR --port N --host ADDR, or a subcommand). ONEWINDOW_JAVA_OPTS replaces
# the memory options below; JAVA names the java to use.
#   sh onewindow-hub.sh --hall /etc/onewindow/hall.yaml --data /var/lib/onewindow
HERE=$(cd "$(dirname "$0")" && pwd)
# -Xmx96m: the day's hall and its forecast need ~30 MiB of heap at 3,000 waiting.
# SerialGC: one core's worth of collector and no per-thread GC structures (the hub is small and latency-tolerant).
# -Xss256k: Vert.x threads never recurse deeply. Code cache and metaspace capped: they otherwise grow to 240 MiB.
# Netty: one arena each (a handful of event loops share them), direct memory capped.
DEFAULT_OPTS="-Xms32m -Xmx96m -XX:+UseSerialGC -Xss256k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m \
-XX:MaxDirectMemorySize=32m -Dio.netty.allocator.numHeapArenas=1 -Dio.netty.allocator.numDirectArenas=1 \
-XX:+ExitOnOutOfMemoryError"
# shellcheck disable=SC2086
exec "${JAVA:-java}" ${ONEWINDOW_JAVA_OPTS:-$DEFAULT_OPTS} -jar "$HERE/onewindow-hub.jar" "$@"
