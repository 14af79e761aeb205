#!/usr/bin/env bash
# Renders a run's workbooks as a reader would see them printed: each workbook to PDF with
# LibreOffice (headless, every sheet with its own print setup), then every page to a PNG, to be
# looked at before a change to the workbooks is called done.
#   usage: scripts/render-workbooks.sh HOME PERIOD RUN_ID OUTDIR
#   writes: OUTDIR/regulator.pdf, OUTDIR/regulator-<page>.png, the same for auditor
#   needs: soffice and pdftoppm (Debian: apt-get install libreoffice-calc-nogui poppler-utils)
#   The auditor workbook of a month has millions of lines: LibreOffice renders only the first
#   1,048,576 of a sheet and takes long; render a small run's (the demo's) to look at.
set -euo pipefail
[[ $# -eq 4 ]] || { echo "usage: $0 HOME PERIOD RUN_ID OUTDIR" >&2; exit 2; }
home=$1 period=$2 run=$3 out=$4
dpi=${RENDER_DPI:-70}
first_pages=${RENDER_FIRST_PAGES:-8}
last_pages=${RENDER_LAST_PAGES:-4}
mkdir -p "$out"
# a profile of its own, so a LibreOffice already open elsewhere neither blocks nor is disturbed
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for book in regulator auditor; do
  src="$home/reports/$period/$run/$book.xlsx"
  [[ -f "$src" ]] || { echo "no $src" >&2; exit 1; }
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" \
    "$src" >/dev/null
  rm -f "$out/$book"-*.png
  # the first and the last pages: a sheet of lines has thousands, the sheets after it a few
  pages=$(pdfinfo "$out/$book.pdf" | awk '/^Pages/{print $2}')
  pdftoppm -r "$dpi" -png -l "$first_pages" "$out/$book.pdf" "$out/$book"
  if (( pages > first_pages )); then
    from=$(( pages - last_pages + 1 > first_pages ? pages - last_pages + 1 : first_pages + 1 ))
    pdftoppm -r "$dpi" -png -f "$from" "$out/$book.pdf" "$out/$book"
  fi
  echo "$book: $(ls "$out/$book"-*.png | wc -l) of $pages page(s) rendered to $out"
done
