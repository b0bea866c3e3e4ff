#!/usr/bin/env bash
# Installs the Debian packages PolicyLint's PDF and OCR readers call: poppler-utils (pdfinfo,
# pdftotext, pdffonts, pdftoppm) and tesseract-ocr with English data; and chromium, the browser
# the web app's end-to-end test drives through Playwright (Playwright never downloads its own).
# `--no-browser` leaves chromium out (tools/policylint uses it: checking needs no browser).
# `--bench` also installs what tools/bench.sh needs: LibreOffice Writer (it makes the benchmark's
# PDFs) and GNU time (/usr/bin/time -v: wall time and peak memory).
# Idempotent: installs only what is missing. Runs apt-get as root, or through sudo when it is available.
set -euo pipefail

packages=(poppler-utils tesseract-ocr tesseract-ocr-eng)
case "${1:-}" in
  --no-browser) ;;
  --bench) packages+=(chromium libreoffice-writer time) ;;
  *) packages+=(chromium) ;;
esac
missing=()
for package in "${packages[@]}"; do
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    echo "setup-system: $package is installed"
  else
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-system: nothing to install"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "setup-system: need root (or sudo) to install: ${missing[*]}" >&2
  exit 1
fi

echo "setup-system: installing ${missing[*]}"
"${run[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "setup-system: done"
