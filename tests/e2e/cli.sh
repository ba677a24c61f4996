# The command line: help, version, usage errors (exit 2, one clear line).
. "$(dirname "$0")/lib.sh"

run "$ERGRAPH" --version
expect_status 0
if [ "$(cat "$TMP/out")" = "ergraph 0.1.0" ]; then ok; else bad "version: $(cat "$TMP/out")"; fi

run "$ERGRAPH" --help
expect_status 0
for c in entities build stats render explain run; do
  expect_out_has "  $c "
  run "$ERGRAPH" "$c" --help
  expect_status 0
  if head -1 "$TMP/out" | grep -q "^usage: ergraph $c "; then ok; else bad "$c --help: $(head -1 "$TMP/out")"; fi
  run "$ERGRAPH" --help
done

run "$ERGRAPH"
expect_status 2
expect_err_has "usage: ergraph <command>"

run "$ERGRAPH" frobnicate
expect_status 2
expect_err "ergraph: 'frobnicate' is not a command (see 'ergraph --help')"

run "$ERGRAPH" build --bogus x -o y.json
expect_status 2
expect_err "ergraph build: unknown option '--bogus'
(see 'ergraph build --help')"

run "$ERGRAPH" build "$SRC/data/corpus"
expect_status 2
expect_err_has "ergraph build: no output given (-o GRAPH.json)"

run "$ERGRAPH" build --window clause "$SRC/data/corpus" -o "$TMP/g.json"
expect_status 2
expect_err_has "ergraph build: unknown window 'clause' (use sentence, paragraph, document or tokens:N with N >= 2)"
[ -e "$TMP/g.json" ] && bad "output written after a usage error" || ok

run "$ERGRAPH" entities --format xml "$SRC/data/corpus"
expect_status 2
expect_err_has "ergraph entities: unknown format 'xml' (use jsonl or tsv)"

run "$ERGRAPH" entities
expect_status 2
expect_err_has "ergraph entities: no input given"

run "$ERGRAPH" stats --sort fame x.json
expect_status 2
expect_err_has "ergraph stats: --sort: unknown measure 'fame' (use degree, strength, "

run "$ERGRAPH" stats --top many x.json
expect_status 2
expect_err_has "ergraph stats: --top needs a count, not 'many'"

run "$ERGRAPH" render x.json -o out.gif
expect_status 2
expect_err_has "ergraph render: cannot tell the format of 'out.gif': use --format"

run "$ERGRAPH" render x.json -o out.svg --layout spring
expect_status 2
expect_err_has "ergraph render: unknown layout 'spring'"

run "$ERGRAPH" run "$SRC/data/corpus"
expect_status 2
expect_err_has "ergraph run: no output directory given (--outdir DIR)"

finish
