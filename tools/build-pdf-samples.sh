#!/usr/bin/env bash
# Builds the PDF samples in corpus/samples/pdf from the team's own sample documents:
#   <name>.pdf              text-layer PDF, converted once from a DOCX with LibreOffice
#   <name>.scan.pdf         the same pages as images only (no text layer), for the OCR path
#   <name>.mixed.pdf        first page text layer, the rest scanned
#   northmoor.self-assessment.pdf   a multi-page five-column self-assessment table
#   brackenridge, elmstead, thornbury (.pdf and .scan.pdf): deep-numbered policies; the scans are
#                           degraded by tools/make-scan.sh (skew, noise, JPEG, 200/300 dpi, a photocopy)
#   kestrel-vale.pdf        the landscape self-assessment (corpus/samples/assessments/kestrel-vale.docx),
#                           72 rows over 8 pages; kestrel-vale.scan.pdf is its first three pages scanned
#                           by tools/make-scan.sh (200 dpi, skewed, light noise, JPEG)
# Sources: corpus/samples/html/*.html (written by the team), corpus/samples/policies/*.docx and
# corpus/samples/assessments/*.docx when present. Needs libreoffice-writer, poppler-utils, img2pdf
# and imagemagick (apt-get install -y --no-install-recommends libreoffice-writer poppler-utils img2pdf
# imagemagick); run once, commit the PDFs. The tests read the committed PDFs and need none of these.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
html="$root/corpus/samples/html"
out="$root/corpus/samples/pdf"
mkdir -p "$out"

for tool in soffice pdftoppm pdffonts pdfseparate pdfunite img2pdf; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y --no-install-recommends libreoffice-writer poppler-utils img2pdf" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lo() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null 2>&1; }

# 1. The team's HTML pages, without the web page's navigation, banners and footer, as DOCX.
grep -v -E '^<(nav|div class="cookie|aside|footer|noscript|form|header)' "$html/northmoor.policy.html" > "$work/northmoor.policy.html"
grep -v -E '^<(header|footer)' "$html/northmoor.self-assessment.html" > "$work/northmoor.self-assessment.html"
echo "HTML -> DOCX (LibreOffice)"
lo --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/northmoor.policy.html" "$work/northmoor.self-assessment.html"

# 2. Every DOCX (ours, and the team's sample policies when they are on this branch) to PDF.
docs=("$work/northmoor.policy.docx" "$work/northmoor.self-assessment.docx")
for docx in "$root"/corpus/samples/policies/*.docx "$root"/corpus/samples/assessments/*.docx; do
  [ -e "$docx" ] && docs+=("$docx")
done
for docx in "${docs[@]}"; do
  echo "DOCX -> PDF: $(basename "$docx")"
  lo --convert-to pdf --outdir "$work/pdf" "$docx"
done
cp "$work"/pdf/*.pdf "$out/"

# 3. Scans: rasterise every page (200 dpi, grey) and wrap the images in a PDF with no text layer.
scan() {
  local name="$1" pdf="$out/$1.pdf"
  mkdir -p "$work/scan-$name"
  pdftoppm -r 200 -gray -png "$pdf" "$work/scan-$name/page"
  img2pdf --output "$out/$name.scan.pdf" "$work/scan-$name"/page-*.png
  if [ -n "$(pdffonts "$out/$name.scan.pdf" | tail -n +3)" ]; then
    echo "error: $name.scan.pdf still has fonts" >&2; exit 1
  fi
  echo "scan: $name.scan.pdf ($(ls "$work/scan-$name" | wc -l) pages, no fonts)"
}
scan "northmoor.policy"
# The team's main sample policy also goes out as a scan: the format-equivalence test reads it.
[ -e "$out/harbourside.pdf" ] && scan "harbourside"
scan_source="northmoor.policy"
# The deep-numbered policies, scanned the way office scanners degrade pages (DegradedScanTests).
[ -e "$out/brackenridge.pdf" ] && "$root/tools/make-scan.sh" --dpi 200 --skew 0.2,-0.45,0.35 --noise 0.25 --jpeg 70 --off-centre 2 "$out/brackenridge.pdf" "$out/brackenridge.scan.pdf"
[ -e "$out/elmstead.pdf" ] && "$root/tools/make-scan.sh" --dpi 300 --skew -0.3,0.5,-0.5 --noise 0.2 --jpeg 80 "$out/elmstead.pdf" "$out/elmstead.scan.pdf"
[ -e "$out/thornbury.pdf" ] && "$root/tools/make-scan.sh" --dpi 300 --skew 0.4,-0.25,0.3 --photocopy --off-centre 1 "$out/thornbury.pdf" "$out/thornbury.scan.pdf"
[ -e "$out/kestrel-vale.pdf" ] && "$root/tools/make-scan.sh" --dpi 200 --pages 1-3 --skew 0.3,-0.4,0.2 --noise 0.3 --jpeg 75 "$out/kestrel-vale.pdf" "$out/kestrel-vale.scan.pdf"

# 4. Mixed: page 1 keeps its text layer, the other pages are the scanned ones.
pdfseparate "$out/$scan_source.pdf" "$work/text-%d.pdf"
pdfseparate "$out/$scan_source.scan.pdf" "$work/image-%d.pdf"
pages=$(ls "$work"/text-*.pdf | wc -l)
parts=("$work/text-1.pdf")
for i in $(seq 2 "$pages"); do parts+=("$work/image-$i.pdf"); done
pdfunite "${parts[@]}" "$out/$scan_source.mixed.pdf"
echo "mixed: $scan_source.mixed.pdf (page 1 text, pages 2-$pages scanned)"

ls -l "$out"
