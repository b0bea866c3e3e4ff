#!/usr/bin/env bash
# Seconds per page of OCR: PolicyLint's whole check of a scanned PDF against bare `tesseract` run page
# by page on the same page images (taken out of the PDF as stored, by pdfimages).
#
#   tools/bench-ocr.sh [SCAN.pdf ...]      (default: every corpus/samples/pdf/*.scan.pdf)
#
# For each file it prints one line:
#   FILE pages=N tesseract=S s/page policylint=S s/page (ratio R) cached=S s/page ocr-part=S s/page (ratio R)
# "tesseract" is `tesseract IMAGE - -l eng --psm 4 tsv` (OMP_THREAD_LIMIT=1) on each page in turn;
# "policylint" is `tools/policylint check FILE --format json` with the OCR cache off (process start,
# model load and the whole check included); "cached" is the same check run twice with a fresh cache,
# timing the second, which is the check without any OCR; "ocr-part" is policylint minus cached, the
# cost OCR adds to a check. Wall-clock seconds from /usr/bin/time; run it on a quiet machine.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for tool in pdfimages tesseract /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-ocr: missing $tool (apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-eng time)" >&2; exit 1; }
done
files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then files=("$root"/corpus/samples/pdf/*.scan.pdf); fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seconds() { /usr/bin/time -f %e -o "$work/time" "$@" >/dev/null 2>&1 || true; cat "$work/time" | tail -1; }

# Build the CLI once, outside the timings.
"$root/tools/policylint" --help >/dev/null 2>&1 || true

for pdf in "${files[@]}"; do
  rm -rf "$work/images" && mkdir -p "$work/images"
  pdfimages -all "$pdf" "$work/images/page"
  pages=$(ls "$work/images" | wc -l)
  bare=0
  for image in "$work"/images/*; do
    t=$(OMP_THREAD_LIMIT=1 seconds tesseract "$image" - -l eng --psm 4 tsv)
    bare=$(echo "$bare + $t" | bc -l)
  done
  ours=$(POLICYLINT_OCR_CACHE=off seconds "$root/tools/policylint" check "$pdf" --format json)
  POLICYLINT_OCR_CACHE="$work/cache" "$root/tools/policylint" check "$pdf" --format json >/dev/null 2>&1 || true
  cached=$(POLICYLINT_OCR_CACHE="$work/cache" seconds "$root/tools/policylint" check "$pdf" --format json)
  rm -rf "$work/cache"
  printf '%s pages=%d tesseract=%.2f s/page policylint=%.2f s/page (ratio %.2f) cached=%.2f s/page ocr-part=%.2f s/page (ratio %.2f)\n' \
    "$(basename "$pdf")" "$pages" "$(echo "$bare / $pages" | bc -l)" "$(echo "$ours / $pages" | bc -l)" \
    "$(echo "$ours / $bare" | bc -l)" "$(echo "$cached / $pages" | bc -l)" \
    "$(echo "($ours - $cached) / $pages" | bc -l)" "$(echo "($ours - $cached) / $bare" | bc -l)"
done
