#!/usr/bin/env bash
# Compares the two text-layer engines on every PDF under corpus/samples in one run: PdfPig
# (in-process, the default) against Poppler's pdftotext (POLICYLINT_PDF_TEXT=pdftotext). For each
# PDF it runs `policylint check --format json` with each engine and prints whether the clause ids and
# the (rule, provision, verdict, clause) findings are identical, and the best wall time per page of
# the whole check over RUNS runs (scans go through OCR either way: PdfPig hands Tesseract the page's
# own image, the pdftotext route rasterises the page with pdftoppm). Usage: tools/compare-pdf-engines.sh [runs]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli="$root/tools/policylint"
"$cli" --help >/dev/null 2>&1 || true   # builds the CLI once, outside the timings

now() { date +%s.%N; }
best_run() { # engine pdf out -> prints best seconds
  local engine="$1" pdf="$2" out="$3" best="" start end t
  for _ in $(seq 1 "$runs"); do
    start=$(now)
    POLICYLINT_PDF_TEXT="$engine" "$cli" check "$pdf" --format json --as-of 2026-11-22 >"$out" 2>/dev/null || true
    end=$(now)
    t=$(awk "BEGIN { print $end - $start }")
    if [ -z "$best" ] || awk "BEGIN { exit !($t < $best) }"; then best=$t; fi
  done
  echo "$best"
}
ids() { jq -r '[.documents[]?.clauses[]?.id] | join(",")' "$1"; }
findings() { jq -r '[.documents[]?.findings[]? | "\(.ruleId)|\(.provision)|\(.verdict)|\(.clause)"] | sort | join(";")' "$1"; }

printf '%-44s %5s %7s %8s %7s %12s %12s\n' sample pages clauses findings same pdfpig_s/pg pdftotext_s/pg
same_all=0; total=0
while IFS= read -r pdf; do
  name="${pdf#"$root"/corpus/samples/}"
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  pig=$(best_run pdfpig "$pdf" "$work/pig.json")
  pop=$(best_run pdftotext "$pdf" "$work/pop.json")
  same=no
  if [ "$(ids "$work/pig.json")" = "$(ids "$work/pop.json")" ] && [ "$(findings "$work/pig.json")" = "$(findings "$work/pop.json")" ]; then
    same=yes; same_all=$((same_all + 1))
  fi
  total=$((total + 1))
  printf '%-44s %5d %7d %8d %7s %12.3f %12.3f\n' "$name" "$pages" \
    "$(jq '[.documents[]?.clauses[]?] | length' "$work/pig.json")" "$(jq '[.documents[]?.findings[]?] | length' "$work/pig.json")" \
    "$same" "$(awk "BEGIN { print $pig / $pages }")" "$(awk "BEGIN { print $pop / $pages }")"
done < <(find "$root/corpus/samples" -name '*.pdf' | sort)
echo "identical clause ids and findings: $same_all of $total PDFs (best of $runs run(s); times are whole 'policylint check' runs, process start included)"
