#!/usr/bin/env bash
# Builds the standalone jar and runs the benchmark harness against it (see docs/performance.md).
#   benchmarks/run.sh            # 1,000,000 cards, full request counts
#   benchmarks/run.sh --short    # a quick look: 100,000 cards, fewer requests
#   benchmarks/run.sh --long     # also: replay over 2,000,000+ events, redemptions after 5,000,000
#   --replay                     # a replay of every projection over the store the loads left
#   --profile                    # JFR recording of the app, summarized to its top frames
# With wrk on the PATH (Debian: apt-get install wrk) the 32-client redemptions are also driven by wrk.
# Set JUICE_BENCH_NO_BUILD=1 to reuse the jar already built.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${JUICE_BENCH_NO_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q -DskipTests package
fi
# The driver's few client libraries (Jackson, the PostgreSQL driver) come out of the app's own jar.
jar=standalone/target/standalone-0.1.0-SNAPSHOT.jar
rm -rf benchmarks/target/lib
unzip -q -j -o "$jar" 'BOOT-INF/lib/jackson-core-*' 'BOOT-INF/lib/jackson-databind-*' \
  'BOOT-INF/lib/jackson-annotations-*' 'BOOT-INF/lib/postgresql-*' -d benchmarks/target/lib
out="benchmarks/target/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
java -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
  org.juiceledger.benchmarks.BenchmarkMain --jar="$jar" --out="$out" "$@" | tee "$out/output.txt"
for recording in "$out"/*.jfr; do
  [[ -f "$recording" ]] && benchmarks/top-frames.sh "$recording" > "${recording%.jfr}-profile.txt"
done
true
