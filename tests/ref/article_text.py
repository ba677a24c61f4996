"""The text an ergraph document id points into, as bytes, for checking offsets.

A plain id is a text file read as it is on disk; "PATH#ID" is the "text" field
of the article with that id in a JSON Lines file. Files are read once.
"""
import functools
import json


@functools.lru_cache(maxsize=None)
def _jsonl(path):
    return {a.get("id"): a["text"].encode() for a in map(json.loads, open(path, encoding="utf-8"))}


@functools.lru_cache(maxsize=None)
def article_bytes(doc):
    if "#" in doc:
        path, aid = doc.split("#", 1)
        return _jsonl(path)[aid]
    with open(doc, "rb") as f:
        return f.read()
