#!/usr/bin/env python3
"""Sums, from a GNU ld map file, the bytes each matching object file contributes to the
linked image (text, rodata and data: what occupies flash). Usage: map_size.py MAP PATTERN"""
import re
import sys

text = open(sys.argv[1]).read()
pattern = re.compile(sys.argv[2])
text = text.split("Linker script and memory map", 1)[1]
total = 0
pending = None
for line in text.splitlines():
    # An input section line: " .text.name  0xADDR  0xSIZE  object.o", sometimes with the
    # section name alone on the line before.
    match = re.match(r"^ (\.\S+)?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)$", line)
    if match:
        section = match.group(1) or pending
        pending = None
        if section is None or not pattern.search(match.group(4)):
            continue
        if section.startswith((".text", ".rodata", ".data")):
            total += int(match.group(3), 16)
        continue
    alone = re.match(r"^ (\.\S+)$", line)
    pending = alone.group(1) if alone else None
print(total)
