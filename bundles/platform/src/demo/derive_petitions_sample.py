#!/usr/bin/env python3
"""Derives the demo sample (src/main/resources/demo/petitions-sample.jsonl) from the full petitions
corpus given as the argument (petitions_corpus_4134.jsonl: the petition.parliament.uk JSON as cached
in github mysociety/uk-parl-petitions-scraper @ 6cab86c4, data/interim/cache/petition.parliament.uk;
the repository's bundles/testdata/ keeps only the text fields, not the state and topics used here):
300 open or closed petitions, every 3rd, mapped to the archive's import schema. Contains public sector information licensed under the
Open Government Licence v3.0 (UK Parliament petitions, petition.parliament.uk)."""
import json, sys, pathlib

if len(sys.argv) != 2:
    sys.exit("usage: derive_petitions_sample.py PETITIONS_CORPUS.jsonl")
src = pathlib.Path(sys.argv[1])
out = pathlib.Path(__file__).resolve().parent.parent / "main/resources/demo/petitions-sample.jsonl"
# A few English and Welsh local authority GSS codes, assigned round-robin, so locality facets have values.
localities = ["E07000078", "E08000025", "W06000015", "W06000020", "S12000036", "E06000023"]
rows = []
with src.open(encoding="utf-8") as f:
    for i, line in enumerate(f):
        p = json.loads(line)
        if p.get("state") not in ("open", "closed") or i % 3:
            continue
        body = "\n\n".join(x.strip() for x in (p.get("background"), p.get("additional_details")) if x and x.strip())
        if not body:
            continue
        tags = sorted({t.lower() for t in (p.get("topics") or []) if isinstance(t, str)})[:10]
        rows.append({
            "externalId": "uk-parliament-petition:%d" % p["id"],
            "title": p["action"],
            "body": body[:20000],
            "module": "petitions",
            "containerType": "consultation",
            "containerId": "uk-parliament-petitions-2020-2022",
            "containerTitle": "UK Parliament petitions 2020-2022 (OGL v3.0)",
            "kind": "petition",
            "language": "en",
            "locality": localities[len(rows) % len(localities)],
            "author": "petitioner-%d" % p["id"],
            "created": p["created_at"],
            "tags": tags,
        })
        if len(rows) == 300:
            break
with out.open("w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows to", out)
