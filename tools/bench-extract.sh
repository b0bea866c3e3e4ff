#!/usr/bin/env bash
# Measures extraction speed on the committed PDF samples: pages per second for the text layer
# (pdftotext -bbox-layout) and for OCR (pdftoppm -r 300 + tesseract, OMP_THREAD_LIMIT=1), each over
# several runs. Speed lives here, never in unit tests. Usage: tools/bench-extract.sh [runs]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
samples="$root/corpus/samples/pdf"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }

text_run() { pdftotext -bbox-layout -enc UTF-8 "$1" "$work/out.html"; }
ocr_run() {
  local pdf="$1" n
  n=$(pages "$pdf")
  for page in $(seq 1 "$n"); do
    pdftoppm -r 300 -gray -png -f "$page" -l "$page" -singlefile "$pdf" "$work/page"
    OMP_THREAD_LIMIT=1 tesseract "$work/page.png" - -l eng --psm 4 tsv > "$work/page.tsv" 2>/dev/null
  done
}

printf '%-34s %-5s %5s %5s %9s %9s %9s\n' sample path pages runs best_s mean_s pages/s
bench() {
  local name="$1" kind="$2" pdf="$samples/$1" n total=0 best=""
  n=$(pages "$pdf")
  for _ in $(seq 1 "$runs"); do
    local start end t
    start=$(now)
    "${kind}_run" "$pdf"
    end=$(now)
    t=$(calc "$end - $start")
    total=$(calc "$total + $t")
    if [ -z "$best" ] || [ "$(calc "($t < $best) ? 1 : 0")" -eq 1 ]; then best=$t; fi
  done
  local mean
  mean=$(calc "$total / $runs")
  printf '%-34s %-5s %5d %5d %9.3f %9.3f %9.2f\n' "$name" "$kind" "$n" "$runs" "$best" "$mean" "$(calc "$n / $mean")"
}

for pdf in "$samples"/*.pdf; do
  name=$(basename "$pdf")
  case "$name" in
    *.scan.pdf) bench "$name" ocr ;;
    *.mixed.pdf) ;;
    *) bench "$name" text ;;
  esac
done
