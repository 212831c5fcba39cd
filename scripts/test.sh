#!/usr/bin/env bash
# The one test command (`npm test`): every check the project has, in order of
# speed, stopping at the first failure. Each step's time is printed, and all
# of them again at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

times=()
current=''
started=$SECONDS
finish() {
  if [ -n "$current" ]; then times+=("$(printf '%5d s  %s' $((SECONDS - started)) "$current")"); fi
}
step() {
  finish
  current="$*"
  started=$SECONDS
  printf '\n=== %s\n' "$*"
}

step 'type check'; npm run --silent compile
step 'lint and format'; npm run --silent lint
step 'unit and component tests'; npx vitest run --reporter=default --reporter=json --outputFile.json=.output/unit-results.json
step 'Chrome build and zip'; npm run --silent zip
step 'Firefox build, package and sources archive'; npm run --silent zip:firefox
step 'web-ext lint (Firefox)'; node scripts/lint-firefox.mjs
step 'size budget'; node scripts/size.mjs
step 'end-to-end in Chromium'
node scripts/ensure-chromium.mjs
# The real-inactivity test (tests/e2e/idle.test.ts) needs a virtual X display and X input.
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "$tool is needed for tests/e2e/idle.test.ts: sudo sh -c 'apt-get update && apt-get install -y xvfb xdotool'" >&2
    exit 1
  }
done
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.output/e2e-results.json
step 'end-to-end in Firefox ESR'
node scripts/ensure-firefox.mjs
npx vitest run --config vitest.e2e-firefox.config.ts --reporter=default --reporter=json --outputFile.json=.output/e2e-firefox-results.json
finish
printf '\nTime per step:\n'
printf '  %s\n' "${times[@]}"
node scripts/summary.mjs .output/unit-results.json .output/e2e-results.json .output/e2e-firefox-results.json
