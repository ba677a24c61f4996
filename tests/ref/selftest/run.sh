#!/bin/sh
# Try nx_check.py and gold_check.py on the fixtures here: good ones must pass, bad ones fail.
# usage: run.sh [PYTHON]   (default /usr/bin/python3)
PY=${1:-/usr/bin/python3}
cd "$(dirname "$0")" || exit 2
status=0
expect() {
	want=$1; shift
	"$PY" "$@" >/dev/null; got=$?
	if [ "$got" = "$want" ]; then echo "ok: $* -> $got"; else echo "fail: $* -> $got, want $want"; status=1; fi
}
expect 0 ../nx_check.py graph_four.json stats_four.json
expect 0 ../nx_check.py graph_four.json stats_four.json --pure-pagerank
expect 1 ../nx_check.py graph_four.json stats_four_wrong.json
expect 0 ../nx_check.py graph_four.json stats_four_more.json
expect 1 ../nx_check.py graph_four.json stats_four_bad_modularity.json
expect 1 ../nx_check.py graph_four.json stats_four_bad_numbering.json
expect 1 ../nx_check.py graph_four.json stats_four_bad_unknown.json
expect 0 ../nx_check.py graph_split.json stats_split.json
expect 0 ../nx_check.py graph_split.json stats_split.json --pure-pagerank
expect 0 ../nx_check.py graph_tie.json stats_tie.json
expect 0 ../gold_check.py gold_mini.json entities_good.jsonl graph_good.json
expect 1 ../gold_check.py gold_mini.json entities_bad.jsonl graph_bad.json
expect 0 ../gold_check.py gold_mini.json entities_bad.jsonl graph_bad.json --report-only
exit $status
