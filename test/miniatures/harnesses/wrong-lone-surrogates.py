#!/usr/bin/env python3
"""Fault: the implementation stores every string as UTF-8, which a lone surrogate (a legal JSON escape, "\\ud800")
cannot be: it raises UnicodeEncodeError (answered `threw`, protocol 1.1: a validate.total failure)."""
import json

from _base import serve


def store(v):
    if isinstance(v, str):
        v.encode("utf-8")  # strict: raises on lone surrogates
    elif isinstance(v, list):
        for x in v:
            store(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            store(k)
            store(x)
    return v


serve("wrong-lone-surrogates", lambda text: store(json.loads(text)), on_raise="threw")
