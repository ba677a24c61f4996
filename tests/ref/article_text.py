"""The text an ergraph document id points into, as bytes, for checking offsets.

An id starts at the input's own name ("corpus/01.txt" for the input
data/corpus), so `root` is the folder that holds the input ("data"). A plain
id is a text file read as it is on disk; "PATH#ID" is the "text" field of the
article with that id in a JSON Lines file. Files are read once.
"""
import functools
import json
import os


@functools.lru_cache(maxsize=None)
def _jsonl(path):
    return {a.get("id"): a["text"].encode() for a in map(json.loads, open(path, encoding="utf-8"))}


@functools.lru_cache(maxsize=None)
def article_bytes(doc, root="."):
    if "#" in doc:
        path, aid = doc.split("#", 1)
        return _jsonl(os.path.join(root, path))[aid]
    with open(os.path.join(root, doc), "rb") as f:
        return f.read()
