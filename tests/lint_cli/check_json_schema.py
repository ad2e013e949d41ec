#!/usr/bin/env python3
"""Validates a JSON document against a JSON Schema (the draft its "$schema"
names), the way a consumer would. Usage: check_json_schema.py SCHEMA DOCUMENT;
prints "valid" or the first errors, exit 0 or 1."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
document = json.load(open(sys.argv[2], encoding="utf-8"))
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
for error in errors[:5]:
    print("/".join(str(p) for p in error.path), error.message)
print("valid" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
