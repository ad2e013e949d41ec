#!/usr/bin/env python3
"""Validates fuzz inputs against docs/fuzz-input.schema.json, the way a
generator's author would. Usage: check_fuzz_inputs.py SCHEMA FILE...; prints
"N valid" or the first errors, exit 0 or 1."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)
bad = 0
for name in sys.argv[2:]:
    errors = list(validator.iter_errors(json.load(open(name, encoding="utf-8"))))
    if errors:
        bad += 1
        for error in errors[:3]:
            print(name, "/".join(str(p) for p in error.path), error.message)
print(f"{len(sys.argv) - 2 - bad} valid, {bad} not")
sys.exit(1 if bad or len(sys.argv) < 3 else 0)
