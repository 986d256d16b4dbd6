#!/usr/bin/env python3
"""Derives src/main/resources/demo/welsh-sample.jsonl: 60 made-up Welsh comments for the demo, each
two or three sentences from the CC0 Welsh sentence corpus (techiaith/corpws-CC0, CC0 1.0), the first
naming the council, Cardiff or an area (so the demo shows mutation-aware search). Run from the
repository root: python3 bundles/platform/src/demo/derive_welsh_sample.py"""
import gzip
import json
import random
import re

SENTENCES = 'bundles/testdata/welsh/cc0_cy_sentences.txt.gz'
OUT = 'bundles/platform/src/main/resources/demo/welsh-sample.jsonl'
LOCALITIES = ['W06000015', 'W06000011', 'W06000002', 'W06000001', 'W06000022', 'W06000016']


def finished(sentence):
    return sentence if sentence[-1] in '.?!' else sentence + '.'


def main():
    random.seed(7)
    lines = [l.strip() for l in gzip.open(SENTENCES, 'rt', encoding='utf-8') if 40 <= len(l.strip()) <= 220]
    key = [l for l in lines if re.search(r"\b(n?gh?yngor|chyngor|cyngor|[Nn]ghaerdydd|Caerdydd|hardal|ardal)\b", l)]
    others = [l for l in lines if l not in key]
    random.shuffle(key)
    out = []
    for i, first in enumerate(key[:60]):
        body = ' '.join(finished(s) for s in [first] + random.sample(others, random.randint(1, 2)))
        words = first.split()
        title = ' '.join(words[:7]).rstrip('.,;:?!') + ('…' if len(words) > 7 else '')
        created = f"{2021 + i % 4}-{1 + (i * 5) % 12:02d}-{1 + (i * 7) % 28:02d}T10:00:00Z"
        out.append(json.dumps({
            "externalId": f"demo-cy:{i + 1}", "title": title, "body": body, "module": "consultations",
            "containerType": "consultation", "containerId": "sylwadau-cymraeg-enghreifftiol",
            "containerTitle": "Sylwadau enghreifftiol yn Gymraeg (corpws-CC0)", "kind": "comment",
            "language": "cy", "locality": LOCALITIES[i % len(LOCALITIES)], "author": f"preswylydd-{i % 17}",
            "created": created, "tags": ["cymraeg"]}, ensure_ascii=False))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
