#!/bin/sh
# Times the manager's reports on a district hall's year: ~3,000 tickets a working day (~750,000 a year)
# written through the hub's store into the demo hall's eight windows, then the month report and the
# year's twelve monthly assessments (median of several runs). The year is generated once into DIR and
# reused by later runs (delete DIR to regenerate); by default DIR is on /dev/shm so that generating
# ~750,000 tickets (a day's events in one transaction) takes minutes.
# A run stopped halfway goes on from the last day written; add --no-write to time what is there.
#   usage: bench/reports.sh [DIR=/dev/shm/onewindow-bench-year] [TICKETS_PER_DAY=3000] [--no-write]
set -eu
cd "$(dirname "$0")/.."
DIR=${1:-/dev/shm/onewindow-bench-year}
PER_DAY=${2:-3000}
mvn -B -q -pl server -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "server/target/test-classes:server/target/classes:$(cat server/target/test-classpath.txt)" \
    org.onewindow.reports.ReportBenchmark "$DIR" "$PER_DAY" 2025 ${3:-}
