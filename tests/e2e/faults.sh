# Faults reach the user: a Graphviz error fails the command (no picture made
# without its legend, no DOT that `dot` cannot read), and a failed write to
# standard output is an error for every command.
. "$(dirname "$0")/lib.sh"
cd "$TMP" || exit 1

# a node-link file written by networkx: no inputs, so no caption
"$PY" -c '
import json
g = {"directed": False, "multigraph": False, "graph": {},
     "nodes": [{"id": "Ana", "type": "person"}, {"id": "Borneo", "type": "state"}],
     "links": [{"source": "Ana", "target": "Borneo", "weight": 1}]}
json.dump(g, open("nx.json", "w"))'
run "$ERGRAPH" render nx.json -o nx.svg
expect_status 0
check "the legend is drawn" grep -q "Colour: type" nx.svg
run "$ERGRAPH" render nx.json -o nx.dot
expect_status 0
check "dot reads the DOT" dot -Tsvg -o nx-dot.svg nx.dot

# a name made of ']' alone: Graphviz 2.42's label lexer lost it and failed
# the layout ("in label of node ]"; found by fuzzing the writers)
"$PY" -c '
import json
g = {"directed": False, "multigraph": False, "graph": {},
     "nodes": [{"id": "]", "type": "person"}, {"id": "]]", "type": "state"}],
     "links": [{"source": "]", "target": "]]", "weight": 1}]}
json.dump(g, open("bracket.json", "w"))'
run "$ERGRAPH" render bracket.json -o bracket.svg
expect_status 0
py "both names drawn" '
import sys, xml.etree.ElementTree as ET
texts = [t.text for t in ET.parse(sys.argv[1]).getroot().iter("{http://www.w3.org/2000/svg}text")]
assert "]" in texts and "]]" in texts, texts' bracket.svg

# a name past what Graphviz's reader takes on one line: the DOT is either
# readable by dot or refused with a message, never written unreadable
"$PY" -c '
import json
big = "A" * 20000
g = {"directed": False, "multigraph": False, "graph": {},
     "nodes": [{"id": big, "type": "person"}, {"id": "Borneo", "type": "state"}],
     "links": [{"source": big, "target": "Borneo", "weight": 1}]}
json.dump(g, open("big.json", "w"))'
run "$ERGRAPH" render big.json -o big.dot
if [ "$status" = 0 ]; then
  check "dot reads the DOT of a long name" dot -Tsvg -o big-dot.svg big.dot
else
  expect_status 1
  expect_err_has "ergraph: cannot write 'big.dot': Graphviz cannot read the DOT it made: "
  check "no unreadable DOT left" test ! -e big.dot
fi
no_leftovers .

# a failed write to standard output: exit 1 with the reason
for args in "--help" "--version" "build --help" "explain nx.json Ana Borneo" \
            "stats nx.json" "export --format gml nx.json -o -"; do
  run "$ERGRAPH" $args
  expect_status 0
  "$ERGRAPH" $args > /dev/full 2> err
  status=$?
  expect_status 1
  check "ergraph $args > /dev/full: reason given" grep -qx "ergraph: cannot write to standard output: No space left on device" err
done

# --- memory running out inside cairo, Pango or GLib fails the command with
# one line, and writes nothing: Graphviz draws in a child process, whose
# death or a line it prints that means lost output ("failure to create
# cairo surface", "cairo: out of memory") is the command's failure. The
# library of tests/shim makes the allocations fail (not under the
# sanitizer, which must be loaded first).
if [ -n "${ERG_FAULTS:-}" ] && ! ldd "$ERGRAPH" 2>/dev/null | grep -q libasan; then
  faulty() { env LD_PRELOAD="$ERG_FAULTS" "$@"; }
  # cairo's bitmap for the PNG cannot be had (the picture is 3000 by 1900)
  run faulty ERG_TEST_MAX_ALLOC=4000000 "$ERGRAPH" render "$SRC/graphs/graph.json" -o g.png
  expect_status 1
  expect_err "ergraph: cannot render png: out of memory (failure to create cairo surface: out of memory)"
  check "no picture" test ! -e g.png
  # a PDF that cairo could not finish: Graphviz says so on standard error
  # and returns as if it had made it
  run faulty ERG_TEST_CAIRO_FINISH=1 "$ERGRAPH" render "$SRC/graphs/graph.json" -o g.pdf
  expect_status 1
  expect_err "ergraph: cannot render pdf: out of memory (cairo: out of memory)"
  check "no PDF" test ! -e g.pdf
  # run: the folder keeps its old set, without temporaries
  mkdir set
  "$ERGRAPH" run "$SRC/data/corpus" --outdir set --quiet
  for f in set/*; do cp "$f" "$f.old"; done
  run faulty ERG_TEST_MAX_ALLOC=4000000 "$ERGRAPH" run "$SRC/data/corpus" --outdir set --quiet
  expect_status 1
  expect_err "ergraph: cannot render png: out of memory (failure to create cairo surface: out of memory)"
  check "the old set, whole" sh -c 'for f in set/*.old; do cmp "$f" "${f%.old}" || exit 1; done'
  no_leftovers set
  # other lines are warnings, and the picture is made
  run faulty "$ERGRAPH" render "$SRC/graphs/graph.json" -o g.png
  expect_status 0
fi

finish
