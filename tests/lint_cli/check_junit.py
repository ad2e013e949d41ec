#!/usr/bin/env python3
"""Reads a JUnit XML report the way GitLab and Jenkins do (testsuites >
testsuite > testcase > failure|error|system-out) and prints one line per test
case: SUITE | CASE | passed|failure|error | the failure's message."""
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites", root.tag
for suite in root.findall("testsuite"):
    cases = suite.findall("testcase")
    assert int(suite.get("tests")) == len(cases)
    assert int(suite.get("failures")) == len([c for c in cases if c.find("failure") is not None])
    for case in cases:
        failure, error = case.find("failure"), case.find("error")
        if failure is not None:
            print(f"{suite.get('name')} | {case.get('name')} | failure | {failure.get('message')}")
        elif error is not None:
            print(f"{suite.get('name')} | {case.get('name')} | error | {error.get('message')}")
        else:
            print(f"{suite.get('name')} | {case.get('name')} | passed |")
