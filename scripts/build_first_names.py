#!/usr/bin/env python3
"""Build data/first_names.tsv: common given names with the gender they usually carry.

Source: the US Census Bureau's 1990 frequency lists of given names (public domain), as shipped in
the PyPI package `names` 0.3.0 (MIT). The extractor uses the list as evidence that a capitalised
word opens a person's name, and to match `he`/`she` to the people an article names.

usage:
    python3 -m pip download names==0.3.0 --no-deps -d /tmp/names && \
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names && \
    python3 scripts/build_first_names.py /tmp/names/names-0.3.0/names > data/first_names.tsv

A name is M or F when at least RATIO times more frequent for that gender, else U (unisex).
"""
import os
import sys

RATIO = 4.0


def load(path):
    out = {}
    with open(path, encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                out[parts[0].capitalize()] = float(parts[1])
    return out


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "."
    male = load(os.path.join(src, "dist.male.first"))
    female = load(os.path.join(src, "dist.female.first"))
    print("# Given names and their usual gender (M, F, or U when neither dominates).")
    print("# Source: US Census Bureau 1990 given-name frequency lists (public domain),")
    print("# via the PyPI package names==0.3.0 (MIT). Regenerate with scripts/build_first_names.py.")
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        g = "M" if m >= RATIO * f else "F" if f >= RATIO * m else "U"
        print(f"{name}\t{g}")


if __name__ == "__main__":
    main()
