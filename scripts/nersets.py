"""The annotated NER sets of ../shared/ner, read into one form: sentences of
(tokens, tags), tags IOB2 over PER, ORG, LOC only.

Used by scripts/ner-score (to score ergraph on any of them) and by
scripts/train-tagger (through `python3 scripts/nersets.py convert`, to
write the 'TOKEN POS TAG' file erg-train-tagger reads). The mapping of
each set, as ../shared/ner/README.md asks:

  idner     IOB2 PER, ORG, LOC as they are ('TOKEN UPOS TAG', CRLF).
  gmb       GMB 2.2.0's own tags ('TOKEN POS TAG'): per -> PER, org -> ORG,
            geo -> LOC, gpe -> LOC only when the span's first and last
            tokens are proper nouns (NNP, NNPS: "France", "Democratic
            Republic of Congo", not the adjective "French"), tim, art, eve,
            nat -> O. Titles are cut off person spans ("President Bush" ->
            "Bush"): leading words of TITLES below; a span of titles only is
            dropped.
  wikigold  IOB1 ('TOKEN TAG'), MISC -> O; -DOCSTART- lines dropped.
  conll     the same reading, for any file in CoNLL-2003's form ('TOKEN ... TAG',
            IOB1, MISC -> O): Reuters-style news, tests/data/results-en.conll.
  btc       IOB2 ('TOKEN<TAB>TAG').
"""

import os
import sys

LABELS = ("PER", "ORG", "LOC")
SETS = ("idner", "gmb", "wikigold", "btc", "conll")

# The titles cut off GMB's person spans, as phrase keys (casefolded, hyphens
# as spaces, no final full stop). Fixed here rather than read from
# data/lists/titles-en.txt, so that editing the recognizer's lists never
# moves the gold standard it is scored against.
TITLES = frozenset((
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lord", "lady", "dame",
    "president", "vice president", "vice", "president elect", "prime minister", "minister",
    "foreign minister", "defense minister", "interior minister", "finance minister",
    "deputy prime minister", "secretary", "secretary of state", "secretary general",
    "chancellor", "premier", "general", "gen", "lieutenant", "lt", "lieutenant general",
    "colonel", "col", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral", "adm",
    "marshal", "field marshal", "commander", "brigadier", "brigadier general", "senator", "sen",
    "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor",
    "ambassador", "envoy", "king", "queen", "prince", "princess", "crown prince", "emperor",
    "sultan", "emir", "sheikh", "sheik", "pope", "cardinal", "archbishop", "bishop", "reverend",
    "rev", "father", "rabbi", "imam", "mullah", "ayatollah", "grand ayatollah", "judge",
    "justice", "chief justice", "attorney general", "chairman", "chairwoman", "chief", "deputy",
    "prime"))  # GMB often tags the "Prime" of "Prime Minister" alone as a person


def guess_set(path):
    """The set a split belongs to, from its path (the folders of ../shared/ner)."""
    p = path.replace("\\", "/").lower()
    for name, key in (("gmb", "/gmb/"), ("wikigold", "wikigold"), ("btc", "/btc/"), ("idner", "idner"),
                      ("conll", ".conll")):
        if key in p:
            return name
    return "idner"


def _lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            yield line.rstrip("\r\n")


def _sentences(path, sep=None):
    """Blocks of non-blank lines, each line split on `sep` (None: spaces)."""
    rows = []
    for line in _lines(path):
        if not line.strip():
            if rows:
                yield rows
            rows = []
            continue
        rows.append(line.split(sep) if sep else line.split(" "))
    if rows:
        yield rows


def _iob1_to_iob2(tags):
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def _only_labels(tags):
    """Tags of other types become O; an I- left without its B- opens a span."""
    out, prev = [], "O"
    for t in tags:
        if t != "O" and t[2:] not in LABELS:
            t = "O"
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def spans(tags):
    """(first, last, label) of the IOB2 tags."""
    out, start, label = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        inside = t.startswith("I-") and label == t[2:]
        if start is not None and not inside:
            out.append((start, i - 1, label))
            start = label = None
        if t.startswith("B-") or (t.startswith("I-") and not inside):
            start, label = i, t[2:]
    return out


