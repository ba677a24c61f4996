# The documents: the README's quick start and the man page's examples run
# against data/corpus and write what they say; README.md stays small; every
# relative link of README.md and doc/*.md leads somewhere; the man page's
# markup is clean.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

# The commands of the fenced block after <!-- quickstart --> in README.md.
awk '/<!-- quickstart -->/ { m = 1; next }
     m == 1 && /^```/ { m = 2; next }
     m == 2 && /^```/ { exit }
     m == 2' README.md | grep -v '^ *\(#.*\)\?$' >"$TMP/readme.cmds"
# The .EX/.EE block under .SH EXAMPLES in doc/ergraph.1, roff escapes undone.
awk '/^\.SH/ { s = ($2 == "EXAMPLES") }
     s && /^\.EX/ { m = 1; next }
     s && /^\.EE/ { m = 0 }
     m' doc/ergraph.1 | sed -e 's/\\-/-/g' -e 's/\\(dq/"/g' -e 's/\\e/\\/g' |
  grep -v '^ *\(#.*\)\?$' >"$TMP/man.cmds"

# try NAME FILE: runs the commands of FILE, `ergraph` replaced by the binary
# under test, in a fresh folder holding a link to data/, and checks their output.
try() {
  local name=$1 cmds=$2 dir="$TMP/$1" n=0 line out graph
  mkdir -p "$dir" && ln -s "$SRC/data" "$dir/data"
  check "$name: has commands" test -s "$cmds"
  for sub in run render stats explain; do
    check "$name: has 'ergraph $sub'" grep -q "^ergraph $sub " "$cmds"
  done
  while IFS= read -r line; do
    n=$((n + 1))
    case $line in
      "ergraph "*) ;;
      *) bad "$name: '$line' does not start with 'ergraph '"; continue ;;
    esac
    (cd "$dir" && eval "\"\$ERGRAPH\"${line#ergraph}") </dev/null >"$dir/$n.out" 2>"$dir/$n.err"
    status=$?
    if [ "$status" = 0 ]; then ok; else bad "$name: '$line' exited $status: $(head -c 300 "$dir/$n.err")"; fi
    set -f
    # shellcheck disable=SC2086
    set -- $line
    set +f
    case $2 in
      run)
        out=$(sed -n 's/.*--outdir \([^ ]*\).*/\1/p' <<<"$line")
        for f in graph.json stats.csv graph.dot graph.svg graph.png; do
          check "$name: run wrote $f" test -s "$dir/$out/$f"
        done
        py "$name: run's graph.json" '
import json, sys
g = json.load(open(sys.argv[1]))
ids = {n["id"] for n in g["nodes"]}
assert g["graph"]["articles"] == 11, g["graph"]["articles"]
assert len(ids) >= 20 and len(g["links"]) >= 20, (len(ids), len(g["links"]))
assert all(l["source"] in ids and l["target"] in ids and l["count"] > 0 for l in g["links"])
assert {"North Korea", "Russia", "Kim Jong Un"} <= ids' "$dir/$out/graph.json" ;;
      render)
        out=$(sed -n 's/.* -o \([^ ]*\).*/\1/p' <<<"$line")
        check "$name: render wrote a page" test -s "$dir/$out"
        check "$name: the page holds its data" grep -q 'id="ergraph-data"' "$dir/$out"
        check "$name: the page holds the drawing" grep -q '<svg' "$dir/$out" ;;
      stats)
        py "$name: stats names the strongest entities" '
import re, sys
lines = open(sys.argv[1]).read().splitlines()
top = re.search(r"--top (\d+)", sys.argv[2])
head = next(i for i, l in enumerate(lines) if l.startswith("entity "))
assert "pagerank" in lines[head].split(), lines[head]
rows = [l for l in lines[head + 1:] if l.strip()]
assert not top or len(rows) == int(top.group(1)), len(rows)
assert any(r.startswith("North Korea ") for r in rows), rows[:3]' "$dir/$n.out" "$line" ;;
      explain)
        graph=$3
        py "$name: explain prints the link's count" '
