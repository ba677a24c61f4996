# Hostile input: whatever comes in, the run ends, in bounded memory, with
# what it read said plainly.
. "$(dirname "$0")/lib.sh"
cd "$TMP" || exit 1

# --- a JSON \u0000 escape: repaired with a warning as a NUL byte in a .txt
# is, or an error under --strict; never the article cut at the NUL
printf '{"id":"a","text":"Vladimir Putin\\u0000 bertemu Joko Widodo di Moskow. \\\\u0000 Prabowo Subianto."}\n' > nul.jsonl
printf '[{"text":"Vladimir Putin\\u0000 bertemu Joko Widodo."}]' > nul.json
run "$ERGRAPH" entities nul.jsonl
expect_status 0
expect_err "ergraph: warning: nul.jsonl:1:33: \\u0000 (NUL) in a string (1 replaced by U+FFFD)"
expect_out_has '"entity":"Joko Widodo"'
expect_out_has '"entity":"Prabowo Subianto"'
run "$ERGRAPH" entities nul.json
expect_status 0
expect_err "ergraph: warning: nul.json:1:25: \\u0000 (NUL) in a string (1 replaced by U+FFFD)"
expect_out_has '"entity":"Joko Widodo"'
run "$ERGRAPH" entities --strict nul.jsonl
expect_status 1
expect_err "ergraph: nul.jsonl:1:33: \\u0000 (NUL) in a string (1 replaced by U+FFFD)"
run "$ERGRAPH" build --strict nul.json -o nul-graph.json
expect_status 1
expect_err "ergraph: nul.json:1:25: \\u0000 (NUL) in a string (1 replaced by U+FFFD)"
check "no output" test ! -e nul-graph.json

# --- standard input, devices and FIFOs have the 64 MB bound files have
# (run under a memory limit, so that a regression fails instead of
# growing until the kernel ends it)
limited() { (ulimit -v 1500000; "$@"); }
run limited "$ERGRAPH" entities /dev/zero
expect_status 0
expect_err "ergraph: warning: /dev/zero: more than 64 MB is too large for one article (split it, or make it JSON Lines); skipped
ergraph: warning: skipped 1 file (see the warnings above; --strict makes them errors)"
run limited "$ERGRAPH" entities --strict /dev/zero
expect_status 1
expect_err "ergraph: /dev/zero: more than 64 MB is too large for one article (split it, or make it JSON Lines)"
yes 'Joko Widodo bertemu Vladimir Putin.' | head -c 70000000 > big.txt
run limited sh -c '"$1" entities --strict - < big.txt' sh "$ERGRAPH"
expect_status 1
expect_err "ergraph: standard input: more than 64 MB is too large for one article (split it, or make it JSON Lines)"
rm big.txt
# a JSON Lines file with no line end: its line is bounded too
mkfifo endless.jsonl
(yes 'a' | tr -d '\n' | head -c 70000000 > endless.jsonl) &
run limited "$ERGRAPH" entities --strict endless.jsonl
expect_status 1
expect_err "ergraph: endless.jsonl:1: a line of more than 64 MB (no line end: not JSON Lines?)"
wait
# a graph file from a source that never ends: a bound, not a hang
run limited "$ERGRAPH" stats /dev/zero
expect_status 1
expect_err_has "/dev/zero"

# --- a file name that is not UTF-8 (Latin-1 from an old archive): ids are
# valid UTF-8, the bad byte escaped as \xNN, reversibly (a name holding
# "\x" and two hex digits has its backslash escaped too)
mkdir latin
printf 'Presiden Joko Widodo bertemu Vladimir Putin.\n' > "latin/caf$(printf '\351').txt"
printf 'Joko Widodo bertemu Vladimir Putin.\n' > 'latin/a\x41.txt'
run "$ERGRAPH" build latin -o latin.json
expect_status 0
py "ids are valid UTF-8, escaped reversibly" '
import json, sys
raw = open(sys.argv[1], "rb").read()
g = json.loads(raw.decode("utf-8"))  # strict: fails on a raw Latin-1 byte
assert g["links"][0]["documents"] == ["latin/a\\x5Cx41.txt", "latin/caf\\xE9.txt"], g["links"][0]
' latin.json
run "$ERGRAPH" build "latin/caf$(printf '\351').txt" -o latin1.json
py "inputs are valid UTF-8" '
import json, sys
g = json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))
assert g["graph"]["inputs"] == ["latin/caf\\xE9.txt"], g["graph"]["inputs"]
' latin1.json
run "$ERGRAPH" entities latin
expect_status 0
py "entities: valid UTF-8" 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$TMP/out"
expect_out_has '"doc":"latin/caf\\xE9.txt"'

finish
