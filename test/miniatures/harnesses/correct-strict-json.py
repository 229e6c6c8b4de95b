#!/usr/bin/env python3
"""Correct: the standard library's strict JSON decoder, which accepts everything JSON allows (NUL-led keys,
noncharacters, lone surrogate escapes, -0, 2^53+1, 5e-324)."""
import json

from _base import serve

serve("correct-strict-json", lambda text: json.loads(text, strict=True))
