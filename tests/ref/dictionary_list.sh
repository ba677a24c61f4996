# dictionary_list.sh: data/lists/dictionary-en.txt and dictionary-id.txt are
# what scripts/dictionary-words writes from the installed dictionaries
# (wbritish and wamerican, hunspell-id), byte for byte: the lists are regenerated, never
# edited. Skipped, with the reason, where a dictionary is not installed.
src=$1
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp"' EXIT
for lang in en id; do
    case $lang in
        en) dicts="/usr/share/dict/british-english /usr/share/dict/american-english" pkg="wbritish wamerican" ;;
        id) dicts=/usr/share/hunspell/id_ID.dic pkg=hunspell-id ;;
    esac
    for dict in $dicts; do
        if [ ! -r "$dict" ]; then
            echo "SKIP: $dict is missing (install $pkg)"
            exit 77
        fi
    done
    "$src/scripts/dictionary-words" --lang $lang --out "$tmp" $dicts >/dev/null || exit 1
    if ! cmp "$tmp" "$src/data/lists/dictionary-$lang.txt"; then
        echo "FAIL: data/lists/dictionary-$lang.txt differs from scripts/dictionary-words' output; regenerate it"
        exit 1
    fi
    echo "ok: data/lists/dictionary-$lang.txt is the dictionary's list"
done
