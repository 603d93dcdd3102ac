#!/usr/bin/env bash
# What the automated processing's two CPU-heavy steps cost a record, in-process, no database of our
# own: the perceptual hash of an image (decode + hash) and one evaluation of the screening table.
#   BENCH_ROUNDS=5 BENCH_IMAGES=1000 BENCH_EVALUATIONS=5000 bench/screening-cost.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib.sh
run_benchmark mx.captacion.benchmark.PerceptualHashBenchmark -Dbench.rounds="${BENCH_ROUNDS:-5}" \
  -Dbench.images="${BENCH_IMAGES:-1000}"
BENCH_SKIP_BUILD=1 run_benchmark mx.captacion.benchmark.ScreeningRulesBenchmark -Dbench.rounds="${BENCH_ROUNDS:-5}" \
  -Dbench.evaluations="${BENCH_EVALUATIONS:-5000}"
