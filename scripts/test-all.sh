#!/usr/bin/env bash
# `npm test`: every suite in order. Each prints its own closing line "<suite>: N passed, N failed" (the
# only lines CI reads); a failing suite does not stop the next ones; the exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

export TACT_OUT_DIR="${TACT_OUT_DIR:-.output}"
out="$TACT_OUT_DIR"
results="test-results"
mkdir -p "$results"
failed_suites=()

# close <suite> <passed> <failed>
close() {
  echo "$1: $2 passed, $3 failed"
  if [ "$3" -ne 0 ]; then failed_suites+=("$1"); fi
}

banner() { printf '\n=== %s ===\n' "$1"; }

banner "typecheck (tsc --noEmit)"
npx tsc --noEmit --pretty false 2>&1 | tee "$results/typecheck.log"
tsc_status=${PIPESTATUS[0]}
ts_errors=$(grep -c 'error TS' "$results/typecheck.log" || true)
if [ "$tsc_status" -eq 0 ] && [ "$ts_errors" -eq 0 ]; then close typecheck 1 0; else close typecheck 0 "$((ts_errors > 0 ? ts_errors : 1))"; fi

banner "lint (biome check .)"
npx biome check . 2>&1 | tee "$results/lint.log"
lint_status=${PIPESTATUS[0]}
lint_errors=$(sed -n 's/.*Found \([0-9]\+\) error.*/\1/p' "$results/lint.log" | head -n 1)
lint_errors=${lint_errors:-0}
if [ "$lint_status" -eq 0 ]; then close lint 1 0; else close lint 0 "$((lint_errors > 0 ? lint_errors : 1))"; fi

banner "unit and component tests (vitest)"
rm -f "$results/unit.json"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"
node scripts/summarize-vitest.mjs unit "$results/unit.json" || failed_suites+=(unit)

banner "builds and store zips (wxt zip)"
build_passed=0
build_failed=0
for target in chrome firefox; do
  if [ "$target" = chrome ]; then args=(); dir=chrome-mv3; else args=(-b firefox); dir=firefox-mv2; fi
  # `wxt zip` builds first, then zips the build (and, for Firefox, the sources AMO asks for).
  if npx wxt zip "${args[@]}" && [ -f "$out/$dir/manifest.json" ]; then
    build_passed=$((build_passed + 1))
    echo "$target build: $(($(du -sb "$out/$dir" | cut -f1) / 1024)) KB unpacked in $out/$dir"
  else
    build_failed=$((build_failed + 1))
  fi
done
for zip in "$out"/*.zip; do
  [ -f "$zip" ] && echo "zip: $zip $(( $(stat -c %s "$zip") / 1024 )) KB"
done
close build "$build_passed" "$build_failed"

banner "web-ext lint (Firefox build)"
if [ -f "$out/firefox-mv2/manifest.json" ]; then
  npx web-ext lint --source-dir "$out/firefox-mv2" --output json > "$results/web-ext-lint.json" 2> "$results/web-ext-lint.log"
  node -e '
    const fs = require("node:fs");
    const raw = fs.readFileSync(process.argv[1], "utf8");
    let report;
    try { report = JSON.parse(raw.slice(raw.indexOf("{"))); } catch { console.log("web-ext lint: no JSON report"); process.exit(1); }
    for (const m of [...report.errors, ...report.warnings, ...report.notices]) {
      console.log(`${m._type} ${m.code} ${m.file ?? ""}${m.line ? ":" + m.line : ""} ${m.message}`);
    }
    const { errors, warnings, notices } = report.summary;
    console.log(`web-ext lint summary: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  ' "$results/web-ext-lint.json" | tee "$results/web-ext-lint.txt"
  lint_problems=$(sed -n 's/^web-ext lint summary: \([0-9]\+\) errors, \([0-9]\+\) warnings.*/\1 \2/p' "$results/web-ext-lint.txt")
  if [ -n "$lint_problems" ]; then
    read -r lint_err lint_warn <<< "$lint_problems"
    problems=$((lint_err + lint_warn))
    if [ "$problems" -eq 0 ]; then close webextlint 1 0; else close webextlint 0 "$problems"; fi
  else
    cat "$results/web-ext-lint.log"
    close webextlint 0 1
  fi
else
  echo "No Firefox build in $out/firefox-mv2"
  close webextlint 0 1
fi

banner "end-to-end tests in Chromium and Firefox ESR (vitest.e2e.config.ts)"
rm -f "$results/e2e.json"
# The editor test pages (draft-js, lexical, quill, prosemirror, slate…) are bundled from the real npm libraries.
node tests/e2e/editors/build.mjs
npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e.json"
node scripts/summarize-vitest.mjs e2e "$results/e2e.json" || failed_suites+=(e2e)

echo
if [ "${#failed_suites[@]}" -eq 0 ]; then
  echo "All suites passed."
else
  echo "Failed suites: ${failed_suites[*]}"
  exit 1
fi
