# Bad input: one clear line naming the file and place, exit 1, nothing half-written.
. "$(dirname "$0")/lib.sh"
cd "$TMP" || exit 1
mkdir corpus
printf 'Korut dan Rusia.\n' > corpus/a.txt
printf 'keep me\n' > out.json

# a missing input fails before anything is written
run "$ERGRAPH" build corpus nope.txt -o out.json
expect_status 1
expect_err "ergraph: cannot open 'nope.txt': No such file or directory"
check "existing output untouched" test "$(cat out.json)" = "keep me"

# an unreadable directory (as root, through an unprivileged user): skipped
# with a warning; with --strict, an error
mkdir -p locked/inner && printf 'Rusia.\n' > locked/inner/b.txt && printf 'Korut.\n' > locked/a.txt
chmod 000 locked/inner
unprivileged
run $AS_USER "$USER_ERGRAPH" entities locked
expect_status 0
expect_err "ergraph: warning: locked/inner: cannot open the folder: Permission denied; skipped
ergraph: warning: skipped 1 file (see the warnings above; --strict makes them errors)"
expect_out_has '"entity":"North Korea"'
run $AS_USER "$USER_ERGRAPH" entities --strict locked
expect_status 1
expect_err "ergraph: locked/inner: cannot open the folder: Permission denied"
chmod 755 locked/inner

# malformed JSON Lines: the line is skipped, naming file, line and column;
# with --strict the run fails and the output is untouched
printf '{"id": "a", "text": "Korut."}\n{"id": "b", "text": "Rusia.\n{"id": "c", "text": "Rusia."}\n' > bad.jsonl
run "$ERGRAPH" build --strict bad.jsonl -o out.json
expect_status 1
expect_err "ergraph: bad.jsonl:2:22: malformed JSON"
check "existing output untouched" test "$(cat out.json)" = "keep me"
run "$ERGRAPH" build bad.jsonl -o out2.json
expect_status 0
expect_err "ergraph: warning: bad.jsonl:2:22: malformed JSON; skipped
ergraph: warning: skipped 1 article (see the warnings above; --strict makes them errors)"
py "the other lines count" 'import json,sys; g=json.load(open(sys.argv[1])); assert g["graph"]["articles"] == 2, g["graph"]' out2.json

printf '{"id": "a", "title": "no text"}\n' > notext.jsonl
run "$ERGRAPH" entities --strict notext.jsonl
expect_status 1
expect_err "ergraph: notext.jsonl:1: article has no \"text\" string"

printf '[{"text": "Korut."}, {"text": 5}]' > arr.json
run "$ERGRAPH" --strict entities arr.json
expect_status 1
expect_err "ergraph: arr.json: article 2: article has no \"text\" string"
run "$ERGRAPH" entities arr.json
expect_status 0
expect_err_has "ergraph: warning: arr.json: article 2: article has no \"text\" string; skipped"
expect_out_has '"doc":"arr.json#1"'

printf '[{"text": "Korut."},\n {"text": "x"' > trunc.json
run "$ERGRAPH" entities --strict trunc.json
expect_status 1
expect_err "ergraph: trunc.json:2:13: malformed JSON"

# a malformed gazetteer
printf '{"entities": [\n  {"name": "X", "type": "person"}\n  {"name": "Y"}\n]}\n' > gaz.json
run "$ERGRAPH" build --gazetteer gaz.json corpus -o out.json
expect_status 1
expect_err "ergraph: gaz.json:3:3: malformed JSON in gazetteer"
printf '{"entities": [{"name": "X", "type": "city"}]}' > gaz2.json
run "$ERGRAPH" entities --gazetteer gaz2.json corpus
expect_status 1
expect_err "ergraph: gaz2.json: entity 1 ('X'): \"type\" must be person, state, organization or place"
run "$ERGRAPH" entities --gazetteer missing.json corpus
expect_status 1
expect_err "ergraph: cannot open 'missing.json': No such file or directory"

# graph files that are not networks
run "$ERGRAPH" stats "$SRC/data/gazetteer/states.json"
expect_status 1
expect_err "ergraph: $SRC/data/gazetteer/states.json: not a network: expected node-link JSON with \"nodes\" and \"links\" arrays"
printf '{"nodes": [{"id": "a", "type": "person"}], "links": [{"source": "a", "target": "z", "weight": 1}]}' > g1.json
run "$ERGRAPH" stats g1.json
expect_status 1
expect_err "ergraph: g1.json: link 1: 'z' is not a node"
printf '{"nodes": [{"id": "a", "type": "person"}, {"id": "a", "type": "state"}], "links": []}' > g2.json
run "$ERGRAPH" render g2.json -o pic.svg
expect_status 1
expect_err "ergraph: g2.json: node 2: duplicate id 'a'"
check "no picture after a failure" test ! -e pic.svg
printf '{"nodes": [{"id": "a", "type": "person"}, {"id": "b", "type": "person"}], "links": [{"source": "a", "target": "b", "weight": -2}]}' > g3.json
run "$ERGRAPH" stats g3.json
expect_status 1
expect_err "ergraph: g3.json: link 1 ('a' - 'b'): weight must be a positive number"
printf '{"nodes": [{"id": "a", "type": "person"}], "links": [{"source": "a", "target": "a"}]}' > g4.json
run "$ERGRAPH" stats g4.json
expect_status 1
expect_err "ergraph: g4.json: link 1: self-loop on 'a'"
printf '{"nodes": [\n  {"id": "a",, }]}' > g5.json
run "$ERGRAPH" stats g5.json
expect_status 1
expect_err "ergraph: g5.json:2:15: malformed JSON"

# an output that cannot be written
run "$ERGRAPH" build corpus -o no/such/dir/g.json
expect_status 1
expect_err "ergraph: cannot create 'no/such/dir/g.json': No such file or directory"

no_leftovers "$TMP"
finish
