#!/usr/bin/env bash
# Makes the benchmark's batch: COUNT distinct text-layer PDFs of PAGES pages each, from the team's four
# sample policies (corpus/samples/policies/*.txt). Document i is one sample as the main policy, renamed
# to an invented landlord, followed by the other samples' sections in a rotating order, renumbered after
# its own, until the pages are full. The text is wrapped at 78 columns so LibreOffice's text import (62
# lines of monospaced text an A4 page) gives exactly PAGES pages; all COUNT files convert in one
# LibreOffice process. The same samples give the same text (only the PDFs' embedded dates differ).
#   tools/bench/make-pdfs.sh OUT_DIR [COUNT=40] [PAGES=13]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:?usage: make-pdfs.sh OUT_DIR [COUNT] [PAGES]}"
count="${2:-40}"
pages="${3:-13}"
for tool in soffice pdfinfo fold; do
  command -v "$tool" >/dev/null || { echo "make-pdfs: missing $tool (tools/setup-system.sh --bench installs it)" >&2; exit 1; }
done

samples=(harbourside meadowbank oakfield-2020 willow-plain)
towns=(Ashcombe Brackley Calder Dunmere Elmsworth Fallowfield Gransby Hollins Ivybridge Jarrow
       Kettleby Longmere Marwood Netherby Orton Penrose Quarrybank Redmarsh Saltby Thornbury)
kinds=(Homes Housing)
lines_per_page=62
lines=$(( pages * lines_per_page - lines_per_page / 2 ))
mkdir -p "$out"
work="$(mktemp -d "${TMPDIR:-/tmp}/policylint-makepdfs.XXXXXX")"
trap 'rm -rf "$work"' EXIT

sample() { echo "$root/corpus/samples/policies/$1.txt"; }
# The landlord's name in a sample: its first line up to "Complaints", ":" or "How".
landlord() { head -1 "$1" | sed -E 's/ ?(:|Complaints|How).*//'; }
last_section() { grep -E '^[0-9]+\. ' "$1" | tail -1 | sed -E 's/^([0-9]+)\..*/\1/'; }

# FILE's numbered sections (from its first "1. " line on), top-level numbers shifted by OFFSET.
renumbered() {
  awk -v off="$2" '
    started == 0 && /^1\. / { started = 1 }
    started == 0 { next }
    match($0, /^[0-9]+\./) { n = substr($0, 1, RLENGTH - 1) + off; $0 = n substr($0, RLENGTH) }
    { print }' "$1"
}

# Document I: its main sample renamed, then the others in turn (a rotation that depends on I) until long enough.
compose() {
  local i="$1" name="${towns[$(( $1 % 20 ))]} ${kinds[$(( $1 / 20 % 2 ))]} $(( $1 + 1 ))"
  local main; main="$(sample "${samples[$(( i % 4 ))]}")"
  sed "s/$(landlord "$main")/$name/g" "$main"
  local offset; offset="$(last_section "$main")"
  for k in 1 2 3 4 5 6 7 8 9; do
    local other; other="$(sample "${samples[$(( (i + k * (1 + i / 4 % 3)) % 4 ))]}")"
    echo
    renumbered "$other" "$offset" | sed "s/$(landlord "$other")/$name/g"
    offset=$(( offset + $(last_section "$other") ))
  done
}

for i in $(seq 0 $(( count - 1 ))); do
  compose "$i" > "$work/full.txt"
  fold -s -w 78 "$work/full.txt" > "$work/folded.txt"
  head -n "$lines" "$work/folded.txt" > "$work/policy-$(printf %02d "$i").txt"
done
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work/pdf" "$work"/policy-*.txt >/dev/null 2>&1
for pdf in "$work"/pdf/policy-*.pdf; do
  have="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
  if [[ "$have" != "$pages" ]]; then
    echo "make-pdfs: $(basename "$pdf") has $have pages, not $pages" >&2; exit 1
  fi
  cp "$pdf" "$out/"
done
distinct="$(cat "$work"/policy-*.txt | wc -c) bytes of text, $(md5sum "$work"/policy-*.txt | awk '{ print $1 }' | sort -u | wc -l) distinct"
echo "make-pdfs: $count PDFs of $pages pages in $out ($distinct)"
