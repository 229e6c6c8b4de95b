#!/usr/bin/env python3
"""Example paragon-conformance harness: a hand-written Connected User validator and round-tripper.

Speaks the line protocol (one JSON object per line, UTF-8) on stdin/stdout. Standard library only.
Run:  npx paragon-conformance check --target "cmd:python3 examples/python-harness/harness.py"
"""
import json
import platform
import sys

CREDENTIAL_STATUSES = ("VALID", "INVALID", "EXPIRED")


def is_object(v):
    return isinstance(v, dict)


def is_string(v):
    return isinstance(v, str)


def is_boolean(v):
    # bool is a subclass of int in Python: test the exact type, and never accept 0/1 as booleans.
    return type(v) is bool


def integration_errors(path, entry):
    if not is_object(entry):
        return [f"{path}: must be an object"]
    errors = []
    if "enabled" in entry and not is_boolean(entry["enabled"]):
        errors.append(f"{path}/enabled: must be a boolean")
    if "credentialStatus" in entry and not (
        is_string(entry["credentialStatus"]) and entry["credentialStatus"] in CREDENTIAL_STATUSES
    ):
        errors.append(f"{path}/credentialStatus: must be one of {', '.join(CREDENTIAL_STATUSES)}")
    if "providerId" in entry and not is_string(entry["providerId"]):
        errors.append(f"{path}/providerId: must be a string")
    return errors


def pointer(key):
    return key.replace("~", "~0").replace("/", "~1")


def user_errors(user):
    """Every way `user` breaks the Connected User schema (empty when valid). Unknown members are allowed."""
    if not is_object(user):
        return ["/: must be an object"]
    errors = []
    if "id" in user and not is_string(user["id"]):
        errors.append("/id: must be a string")
    if "authenticated" in user and not is_boolean(user["authenticated"]):
        errors.append("/authenticated: must be a boolean")
    if "meta" in user:
        meta = user["meta"]
        if not is_object(meta):
            errors.append("/meta: must be an object")
        else:
            errors += [f"/meta/{pointer(k)}: must be a string" for k, v in meta.items() if not is_string(v)]
    if "integrations" in user:
        integrations = user["integrations"]
        if not is_object(integrations):
            errors.append("/integrations: must be an object")
        else:
            for k, v in integrations.items():
                errors += integration_errors(f"/integrations/{pointer(k)}", v)
    return errors


class ConnectedUser:
    """The model: known fields as attributes, unknown members kept as they came."""

    KNOWN = ("id", "meta", "authenticated", "integrations")

    def __init__(self, data):
        self.fields = {k: data[k] for k in self.KNOWN if k in data}
        self.extra = {k: v for k, v in data.items() if k not in self.KNOWN}

    @classmethod
    def parse(cls, value):
        errors = user_errors(value)
        if errors:
            raise ValueError("; ".join(errors))
        return cls(json.loads(json.dumps(value)))  # an independent copy

    def serialize(self):
        return {**self.extra, **self.fields}


def handle(msg):
    """Calls into the implementation: its rejection is `rejected`, anything else it raises is `threw` (protocol 1.1)."""
    cmd = msg.get("cmd")
    seq = msg["seq"]
    if cmd == "validate":
        try:
            return {"seq": seq, "valid": not user_errors(msg["instance"])}
        except Exception as e:  # the implementation raised: a verdict (validate.total), not a harness failure
            return {"seq": seq, "threw": f"{type(e).__name__}: {e}"}
    if cmd == "roundtrip":
        try:
            return {"seq": seq, "instance": ConnectedUser.parse(msg["instance"]).serialize()}
        except ValueError as e:
            return {"seq": seq, "rejected": str(e)}
        except Exception as e:
            return {"seq": seq, "threw": f"{type(e).__name__}: {e}"}
    raise KeyError(f"unknown cmd {cmd!r}")  # a harness failure: answered with `error` below


def send(out, msg):
    out.write(json.dumps(msg, ensure_ascii=True).encode("ascii") + b"\n")
    out.flush()


def main():
    out = sys.stdout.buffer
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8").strip()
        if not line:
            continue
        msg = json.loads(line)
        cmd = msg.get("cmd")
        if cmd == "start":
            implementation = {"name": "paragon-python-example", "language": "python", "version": platform.python_version()}
            send(out, {"ready": True, "version": 1.1, "implementation": implementation, "ops": ["validate", "roundtrip"]})
        elif cmd == "stop":
            break
        else:
            try:
                send(out, handle(msg))
            except Exception as e:  # the harness could not handle this request: say so, keep serving
                send(out, {"seq": msg.get("seq"), "error": f"{type(e).__name__}: {e}"})


if __name__ == "__main__":
    main()
