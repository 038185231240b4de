#!/usr/bin/env bash
# Runs vitest projects as if today were each of the dates below (Debian's `faketime`), one date
# after another, prints each date's summary and fails if any date failed. The suite must pass on
# any day it runs; these dates are the ones that caught tests assuming otherwise:
#   2027-03-14 08:59 UTC  the US and Canada change to daylight time (Denver at 01:59, a minute before)
#   2027-01-01 04:00 UTC  New Year's Eve evening in the US, already 1 January in UTC
#   2027-02-07 16:30 UTC  a Sunday, 10:30 in Mexico City: phone hours, no consulate open
#
# Usage: scripts/test-on-dates.sh [project ...] [-- vitest arguments]
#   scripts/test-on-dates.sh                      integration and e2e (the default)
#   scripts/test-on-dates.sh integration          one project
#   scripts/test-on-dates.sh integration -- test/integration/capacity.test.ts
#   TEST_DATES='2027-12-31 23:30:00 UTC' scripts/test-on-dates.sh unit
# Each date's full output and JSON report go to test-results/dates/ (TEST_DATES_OUT to change it).
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v faketime >/dev/null 2>&1; then
  echo "test-on-dates: faketime is missing. Install Debian's package: apt-get install -y faketime" >&2
  exit 2
fi

projects=()
extra=()
while (($#)); do
  if [[ $1 == -- ]]; then
    shift
    extra=("$@")
    break
  fi
  projects+=("$1")
  shift
done
((${#projects[@]})) || projects=(integration e2e)

dates=()
if [[ -n ${TEST_DATES:-} ]]; then
  IFS=';' read -r -a dates <<<"$TEST_DATES"
else
  # In UTC whatever the machine's zone (faketime reads a bare time in the local zone).
  dates=('2027-03-14 08:59:00 UTC' '2027-01-01 04:00:00 UTC' '2027-02-07 16:30:00 UTC')
fi

project_args=()
for project in "${projects[@]}"; do project_args+=(--project "$project"); done
out=${TEST_DATES_OUT:-test-results/dates}
mkdir -p "$out"

failed=()
summaries=()
for date in "${dates[@]}"; do
  slug=$(echo "$date" | tr -c '0-9A-Za-z\n' '-')
  # faketime must reach node: a libfaketime that does not load would run the suite on today.
  seen=$(faketime "$date" node -e 'process.stdout.write(new Date().toISOString())' 2>&1)
  expected=$(date -u -d "$date" +%Y-%m-%dT%H:%M)
  if [[ $seen != "$expected"* ]]; then
    echo "test-on-dates: faketime '$date' does not reach node (it sees '$seen', expected $expected)" >&2
    exit 2
  fi
  echo
  echo "=== test-on-dates: ${projects[*]} at $date (node sees $seen) ==="
  rm -f "$out/$slug.json"
  started=$(date +%s)
  faketime "$date" npx vitest run "${project_args[@]}" --reporter=default --reporter=json --outputFile.json="$out/$slug.json" "${extra[@]}" 2>&1 | tee "$out/$slug.log"
  code=${PIPESTATUS[0]}
  seconds=$(($(date +%s) - started))
  summary=$(node -e '
    const fs = require("node:fs");
    const [file, date, seconds, code] = process.argv.slice(1);
    if (!fs.existsSync(file)) { console.log(`${date}: no report (vitest exit ${code}, ${seconds} s)`); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    const lines = [`${date}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped in ${seconds} s (vitest exit ${code})`];
    for (const f of r.testResults) {
      for (const t of f.assertionResults) if (t.status === "failed") lines.push(`  FAILED ${f.name.replace(process.cwd() + "/", "")} > ${t.fullName}`);
      if (f.status === "failed" && !f.assertionResults.some((t) => t.status === "failed")) lines.push(`  FAILED ${f.name.replace(process.cwd() + "/", "")}: ${(f.message || "").split("\n")[0]}`);
    }
    console.log(lines.join("\n"));
  ' "$out/$slug.json" "$date" "$seconds" "$code")
  summaries+=("$summary")
  echo "--- $summary"
  if ((code != 0)); then failed+=("$date"); fi
done

echo
echo "=== test-on-dates: ${projects[*]} ==="
printf '%s\n' "${summaries[@]}"
if ((${#failed[@]})); then
  echo "test-on-dates: FAILED on ${#failed[@]} of ${#dates[@]} dates: $(printf '%s; ' "${failed[@]}")"
  exit 1
fi
echo "test-on-dates: passed on all ${#dates[@]} dates"