import json, re, sys
g = json.load(open(sys.argv[1]))
out = open(sys.argv[2]).read().splitlines()
a, b = out[0].split(" - ", 1)
m = re.match(r"count: (\d+) ", out[1])
link = [l for l in g["links"] if {l["source"], l["target"]} == {a, b}]
assert link and m, (out[:2], link[:1])
assert int(m.group(1)) == link[0]["count"] > 0, (m.group(1), link[0]["count"])
assert any(l.startswith("evidence (") for l in out), out' "$dir/$graph" "$dir/$n.out" ;;
    esac
  done <"$cmds"
  check "$name: every command ran" test "$n" -ge 4
}

try readme "$TMP/readme.cmds"
try man "$TMP/man.cmds"
check "the man page's examples are the README's quick start" cmp "$TMP/readme.cmds" "$TMP/man.cmds"

size=$(wc -c <README.md)
if [ "$size" -le 10240 ]; then ok; else bad "README.md is $size bytes, more than 10240"; fi

# Every command of 'ergraph --help' is in the README and the man page.
run "$ERGRAPH" --help
for c in $(sed -n '/^commands:/,/^$/s/^  \([a-z]\+\) .*/\1/p' "$TMP/out"); do
  check "README lists $c" grep -q "ergraph $c\`" README.md
  check "the man page describes $c" grep -q "^\.BI \"$c " doc/ergraph.1
done
run "$ERGRAPH" --version
check "the man page's version is the program's" grep -q "^\.TH ERGRAPH 1 [^ ]* \"$(cat "$TMP/out")\"" doc/ergraph.1

py "relative links of README.md and doc/*.md" '
import glob, os, re, sys

def body(path):
    """The lines outside fenced code blocks, inline code removed."""
    out, fence = [], False
    for line in open(path, encoding="utf-8"):
        if line.lstrip().startswith("```"):
            fence = not fence
        elif not fence:
            out.append(re.sub(r"`[^`]*`", "", line))
    return out

def anchors(path):
    seen, found = {}, set()
    for line in body(path):
        m = re.match(r"#{1,6} +(.*)", line)
        if m:
            slug = re.sub(r"[^\w\- ]", "", m.group(1).strip().lower()).replace(" ", "-")
            k = seen.get(slug, 0)
            seen[slug] = k + 1
            found.add(slug if k == 0 else "%s-%d" % (slug, k))
    return found

bad = []
for doc in ["README.md"] + sorted(glob.glob("doc/*.md")):
    for line in body(doc):
        for target in re.findall(r"\]\(([^)\s]+)\)", line):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, frag = target.partition("#")
            dest = os.path.normpath(os.path.join(os.path.dirname(doc), path)) if path else doc
            if not os.path.exists(dest):
                bad.append("%s: %s: no such file" % (doc, target))
            elif frag and dest.endswith(".md") and frag not in anchors(dest):
                bad.append("%s: %s: no such heading" % (doc, target))
assert not bad, "\n".join(bad)'

if command -v groff >/dev/null; then
  warnings=$(groff -man -ww -z doc/ergraph.1 2>&1; groff -man -Tutf8 -ww -z doc/ergraph.1 2>&1)
  if [ -z "$warnings" ]; then ok; else bad "groff warns on doc/ergraph.1: $warnings"; fi
  groff -man -Tutf8 -P-cbou doc/ergraph.1 2>/dev/null >"$TMP/man.txt"
  for section in NAME SYNOPSIS DESCRIPTION COMMANDS ENVIRONMENT FILES "EXIT STATUS" EXAMPLES "SEE ALSO"; do
    check "the man page has $section" grep -q "^$section\$" "$TMP/man.txt"
  done
else
  echo "docs: groff is missing, the man page's markup is not checked"
fi

finish
