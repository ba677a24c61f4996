# Outputs never destroy what is not ours: a device or FIFO is written into,
# never renamed over; a rewritten file keeps its mode; a symlink keeps
# pointing at the file it names; an input is never an output.
. "$(dirname "$0")/lib.sh"
cd "$TMP" || exit 1
printf 'Presiden Joko Widodo bertemu Vladimir Putin di Moskow.\n' > a.txt
cp a.txt a.orig

# a character device is written into and stays a device; /dev/full's
# failure is reported with its reason
run "$ERGRAPH" build a.txt -o /dev/zero
expect_status 0
check "/dev/zero is still a character device" test -c /dev/zero
run "$ERGRAPH" build a.txt -o /dev/full
expect_status 1
expect_err "ergraph: cannot write '/dev/full': No space left on device"
check "/dev/full is still a character device" test -c /dev/full

# a FIFO: the reader waiting on it gets the graph, and it stays a FIFO
mkfifo fifo
cat fifo > from-fifo &
reader=$!
run "$ERGRAPH" build a.txt -o fifo
expect_status 0
# (the reader is never left waiting: a failed run opens the FIFO once, a
# FIFO renamed over is reported and its reader killed)
if [ -p fifo ]; then
  [ "$status" = 0 ] || : > fifo
  wait "$reader"
  ok
else
  kill "$reader"
  bad "the FIFO was replaced by a regular file"
fi
py "the reader got the graph" 'import json,sys; g=json.load(open(sys.argv[1])); assert g["graph"]["articles"] == 1' from-fifo
no_leftovers .

# a socket or a folder is refused, and left as it was
"$PY" -c 'import socket; socket.socket(socket.AF_UNIX).bind("sock")'
run "$ERGRAPH" build a.txt -o sock
expect_status 1
expect_err "ergraph: cannot write 'sock': not a regular file, a character device or a FIFO"
check "socket still a socket" test -S sock
mkdir dir
run "$ERGRAPH" build a.txt -o dir
expect_status 1
expect_err "ergraph: cannot write 'dir': Is a directory"

# a rewritten output keeps its mode: a private graph stays private
"$ERGRAPH" build a.txt -o private.json
chmod 600 private.json
run "$ERGRAPH" build a.txt -o private.json
expect_status 0
check "mode 600 kept" test "$(stat -c %a private.json)" = 600
chmod 640 private.json
run "$ERGRAPH" render private.json -o pic.dot
run "$ERGRAPH" export --format csv private.json -o private.csv
chmod 604 private.nodes.csv   # -o private.csv writes private.nodes.csv and private.links.csv
run "$ERGRAPH" export --format csv private.json -o private.csv
check "mode 604 kept" test "$(stat -c %a private.nodes.csv)" = 604

# a symlinked output: the file it names is replaced, the link stays
mkdir -p real
printf 'old\n' > real/g.json
ln -s real/g.json link.json
run "$ERGRAPH" build a.txt -o link.json
expect_status 0
check "link still a link" test -L link.json
check "link still points there" test "$(readlink link.json)" = real/g.json
py "target holds the graph" 'import json,sys; g=json.load(open(sys.argv[1])); assert g["graph"]["articles"] == 1' real/g.json
ln -s real/new.json dangling.json
run "$ERGRAPH" build a.txt -o dangling.json
expect_status 0
check "a dangling link's target is created" test -f real/new.json
check "dangling link still a link" test -L dangling.json
no_leftovers real
ln -s loop loop
run "$ERGRAPH" build a.txt -o loop
expect_status 1
expect_err "ergraph: cannot write 'loop': Too many levels of symbolic links"

# an output that is an input, by any name, is refused and the input kept
run "$ERGRAPH" build a.txt -o a.txt
expect_status 1
expect_err "ergraph: refusing to write 'a.txt': it is the input 'a.txt'"
check "article untouched" cmp a.txt a.orig
ln -s a.txt alias.txt
ln a.txt hard.txt
run "$ERGRAPH" build a.txt -o alias.txt
expect_status 1
expect_err "ergraph: refusing to write 'alias.txt': it is the input 'a.txt'"
run "$ERGRAPH" entities ./a.txt -o hard.txt
expect_status 1
expect_err "ergraph: refusing to write 'hard.txt': it is the input './a.txt'"
check "article untouched" cmp a.txt a.orig
mkdir corpus
cp a.txt corpus/b.txt
run "$ERGRAPH" build corpus -o corpus/b.txt
expect_status 1
expect_err "ergraph: refusing to write 'corpus/b.txt': it is the input 'corpus/b.txt'"
# a graph.json read in the corpus folder and skipped is no input: a second
# run into the same folder rewrites it
run "$ERGRAPH" run corpus --outdir corpus
expect_status 0
run "$ERGRAPH" run corpus --outdir corpus
expect_status 0
expect_err_has "ergraph: warning: skipping 'corpus/graph.json': not an array of articles"
check "article in a folder untouched" cmp corpus/b.txt a.orig
"$ERGRAPH" build a.txt -o g.json
cp g.json g.orig
for cmd in "render --format svg g.json -o g.json" "export --format gml g.json -o g.json" \
           "stats g.json -o g.json" "export --format graphml g.json -o g.json"; do
  run "$ERGRAPH" $cmd
  expect_status 1
  # (has, not is: a sanitizer build adds its report of suppressed leaks)
  expect_err_has "ergraph: refusing to write 'g.json': it is the input 'g.json'"
done
check "graph untouched" cmp g.json g.orig
"$ERGRAPH" count a.txt -o p.part
cp p.part p.orig
run "$ERGRAPH" merge p.part -o p.part
expect_status 1
expect_err "ergraph: refusing to write 'p.part': it is the input 'p.part'"
check "part untouched" cmp p.part p.orig
no_leftovers .

# a set of outputs is written as a set: when a later one fails, the folder
# keeps the old set whole, with no temporary left
mkdir -p set/out set/csv
for f in graph.json stats.csv graph.dot graph.svg; do printf 'old\n' > "set/out/$f"; done
mkdir set/out/graph.png
run "$ERGRAPH" run a.txt --outdir set/out
expect_status 1
expect_err_has "ergraph: cannot write 'set/out/graph.png': Is a directory"
check "run: the old set kept" sh -c 'for f in graph.json stats.csv graph.dot graph.svg; do test "$(cat set/out/$f)" = old || exit 1; done'
no_leftovers set/out
rmdir set/out/graph.png
run "$ERGRAPH" run a.txt --outdir set/out
expect_status 0
check "run: then the new set" grep -q '"articles":1' set/out/graph.json
printf 'old\n' > set/csv/nodes.csv
mkdir set/csv/links.csv
run "$ERGRAPH" export --format csv set/out/graph.json -o set/csv
expect_status 1
check "export csv: old nodes.csv kept" test "$(cat set/csv/nodes.csv)" = old
no_leftovers set/csv

finish
