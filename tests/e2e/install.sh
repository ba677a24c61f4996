# install.sh: `cmake --install` into a temporary prefix, the tree moved
# elsewhere, then the installed ergraph run on the sample corpus with no
# ERGRAPH_DATA (it must find its data beside itself), the man page shown,
# and a small C program compiled against the installed header and
# `pkg-config --cflags --libs ergraph`, run for real.
. "$(dirname "$0")/lib.sh"
BUILD=$(dirname "$ERGRAPH")
cd "$SRC" || exit 1

run cmake --install "$BUILD" --prefix "$TMP/first"
expect_status 0
mv "$TMP/first" "$TMP/moved"
P="$TMP/moved"
for f in bin/ergraph include/ergraph.h share/ergraph/lists/function-id.txt share/ergraph/tagger-id.model \
         share/ergraph/tagger-id.model.LICENSE share/ergraph/tagger-en.model \
         share/ergraph/tagger-en.model.LICENSE share/ergraph/gazetteer/states.json share/man/man1/ergraph.1 \
         share/bash-completion/completions/ergraph; do
  check "installed $f" test -s "$P/$f"
done
lib=$(find "$P" -name libergraph.a | head -1)
check "installed the library" test -s "$lib"
pc=$(find "$P" -name ergraph.pc | head -1)
check "installed ergraph.pc" test -s "$pc"
check "no source path in ergraph.pc" sh -c "! grep -qF '$SRC' '$pc'"

# the moved tree finds its own data; the network is the build tree's
unset ERGRAPH_DATA
ERGRAPH_DATA="$SRC/data" "$ERGRAPH" build data/corpus -o "$TMP/ref.json" 2>/dev/null
sizes=$("$PY" -c "import json,sys; g=json.load(open(sys.argv[1])); print(len(g['nodes']), len(g['links']))" "$TMP/ref.json")
nodes=${sizes% *} links=${sizes#* }
run "$P/bin/ergraph" run data/corpus --outdir "$TMP/runout"
expect_status 0
expect_err_has "$nodes entities, $links links written to"
check "installed build gives the build tree's network" cmp "$TMP/runout/graph.json" "$TMP/ref.json"
for f in stats.csv graph.dot graph.svg graph.png; do
  check "run wrote $f" test -s "$TMP/runout/$f"
done

# a missing data file names the folder looked in and the variable
mv "$P/share/ergraph/lists" "$P/share/ergraph/lists.away"
run "$P/bin/ergraph" entities data/corpus/01-kim-putin-beijing.txt
expect_status 1
expect_err_has "cannot open '$P/bin/../share/ergraph/lists/function-id.txt': No such file or directory"
expect_err_has "(the data folder is '$P/bin/../share/ergraph'; set ERGRAPH_DATA to a folder holding lists/, gazetteer/, tagger-id.model and tagger-en.model)"
mv "$P/share/ergraph/lists.away" "$P/share/ergraph/lists"
run env ERGRAPH_DATA="$TMP/nowhere" "$P/bin/ergraph" build data/corpus -o "$TMP/x.json"
expect_status 1
expect_err "ergraph: $TMP/nowhere/gazetteer: cannot open the gazetteer folder: No such file or directory (the data folder is '$TMP/nowhere'; set ERGRAPH_DATA to a folder holding lists/, gazetteer/, tagger-id.model and tagger-en.model)"
check "no half-written output" test ! -e "$TMP/x.json"

# the man page renders
if command -v groff >/dev/null; then
  run groff -man -Tutf8 -ww "$P/share/man/man1/ergraph.1"
  expect_status 0
  check "man page names the commands" grep -q "merge" "$TMP/out"
  check "man page renders without warnings" test ! -s "$TMP/err"
fi

# a program of ours, built against the installed library alone
if grep -q '^ERGRAPH_SANITIZE:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null; then
  echo "install.sh: the sanitizer build's library needs its runtime; the C program is built against the ordinary build only"
else
  cat > "$TMP/prog.c" <<'EOF'
#include <ergraph.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    erg_error_t err = {0};
    erg_gazetteer_t *g = NULL;
    erg_build_opts_t o;
    erg_build_opts_init(&o);
    o.counting.recognize.jobs = 1;
    erg_graph_t net;
    const char *const inputs[] = {argv[1]};
    if (argc != 2 || erg_gazetteer_open(&g, NULL, 0, &err) ||
        erg_build_network(g, inputs, 1, &o, &net, &err)) {
        fprintf(stderr, "prog: %s\n", err.msg);
        return 1;
    }
    printf("version %s\n", ERG_VERSION);
    printf("%zu nodes %zu links\n", net.nnodes, net.nlinks);
    long a = erg_graph_find(&net, "Kim Jong Un"), b = erg_graph_find(&net, "Vladimir Putin");
    long l = a >= 0 && b >= 0 ? erg_graph_link(&net, (size_t)a, (size_t)b) : -1;
    printf("Kim Jong Un - Vladimir Putin: %ld\n", l >= 0 ? net.links[l].count : -1L);
    erg_graph_release(&net);
    erg_gazetteer_free(g);
    return 0;
}
EOF
  pcdir=$(dirname "$pc")
  if flags=$(PKG_CONFIG_PATH="$pcdir" pkg-config --cflags --libs ergraph 2>"$TMP/pc.err"); then
    ok
    check "pkg-config points into the moved tree" sh -c "echo '$flags' | grep -qF -- '-I$P/'"
    run cc -std=c11 -o "$TMP/prog" "$TMP/prog.c" $flags
    expect_status 0
    # not beside its data: the program is told where the installed data is
    run env ERGRAPH_DATA="$P/share/ergraph" "$TMP/prog" data/corpus
    expect_status 0
    expect_out_has "version $("$ERGRAPH" --version | cut -d' ' -f2)"
    expect_out_has "$nodes nodes $links links"
    want=$("$PY" -c "import json,sys; g=json.load(open(sys.argv[1])); print(next(l['count'] for l in g['links'] if {l['source'],l['target']}=={'Kim Jong Un','Vladimir Putin'}))" "$TMP/ref.json")
    expect_out_has "Kim Jong Un - Vladimir Putin: $want"
  else
    bad "pkg-config ergraph: $(cat "$TMP/pc.err")"
  fi
fi
finish
