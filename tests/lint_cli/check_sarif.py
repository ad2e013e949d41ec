#!/usr/bin/env python3
"""Validates a SARIF log against the official SARIF 2.1.0 JSON schema (draft-04),
the way a consumer would. Usage: check_sarif.py SCHEMA LOG; prints "valid" or
the first errors, exit 0 or 1."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
log = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft4Validator(schema)
errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
for error in errors[:5]:
    print("/".join(str(p) for p in error.path), error.message)
print("valid" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
