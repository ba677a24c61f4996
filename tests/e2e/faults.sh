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

finish
