#!/usr/bin/env bash
# The long fuzzing run of issue 6: every prefix of every example and corpus file, 50x the random
# edits and guard checks of `npm test`, then the measurements (largest files, deepest nesting,
# a 10,000-edit soak with its memory). One seed for everything, printed first; replay a failure
# with IB_FUZZ_SEED=<seed> npm run fuzz. IB_FUZZ_RUNS=<n> sets the runs of every property.
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${IB_FUZZ_SEED:-$(node -e 'console.log(Math.floor(Math.random() * 2 ** 31))')}"
echo "fuzz seed: $seed (replay: IB_FUZZ_SEED=$seed npm run fuzz)"
npm run build
IB_FUZZ=1 IB_FUZZ_SEED="$seed" node --test --test-reporter=spec out/test/robustness/ out/test/protocol/storm.test.js
node --expose-gc out/test/robustness/measure.js --run
