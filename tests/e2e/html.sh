# The HTML page in headless Chromium (WebDriver): search, click, neighbours
# highlighted, evidence listed, hostile names shown as text; the tools
# (filters, a link's evidence, focus, path, exports) by tests/e2e/page.py. Skips (77) only
# when chromium or chromedriver is not installed.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "skip: chromium and chromium-driver are not installed"
  exit 77
fi

run "$ERGRAPH" build tests/data/mini -o "$TMP/g.json"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/g.html"
expect_status 0
check "mini: search 'putin', click Kim Jong Un" "$PY" tests/e2e/webdriver.py "$TMP/g.json" "$TMP/g.html" putin "Kim Jong Un"
check "mini: search by alias, accents folded" "$PY" tests/e2e/webdriver.py "$TMP/g.json" "$TMP/g.html" "KORUT" "North Korea"

run "$ERGRAPH" build --gazetteer tests/data/hostile-gazetteer.json --window document tests/data/hostile.txt -o "$TMP/h.json"
run "$ERGRAPH" render "$TMP/h.json" -o "$TMP/h.html"
expect_status 0
check "hostile: click <script>" "$PY" tests/e2e/webdriver.py "$TMP/h.json" "$TMP/h.html" "ким" "<script>alert(1)</script>"
check "hostile: click A & B" "$PY" tests/e2e/webdriver.py "$TMP/h.json" "$TMP/h.html" '"quoted"' "A & B"
# the page's tools on the sample corpus, 40 of its 54 entities drawn
run "$ERGRAPH" build data/corpus -o "$TMP/s.json"
run "$ERGRAPH" stats "$TMP/s.json" --format json -o "$TMP/s-stats.json"
run "$ERGRAPH" render "$TMP/s.json" -o "$TMP/s.html" --max-nodes 40
expect_status 0
check "sample: filters, link click, focus, path, exports, search, keyboard, phone width" \
  "$PY" tests/e2e/page.py "$TMP/s.json" "$TMP/s-stats.json" "$TMP/s.html"
# a network of an older version has no article_dates: no period sliders
"$PY" -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
del d["graph"]["article_dates"]
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"))
' "$TMP/s.json" "$TMP/old.json"
run "$ERGRAPH" render "$TMP/old.json" -o "$TMP/old.html"
expect_status 0
check "an older network: the page hides the period sliders" "$PY" -c '
import os, sys, tempfile
sys.path.insert(0, sys.argv[2])
from webdriver import Driver
with tempfile.TemporaryDirectory() as profile:
    d = Driver(profile)
    try:
        d.s("POST", "/url", {"url": "file://" + os.path.abspath(sys.argv[1])})
        assert d.js("return getComputedStyle(document.getElementById(\"time-box\")).display") == "none"
        assert d.js("return JSON.parse(document.getElementById(\"ergraph-data\").textContent).dates") == []
        assert d.js("return document.querySelectorAll(\"g.node:not(.hidden)\").length") == 54
    finally:
        d.quit()
' "$TMP/old.html" "$SRC/tests/e2e"
finish
