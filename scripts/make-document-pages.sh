#!/usr/bin/env bash
# Prints each readability test page's expected article to PDF with Chromium and converts it to Word with LibreOffice,
# so eval clean can score the PDF and Word readers against text whose gold is known:
#   scripts/make-document-pages.sh <readability-test-pages> <out>
# writes <out>/pdf/<page>/source.pdf and <out>/docx/<page>/source.docx, each beside a copy of the page's expected.html
# and expected-metadata.json. Needs Debian's chromium, libreoffice-writer-nogui and fonts-noto-cjk (without a CJK font,
# Chromium prints Chinese and Japanese pages as empty boxes).
set -euo pipefail
pages=$(realpath "$1")
out=$(realpath -m "$2")
mkdir -p "$out/html" "$out/pdf" "$out/docx"
for dir in "$pages"/*/; do
  page=$(basename "$dir")
  [[ -f "$dir/expected.html" ]] || continue
  title=$(python3 -c 'import html,json,sys; print(html.escape(json.load(open(sys.argv[1])).get("title") or ""))' "$dir/expected-metadata.json" 2>/dev/null || true)
  { printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>\n' "$title"
    cat "$dir/expected.html"
    printf '\n</body></html>\n'; } > "$out/html/$page.html"
  for format in pdf docx; do
    mkdir -p "$out/$format/$page"
    cp "$dir/expected.html" "$out/$format/$page/"
    [[ -f "$dir/expected-metadata.json" ]] && cp "$dir/expected-metadata.json" "$out/$format/$page/"
  done
  timeout 60 chromium --headless --no-sandbox --disable-gpu --blink-settings=imagesEnabled=false \
    --print-to-pdf="$out/pdf/$page/source.pdf" "file://$out/html/$page.html" >/dev/null 2>&1 || echo "chromium failed on $page" >&2
done
(cd "$out/html" && timeout 1800 soffice --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$out/docx-flat" ./*.html >/dev/null 2>&1)
for file in "$out"/docx-flat/*.docx; do
  page=$(basename "$file" .docx)
  mv "$file" "$out/docx/$page/source.docx"
done
rmdir "$out/docx-flat" 2>/dev/null || true
