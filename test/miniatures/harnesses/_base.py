"""Line-protocol 1.1 harness for the Python miniatures: the example harness's validator behind a pluggable decoder.

The implementation under test receives each instance as JSON text and decodes it with `decode`; what `decode` raises is
either a refusal (answered `valid: false` / `rejected`) or, with on_raise="threw", the implementation raising (`threw`).
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "python-harness"))
from harness import ConnectedUser, send, user_errors  # noqa: E402  (the example's validator, reused as is)


def serve(name, decode, on_raise="invalid"):
    """Runs the protocol until stop; `decode(text)` is the implementation's JSON decoder."""
    out = sys.stdout.buffer
    for raw in sys.stdin.buffer:
        msg = json.loads(raw.decode("utf-8"))
        cmd = msg.get("cmd")
        if cmd == "start":
            send(out, {"ready": True, "version": 1.1, "implementation": {"name": name, "language": "python"}, "ops": ["validate", "roundtrip"]})
            continue
        if cmd == "stop":
            break
        seq = msg["seq"]
        text = json.dumps(msg["instance"], ensure_ascii=True)  # what the implementation would receive on the wire
        try:
            value = decode(text)
        except Exception as e:
            if on_raise == "threw":
                send(out, {"seq": seq, "threw": f"{type(e).__name__}: {e}"})
            elif cmd == "validate":
                send(out, {"seq": seq, "valid": False})
            else:
                send(out, {"seq": seq, "rejected": f"refused by the decoder: {e}"})
            continue
        if cmd == "validate":
            send(out, {"seq": seq, "valid": not user_errors(value)})
        else:
            try:
                send(out, {"seq": seq, "instance": ConnectedUser.parse(value).serialize()})
            except ValueError as e:
                send(out, {"seq": seq, "rejected": str(e)})
