#!/usr/bin/env python3
"""Checks JSON answers against a JSON Schema (python3-jsonschema).

    validate_answers.py SCHEMA < answers   (one JSON answer a line)

Exit 0 when every answer is valid, 1 with the first error otherwise.
"""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    count = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        answer = json.loads(line)
        errors = sorted(validator.iter_errors(answer), key=lambda e: list(e.path))
        if errors:
            print(f"answer {count + 1}: {errors[0].message} at {list(errors[0].path)}", file=sys.stderr)
            return 1
        count += 1
    print(f"{count} answers valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
