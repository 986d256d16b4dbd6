"""Derives trafford_postcodes.csv.gz, the real places the test gazetteer puts its made-up houses on.

Usage: python3 derive_trafford.py ONSPD_TRAFFORD_CSV IMD2019_FILE1_CSV [OUT, default trafford_postcodes.csv.gz]

Reads Trafford's postcodes (ONS Postcode Directory, Feb 2025: postcode, 2023 ward, 2021 LSOA) and
the English Indices of Deprivation 2019 (File 1: IMD decile per 2011 LSOA), and writes one row per
postcode: postcode, ward_code, ward_name, lsoa_code, lsoa_name, imd_decile. IMD 2019 is published
for 2011 LSOAs; a 2021 LSOA that kept its 2011 code takes that decile, and the two 2021 LSOAs
without one (Trafford 001G and 001H, split from 2011's Trafford 001E, E01006185) take their
parent's decile. Output rows are in postcode order so the file is stable.
"""
import csv, gzip, io, sys

SPLIT_FROM = {"E01034000": "E01006185", "E01034001": "E01006185"}

def main(postcodes, imd_file, out="trafford_postcodes.csv.gz"):
    decile = {}
    with open(imd_file, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            decile[r["LSOA code (2011)"]] = r["Index of Multiple Deprivation (IMD) Decile"]
    rows = []
    with open(postcodes, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            lsoa = r["lsoa_code"]
            d = decile.get(lsoa) or decile[SPLIT_FROM[lsoa]]
            rows.append([r["postcode"], r["ward_code"], r["ward_name"], lsoa, r["lsoa_name"], d])
    rows.sort()
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\n")
    w.writerow(["postcode", "ward_code", "ward_name", "lsoa_code", "lsoa_name", "imd_decile"])
    w.writerows(rows)
    with gzip.GzipFile(out, "wb", mtime=0) as g:
        g.write(text.getvalue().encode("utf-8"))
    print(f"{len(rows)} postcodes, {len({r[3] for r in rows})} LSOAs, {len({r[1] for r in rows})} wards -> {out}")

if __name__ == "__main__":
    main(*sys.argv[1:])