def _key(tok):
    return tok.casefold().replace("-", " ").rstrip(".").strip()


def _title_len(toks, i, j, titles):
    """How many tokens from i (up to j) form a title, longest first; 0 if none."""
    for n in range(min(3, j - i + 1), 0, -1):
        if " ".join(_key(t) for t in toks[i:i + n]) in titles:
            return n
    return 0


def _gmb(rows, titles):
    toks = [r[0] for r in rows]
    pos = [r[1] if len(r) > 2 else "" for r in rows]
    raw = [r[-1] for r in rows]
    tags = ["O"] * len(toks)
    for i, j, lab in spans(raw):
        if lab == "per":
            while i <= j:
                n = _title_len(toks, i, j, titles)
                if not n:
                    break
                i += n
            if i > j:
                continue
            lab = "PER"
        elif lab == "org":
            lab = "ORG"
        elif lab == "geo":
            lab = "LOC"
        elif lab == "gpe" and pos[i] in ("NNP", "NNPS") and pos[j] in ("NNP", "NNPS"):
            lab = "LOC"
        else:
            continue
        tags[i] = "B-" + lab
        for k in range(i + 1, j + 1):
            tags[k] = "I-" + lab
    return toks, pos, tags


def read(path, which=None, root=None):
    """Sentences of `path` as (tokens, pos, tags); pos is "_" where the set has none."""
    which = which or guess_set(path)
    root = root or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = []
    if which == "gmb":
        for rows in _sentences(path):
            out.append(_gmb(rows, TITLES))
    elif which in ("wikigold", "conll"):
        for rows in _sentences(path):
            rows = [r for r in rows if r[0] != "-DOCSTART-"]
            if rows:
                out.append(([r[0] for r in rows], ["_"] * len(rows),
                            _only_labels(_iob1_to_iob2([r[-1] for r in rows]))))
    elif which == "btc":
        for rows in _sentences(path, "\t"):
            out.append(([r[0] for r in rows], ["_"] * len(rows), _only_labels([r[-1] for r in rows])))
    elif which == "idner":
        for rows in _sentences(path):
            out.append(([r[0] for r in rows], [r[1] if len(r) > 2 else "_" for r in rows],
                        _only_labels([r[-1] for r in rows])))
    else:
        raise ValueError("unknown set %r (one of %s)" % (which, ", ".join(SETS)))
    return out


def doc_starts(path, which=None):
    """Indexes, among read()'s sentences, of those opening a document (after a
    -DOCSTART- line); empty for a set without them."""
    which = which or guess_set(path)
    if which not in ("wikigold", "conll"):
        return []
    starts, n, opening = [], 0, False
    for rows in _sentences(path):
        kept = [r for r in rows if r[0] != "-DOCSTART-"]
        opening = opening or len(kept) < len(rows)
        if kept:
            if opening:
                starts.append(n)
            n += 1
            opening = False
    return starts


def write_conll(sents, path):
    """'TOKEN POS TAG' lines, a blank line between sentences (erg-train-tagger's
    input). Tokens holding spaces (none of the sets has them) lose them."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for toks, pos, tags in sents:
            for t, p, y in zip(toks, pos, tags):
                t = "".join(t.split()) or "_"
                f.write("%s %s %s\n" % (t, "".join(p.split()) or "_", y))
            f.write("\n")


def main(argv):
    """nersets.py convert SET|auto IN OUT: writes IN, mapped, as 'TOKEN POS TAG'."""
    if len(argv) != 5 or argv[1] != "convert":
        sys.stderr.write("usage: nersets.py convert idner|gmb|wikigold|btc|auto IN OUT\n")
        return 2
    which = None if argv[2] == "auto" else argv[2]
    sents = read(argv[3], which)
    write_conll(sents, argv[4])
    n = sum(len(spans(s[2])) for s in sents)
    sys.stderr.write("%s: %d sentences, %d entities\n" % (argv[4], len(sents), n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
