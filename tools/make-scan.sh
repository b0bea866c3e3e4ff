#!/usr/bin/env bash
# Makes a scanned PDF (page images only, no text layer) from a text-layer PDF, degraded the way an
# office scanner or photocopier degrades pages. Deterministic: the same options give the same page
# images (only the PDF file identifier differs between runs).
#
#   tools/make-scan.sh [options] IN.pdf OUT.pdf
#     --dpi N            scan resolution (default 200)
#     --pages A-B        only these pages (default: all)
#     --skew LIST        rotation of each page in degrees, comma-separated, used in turn (default 0)
#     --noise F          Gaussian noise strength (ImageMagick -attenuate; 0 = none, 0.3 is light)
#     --jpeg Q           store pages as JPEG at quality Q (default 0 = lossless PNG)
#     --photocopy        binarise each page (a black-and-white photocopy, stored as CCITT G4)
#     --off-centre N     page N (of the output) is shifted right and down by 3% and 2% of its size
#     --seed N           noise seed (default 1)
#
# Needs poppler-utils (pdftoppm, pdffonts), imagemagick and img2pdf. Used by tools/build-pdf-samples.sh.
set -euo pipefail

dpi=200 pages="" skew="0" noise=0 jpeg=0 photocopy=0 offcentre=0 seed=1
while [[ $# -gt 2 ]]; do
  case "$1" in
    --dpi) dpi="$2"; shift 2 ;;
    --pages) pages="$2"; shift 2 ;;
    --skew) skew="$2"; shift 2 ;;
    --noise) noise="$2"; shift 2 ;;
    --jpeg) jpeg="$2"; shift 2 ;;
    --photocopy) photocopy=1; shift ;;
    --off-centre) offcentre="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "make-scan: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ $# -eq 2 ]] || { echo "usage: tools/make-scan.sh [options] IN.pdf OUT.pdf" >&2; exit 2; }
in="$1" out="$2"

# The real ImageMagick (a machine may have another program called convert earlier on PATH).
im=""
for candidate in convert-im6.q16 magick convert; do
  if command -v "$candidate" >/dev/null && "$candidate" -version 2>/dev/null | grep -q ImageMagick; then
    im="$candidate"; break
  fi
done
[[ -n "$im" ]] || { echo "make-scan: ImageMagick is missing: apt-get install -y imagemagick" >&2; exit 1; }
for tool in pdftoppm pdffonts img2pdf; do
  command -v "$tool" >/dev/null || { echo "make-scan: missing $tool: apt-get install -y poppler-utils img2pdf" >&2; exit 1; }
done

export MAGICK_THREAD_LIMIT=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
range=()
if [[ -n "$pages" ]]; then range=(-f "${pages%-*}" -l "${pages#*-}"); fi
pdftoppm -r "$dpi" -gray "${range[@]}" "$in" "$work/raw"

IFS=',' read -r -a angles <<< "$skew"
images=()
n=0
for raw in "$work"/raw-*.pgm; do
  n=$((n + 1))
  angle="${angles[$(( (n - 1) % ${#angles[@]} ))]}"
  size="$("$im" "$raw" -format '%wx%h' info:)"
  steps=(-background white -rotate "$angle" -gravity center -extent "$size")
  if [[ "$n" == "$offcentre" ]]; then
    w="${size%x*}" h="${size#*x}"
    steps+=(-gravity northwest -splice "$((w * 3 / 100))x$((h * 2 / 100))" -extent "$size")
  fi
  if [[ "$noise" != 0 ]]; then
    steps+=(-seed "$((seed + n))" -attenuate "$noise" +noise Gaussian)
  fi
  if [[ "$photocopy" == 1 ]]; then
    steps+=(-threshold 60% -type bilevel)
  fi
  steps+=(+repage -strip -colorspace Gray -units PixelsPerInch -density "$dpi")
  if [[ "$photocopy" == 1 ]]; then
    # A black-and-white copier stores pages as CCITT Group 4 TIFF.
    image="$work/page-$(printf '%03d' "$n").tif"
    "$im" "$raw" "${steps[@]}" -compress Group4 "$image"
  elif [[ "$jpeg" != 0 ]]; then
    image="$work/page-$(printf '%03d' "$n").jpg"
    "$im" "$raw" "${steps[@]}" -quality "$jpeg" "$image"
  else
    image="$work/page-$(printf '%03d' "$n").png"
    "$im" "$raw" "${steps[@]}" "$image"
  fi
  images+=("$image")
done

img2pdf --nodate --output "$out" "${images[@]}"
if [[ -n "$(pdffonts "$out" | tail -n +3)" ]]; then
  echo "make-scan: $out still has fonts" >&2; exit 1
fi
echo "make-scan: $(basename "$out"): $n pages, ${dpi} dpi, skew ${skew}, noise ${noise}, jpeg ${jpeg}, photocopy ${photocopy}, off-centre page ${offcentre}"
