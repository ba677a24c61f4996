#!/usr/bin/python3
"""Lint the shipped gazetteer: the layers as ergraph loads them, checked for clashes.

usage: gazetteer_lint.py DATA_DIR [--iso-codes JSON_DIR]

Loads, as src/lib/isocodes.c and src/lib/gazetteer.c do, the states of Debian's
iso-codes (iso_3166-3.json then iso_3166-1.json: English short, official and
common names, the natural order of "X, Y of", and the Indonesian translations
of the package's gettext catalogue), then every DATA_DIR/gazetteer/*.json in
name order. An entry is found by its code, else by any name the entity ever
had; a form is keyed as the tokenizer keys text (runs of letters, marks and
digits; casefolded, accents stripped, NFKC; joined by one space).

Fails (exit 1, one line per problem) on:
- a form listed by two entities (at least one of them in a shipped file):
  the later one wins in ergraph, so this is a clash unless deliberate. An
  override is deliberate when the losing entity lists the form in "never"
  (a patch entry {"name": LOSER, "never": [FORM]} in the winning file);
- an alias equal to another entity's canonical name;
- a person alias of one token that is a token of that person's name ("Putin"
  for Vladimir Putin): such names are resolved per article, not listed;
- a "capital_of" or a "state" that names no state (by code or name);
- a local form ("aliases_local") of one character or without letters, listed
  twice in one entry, or given to two entities of one state (which would
  it name?);
- a form without letters or digits, or of one character;
- a place form that is also a form of a state;
- a form listed twice in one entry (variants differing only in case,
  hyphens, accents or spacing are one key already);
- an entry without a valid "type" that patches no known entity;
- a line of DATA_DIR/lists/demonyms-*.txt whose state is no state's form.
Prints the number of entities per type (and per shipped file) either way.
"""

import argparse
import gettext
import glob
import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict

TYPES = ("person", "state", "organization", "place")


def tokens(s):
    """The keys of the tokens of s, as src/lib/text.c computes them."""
    out, cur = [], []
    for ch in s + " ":
        if unicodedata.category(ch)[0] in "LMN":
            cur.append(ch)
        elif cur:
            tok = unicodedata.normalize("NFKD", "".join(cur).casefold())
            tok = "".join(c for c in tok if unicodedata.category(c)[0] != "M")
            out.append(unicodedata.normalize("NFKC", tok))
            cur = []
    return [t for t in out if t]


def key(s):
    return " ".join(tokens(s))


def natural_order(s):
    """'Korea, Republic of' -> 'Republic of Korea'; None when not inverted."""
    head, sep, tail = s.rpartition(", ")
    if sep and (tail.endswith(" of") or tail.endswith(" of the")):
        return "%s %s" % (tail, head)
    return None


class Gazetteer:
    def __init__(self):
        self.ents = []  # dicts: name, type, file, capital_of, never (keys)
        self.names = {}  # every name an entity had -> index
        self.codes = {}
        self.index = {}  # key -> (entity, file)
        self.clashes = []  # (key, form, loser, loser file, winner, winner file)
        self.problems = []
        self.local = defaultdict(set)  # local form's key -> entities

    def add(self, code, name, typ, fname):
        e = self.codes.get(code) if code else None
        if e is None:
            e = self.names.get(name)
        if e is None:
            e = len(self.ents)
            self.ents.append({"name": name, "type": typ, "file": fname, "never": set(),
                              "capital_of": None, "state": None})
        if typ:
            self.ents[e]["type"] = typ
        self.ents[e]["name"] = name
        self.names[name] = e
        if code:
            self.codes[code] = e
        return e

    def alias(self, e, form, fname):
        k = key(form)
        if not k:
            return
        held = self.index.get(k)
        if held and held[0] != e:
            self.clashes.append((k, form, held[0], held[1], e, fname))
        self.index[k] = (e, fname)


def load_iso(g, json_dir, locale_dir):
    for std, codefield in (("3166-3", "alpha_4"), ("3166-1", "alpha_3")):
        with open(os.path.join(json_dir, "iso_%s.json" % std), encoding="utf-8") as f:
            states = json.load(f)[std]
        mo = os.path.join(locale_dir, "id", "LC_MESSAGES", "iso_%s.mo" % std)
        tr = gettext.GNUTranslations(open(mo, "rb")) if os.path.exists(mo) else None
        src = "iso-codes %s" % std
        for st in states:
            code, name = st.get(codefield), st.get("name")
            if not code or not name:
                continue
            canon = st.get("common_name") or natural_order(name) or name
            e = g.add(code, canon, "state", src)
            for field in ("common_name", "name", "official_name"):
                v = st.get(field)
                if not v:
                    continue
                for form in (v, tr.gettext(v) if tr else v):
                    g.alias(e, form, src)
                    if natural_order(form):
                        g.alias(e, natural_order(form), src)


