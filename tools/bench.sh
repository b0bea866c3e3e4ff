#!/usr/bin/env bash
# Whole-process benchmark: prints the issue-12 ratios in one run, with peak memory.
#   batch:    `policylint check` over COUNT distinct 13-page text-layer PDFs in one process, against
#             `pdftotext -bbox-layout` run over the same files one after another;
#   sentence: `policylint check` of a one-sentence text file, against `policylint --version`.
# A and B run in turn (A B A B ...) ROUNDS times and the ratio is taken pair by pair, so a machine whose
# speed drifts (other builds) moves both sides of a pair; the medians are printed. Wall seconds and peak
# resident memory come from /usr/bin/time -v. The PDFs are made once by tools/bench/make-pdfs.sh into a
# temporary folder keyed by the samples and the script (never committed).
#   tools/bench.sh [ROUNDS=3] [COUNT=40]      whole-process figures
#   tools/bench.sh stages [BenchmarkDotNet arguments]   the per-stage BenchmarkDotNet suite (tools/bench)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ "${1:-}" == "stages" ]]; then
  shift
  export POLICYLINT_HOME="$root"
  exec dotnet run -c Release --project "$root/tools/bench/PolicyLint.Bench.csproj" -- "$@"
fi

rounds="${1:-3}"
count="${2:-40}"
for tool in /usr/bin/time pdftotext soffice; do
  command -v "$tool" >/dev/null || { echo "bench: missing $tool (run tools/setup-system.sh --bench)" >&2; exit 1; }
done

cli="$root/tools/policylint"
"$cli" --version >/dev/null   # builds the CLI when the sources changed, outside the timings

key="$(cat "$root"/corpus/samples/policies/*.txt "$root/tools/bench/make-pdfs.sh" | md5sum | cut -c1-12)"
pdfs="${TMPDIR:-/tmp}/policylint-bench-$key-$count"
if [[ ! -d "$pdfs" ]]; then
  "$root/tools/bench/make-pdfs.sh" "$pdfs.partial" "$count" 13 >&2
  mv "$pdfs.partial" "$pdfs"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/policylint-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "We will acknowledge a complaint within five working days of receiving it." > "$work/one-sentence.txt"

# measure NAME CMD...: runs CMD under /usr/bin/time -v; appends "wall_s peak_mib" to $work/NAME.
measure() {
  local name="$1"; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    local rc=$?
    # policylint exits 1 when it finds conflicts; anything else is a failure of the run.
    if [[ $rc -ne 1 ]]; then echo "bench: '$*' failed (exit $rc):" >&2; cat "$work/stderr.txt" >&2; exit 1; fi
  }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { kb = $2 }
    END { printf "%.3f %.1f\n", s, kb / 1024 }' "$work/time.txt" >> "$work/$name"
}

pdftotext_each() { for f in "$pdfs"/*.pdf; do pdftotext -bbox-layout "$f" "$work/out.html"; done; }
export -f pdftotext_each
export pdfs work

for _ in $(seq 1 "$rounds"); do
  measure batch.a "$cli" check "$pdfs" --format json --output "$work/batch.json"
  measure batch.b bash -c pdftotext_each
done
for _ in $(seq 1 $(( rounds * 2 + 1 ))); do
  measure sentence.a "$cli" check "$work/one-sentence.txt" --format json --output "$work/sentence.json"
  measure sentence.b "$cli" --version
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -v c="$2" '{ print $c }' "$work/$1"; }
ratios() { paste -d' ' <(col "$1.a" 1) <(col "$1.b" 1) | awk '{ printf "%.3f\n", $1 / $2 }'; }

pages="$(pdfinfo "$(ls "$pdfs"/*.pdf | head -1)" | awk '/^Pages:/ { print $2 }')"
printf 'bench: %s, %s cores, %s rounds; medians of paired runs (wall seconds, peak MiB)\n' "$(date -u +%Y-%m-%d)" "$(nproc)" "$rounds"
printf '%-44s %9s %9s %9s %9s %10s\n' "work" "A s" "A MiB" "B s" "B MiB" "A/B"
printf '%-44s %9s %9s %9s %9s %9sx\n' "check $count PDFs x $pages pages vs pdftotext each" \
  "$(col batch.a 1 | median)" "$(col batch.a 2 | median)" "$(col batch.b 1 | median)" "$(col batch.b 2 | median)" "$(ratios batch | median)"
printf '%-44s %9s %9s %9s %9s %9sx\n' "check one sentence vs --version" \
  "$(col sentence.a 1 | median)" "$(col sentence.a 2 | median)" "$(col sentence.b 1 | median)" "$(col sentence.b 2 | median)" "$(ratios sentence | median)"
printf 'targets: batch <= 1.25x with peak <= 400 MiB; sentence <= 5x\n'
