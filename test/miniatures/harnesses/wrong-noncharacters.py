#!/usr/bin/env python3
"""Fault (seen in a real stack): the decoder raises on noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF, U+nFFFE/F) in
strings and keys, so the valid {"id":"\\uffff"} makes the implementation raise (answered `threw`, protocol 1.1)."""
import json

from _base import serve


def is_noncharacter(c):
    n = ord(c)
    return 0xFDD0 <= n <= 0xFDEF or (n & 0xFFFE) == 0xFFFE


def check(v):
    if isinstance(v, str):
        if any(is_noncharacter(c) for c in v):
            raise UnicodeError("noncharacter in string")
    elif isinstance(v, list):
        for x in v:
            check(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            check(k)
            check(x)
    return v


serve("wrong-noncharacters", lambda text: check(json.loads(text)), on_raise="threw")
