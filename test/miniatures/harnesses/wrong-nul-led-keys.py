#!/usr/bin/env python3
"""Fault (seen in a real stack): the JSON decoder refuses an object key that starts with NUL, so the valid
{"meta":{"\\u0000":"v"}} is refused."""
import json

from _base import serve


def pairs(items):
    for k, _ in items:
        if k.startswith("\x00"):
            raise ValueError("object key starts with NUL")
    return dict(items)


serve("wrong-nul-led-keys", lambda text: json.loads(text, object_pairs_hook=pairs))
