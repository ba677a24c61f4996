# lib.sh: shared by the end-to-end tests. Each test is run as
#   bash TEST.sh ERGRAPH SOURCE_DIR PYTHON
# and ends with `finish`, which prints "N passed, M failed".
ERGRAPH=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$(cd "$2" && pwd)
PY=${3:-/usr/bin/python3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export ERGRAPH_DATA="$SRC/data"
# the inline Python checks import the helpers in tests/ref
export PYTHONPATH="$SRC/tests/ref"
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }

# unprivileged: for the permission cases, sets AS_USER to a prefix that runs a
# command as an unprivileged user when the tests run as root (empty
# otherwise), and USER_ERGRAPH to an ergraph that user may run. That user
# may not enter the clone (a clone under a 0700 folder, a 0700 home), so it
# gets copies of ergraph, its data and the sanitizer's suppressions in a
# world-readable folder of $TMP.
unprivileged() {
  AS_USER=""
  USER_ERGRAPH=$ERGRAPH
  [ "$(id -u)" = 0 ] || return 0
  local w="$TMP/world" lsan=$LSAN_OPTIONS
  mkdir -p "$w"
  cp "$ERGRAPH" "$w/ergraph"
  cp -R "$ERGRAPH_DATA" "$w/data"
  cp "$SRC/tests/lsan.supp" "$w/lsan.supp"
  chmod -R a+rX "$w"
  chmod 755 "$TMP"
  case $lsan in *suppressions=*) lsan="suppressions=$w/lsan.supp" ;; esac
  AS_USER="setpriv --reuid=65534 --regid=65534 --clear-groups env ERGRAPH_DATA=$w/data LSAN_OPTIONS=$lsan"
  USER_ERGRAPH="$w/ergraph"
}

# run CMD...: runs it, keeping stdout in $TMP/out, stderr in $TMP/err, status in $status.
run() {
  "$@" >"$TMP/out" 2>"$TMP/err"
  status=$?
}

# expect_status N: the last run exited with N.
expect_status() {
  if [ "$status" = "$1" ]; then ok; else bad "exit status $status, want $1 (stderr: $(head -c 300 "$TMP/err"))"; fi
}

# expect_err MESSAGE: stderr of the last run is exactly this one line.
expect_err() {
  local got
  got=$(cat "$TMP/err")
  if [ "$got" = "$1" ]; then ok; else bad "stderr '$got', want '$1'"; fi
}

# expect_err_has TEXT: stderr of the last run contains TEXT.
expect_err_has() {
  if grep -qF -- "$1" "$TMP/err"; then ok; else bad "stderr lacks '$1': $(head -c 300 "$TMP/err")"; fi
}

# expect_out_has TEXT: stdout of the last run contains TEXT.
expect_out_has() {
  if grep -qF -- "$1" "$TMP/out"; then ok; else bad "stdout lacks '$1'"; fi
}

# check DESCRIPTION CMD...: CMD succeeds.
check() {
  local what=$1
  shift
  if "$@" >"$TMP/check.out" 2>&1; then ok; else bad "$what: $(head -c 600 "$TMP/check.out")"; fi
}

# py DESCRIPTION SCRIPT [ARGS...]: an inline Python check with networkx at hand;
# tsv(PATH) gives the rows of a TSV file after its header.
py() {
  local what=$1 script=$2
  shift 2
  local prelude='def tsv(p): return [l.rstrip("\n").split("\t") for l in open(p, encoding="utf-8")][1:]'
  if "$PY" -c "$prelude
$script" "$@" >"$TMP/py.out" 2>&1; then ok; else bad "$what: $(head -c 800 "$TMP/py.out")"; fi
}

# entities_of FILE TEXT [OPTION...]: writes TEXT (a printf format) to FILE and
# runs `entities --format tsv` on it; the rows are in $TMP/out.
entities_of() {
  local file=$1 text=$2
  shift 2
  # shellcheck disable=SC2059
  printf "$text" > "$file"
  run "$ERGRAPH" entities --format tsv "$@" "$file"
  expect_status 0
}

# expect_mentions DESCRIPTION EXPECTED [COLUMNS]: the rows of the last
# `entities --format tsv` ($TMP/out), each cut to COLUMNS (a Python list of
# column numbers, default 3: the text; 4 is the entity, 5 the type), are
# EXPECTED, a Python list (of strings, or of tuples for several columns).
expect_mentions() {
  local what=$1 want=$2 cols=${3:-3}
  py "$what" "
import sys
cols = [$cols]
got = [r[cols[0]] if len(cols) == 1 else tuple(r[c] for c in cols) for r in tsv(sys.argv[1])]
assert got == $want, got
" "$TMP/out"
}

# expect_has WHAT WANT [COLS]: the rows of the last TSV output hold every
# tuple of the Python list WANT, read from the columns COLS, among others.
expect_has() {
  local what=$1 want=$2 cols=${3:-3}
  py "$what" "
import sys
got = [tuple(r[c] for c in [$cols]) for r in tsv(sys.argv[1])]
missing = [w for w in $want if w not in got]
assert not missing, (missing, got)
" "$TMP/out"
}

# expect_lacks WHAT TEXTS: no row of the last TSV output has its text (the
# fourth column) among the Python list TEXTS.
expect_lacks() {
  py "$1" "
import sys
found = [r for r in tsv(sys.argv[1]) if r[3] in $2]
assert not found, found
" "$TMP/out"
}

# no_leftovers DIR: no temporary output files remain in DIR.
no_leftovers() {
  if ls "$1" | grep -q '\.tmp\.'; then bad "temporary files left in $1: $(ls "$1")"; else ok; fi
}

finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ]
}
