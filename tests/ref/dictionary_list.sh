# dictionary_list.sh: data/lists/dictionary-en.txt is what
# scripts/dictionary-words writes from the installed dictionary (wbritish),
# byte for byte: the list is regenerated, never edited. Skipped, with the
# reason, where the dictionary is not installed.
src=$1
dict=/usr/share/dict/british-english
if [ ! -r "$dict" ]; then
    echo "SKIP: $dict is missing (install wbritish)"
    exit 77
fi
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp"' EXIT
"$src/scripts/dictionary-words" --out "$tmp" "$dict" >/dev/null || exit 1
if ! cmp "$tmp" "$src/data/lists/dictionary-en.txt"; then
    echo "FAIL: data/lists/dictionary-en.txt differs from scripts/dictionary-words' output; regenerate it"
    exit 1
fi
echo "ok: data/lists/dictionary-en.txt is the dictionary's list"