def load_file(g, path):
    fname = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    per_type = Counter()
    for i, ent in enumerate(data["entities"], 1):
        where = "%s: entity %d ('%s')" % (fname, i, ent.get("name"))
        name, typ, code = ent.get("name"), ent.get("type"), ent.get("code")
        if not isinstance(name, str) or not key(name):
            g.problems.append("%s: empty name" % where)
            continue
        known = (code in g.codes) or (name in g.names)
        if typ not in TYPES and not (typ is None and known):
            g.problems.append("%s: \"type\" must be one of %s" % (where, ", ".join(TYPES)))
            continue
        e = g.add(code, name, typ, fname)
        per_type[g.ents[e]["type"]] += 1
        if ent.get("capital_of") is not None:
            g.ents[e]["capital_of"] = (ent["capital_of"], where)
        if ent.get("state") is not None:
            g.ents[e]["state"] = (ent["state"], where)
        local = {}
        for form in ent.get("aliases_local", []):
            k = key(form)
            if not k or len(k) == 1:
                g.problems.append("%s: local form %r is too short to match" % (where, form))
            elif k in local:
                g.problems.append("%s: local form %r is %r again" % (where, form, local[k]))
            else:
                local[k] = form
                g.local[k].add(e)
        forms = [name] + list(ent.get("aliases", [])) + list(ent.get("aliases_id", [])) + list(ent.get("aliases_en", []))
        seen = {}
        for form in forms:
            k = key(form)
            if not k:
                g.problems.append("%s: form %r has no letters or digits" % (where, form))
            elif len(k) == 1:
                g.problems.append("%s: form %r is one character" % (where, form))
            elif k in seen:
                g.problems.append("%s: %r is %r again (one key: %r)" % (where, form, seen[k], k))
            else:
                seen[k] = form
            g.alias(e, form, fname)
        for form in ent.get("never", []):
            if not key(form):
                g.problems.append("%s: never-form %r has no letters or digits" % (where, form))
            g.ents[e]["never"].add(key(form))
        if g.ents[e]["type"] == "person":
            name_toks = set(tokens(name))
            for form in ent.get("aliases", []):
                if len(tokens(form)) == 1 and key(form) in name_toks:
                    g.problems.append("%s: alias %r is a bare part of the name" % (where, form))
    return per_type


def check(g):
    p = g.problems
    shipped = lambda f: not f.startswith("iso-codes")
    for k, form, loser, lfile, winner, wfile in g.clashes:
        if not (shipped(lfile) or shipped(wfile)) or k in g.ents[loser]["never"]:
            continue
        p.append("%s: %r of '%s' is already a form of '%s' (%s); list it in that entity's "
                 "\"never\" if the override is meant"
                 % (wfile, form, g.ents[winner]["name"], g.ents[loser]["name"], lfile))
    canon = {key(ent["name"]): i for i, ent in enumerate(g.ents)}
    for k, (e, fname) in g.index.items():
        other = canon.get(k)
        if other is not None and other != e and shipped(fname) and k not in g.ents[other]["never"]:
            p.append("%s: alias %r of '%s' is the name of '%s'"
                     % (fname, k, g.ents[e]["name"], g.ents[other]["name"]))
    state_keys = {k for k, (e, _) in g.index.items() if g.ents[e]["type"] == "state"}
    for k, _, loser, _, _, _ in g.clashes:
        if g.ents[loser]["type"] == "state":
            state_keys.add(k)
    for k, (e, fname) in g.index.items():
        if g.ents[e]["type"] == "place" and k in state_keys:
            p.append("%s: place '%s' has the state form %r" % (fname, g.ents[e]["name"], k))
    def state_of(field, ent):
        if not ent.get(field):
            return None
        target, where = ent[field]
        t = g.codes.get(target, g.names.get(target))
        if t is None or g.ents[t]["type"] != "state":
            p.append("%s: %s %r names no state" % (where, field, target))
            return None
        return t
    states = {}
    for e, ent in enumerate(g.ents):
        state_of("capital_of", ent)
        states[e] = state_of("state", ent)
    for k, ents in sorted(g.local.items()):
        by_state = defaultdict(list)
        for e in ents:
            s = states[e]
            if s is None and not g.ents[e].get("state"):
                p.append("local form %r of '%s': the entity has no \"state\"" % (k, g.ents[e]["name"]))
            by_state[s].append(g.ents[e]["name"])
        for s, names in by_state.items():
            if s is not None and len(names) > 1:
                p.append("local form %r is %s's for %s" % (k, g.ents[s]["name"], " and ".join(sorted(names))))


def check_demonyms(g, data):
    """Each "adjective = state" line names a state the gazetteer knows."""
    for path in sorted(glob.glob(os.path.join(data, "lists", "demonyms-*.txt"))):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            adj, _, state = (x.strip() for x in line.partition("="))
            held = g.index.get(key(state))
            if not adj or held is None or g.ents[held[0]]["type"] != "state":
                g.problems.append("%s:%d: %r names no state" % (os.path.basename(path), n, state))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data")
    default_iso = os.environ.get("ERGRAPH_ISO_CODES") or "/usr/share/iso-codes/json"
    ap.add_argument("--iso-codes", default=default_iso)
    a = ap.parse_args()
    g = Gazetteer()
    try:
        load_iso(g, a.iso_codes, os.path.join(a.iso_codes, "..", "..", "locale"))
    except OSError as e:
        print("gazetteer_lint: cannot read the iso-codes states: %s" % e, file=sys.stderr)
        return 1
    files = sorted(glob.glob(os.path.join(a.data, "gazetteer", "*.json")))
    if not files:
        print("gazetteer_lint: no %s/gazetteer/*.json" % a.data, file=sys.stderr)
        return 1
    for path in files:
        per = load_file(g, path)
        print("%s: %s" % (os.path.basename(path),
                          ", ".join("%d %s" % (per[t], t) for t in TYPES if per[t])))
    check(g)
    check_demonyms(g, a.data)
    total = Counter(ent["type"] for ent in g.ents)
    print("entities: %s; %d forms" % (", ".join("%d %s" % (total[t], t) for t in TYPES),
                                      len(g.index)))
    for line in g.problems:
        print("fail: %s" % line)
    print("gazetteer lint: %d problems" % len(g.problems))
    return 1 if g.problems else 0


if __name__ == "__main__":
    sys.exit(main())
