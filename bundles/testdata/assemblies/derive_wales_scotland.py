"""Small made-up gazetteers for a Welsh and a Scottish council, with WIMD and SIMD strata.

Usage: python3 derive_wales_scotland.py WIMD2019_CSV SIMD2020V2_RANKS_CSV

No postcode lists for Wales or Scotland are kept here, so the houses, UPRNs and postcodes are made up
(postcodes in the council's real postcode districts); the areas and their deprivation are real:
- gwynedd_addresses_wimd2019.csv.gz: 20 houses in each of Gwynedd's LSOAs, with the LSOA's Welsh Index of
  Multiple Deprivation 2019 score, its rank among Wales's 1,909 LSOAs (1 = most deprived) and decile.
- clackmannanshire_addresses_simd2020.csv.gz: 20 houses in each of Clackmannanshire's data zones, with the
  Scottish Index of Multiple Deprivation 2020v2 rank (1 of 6,976 = most deprived), decile and quintile.
Deterministic (seeded); rows in area-code order.
"""
import csv, gzip, io, math, random, sys

STREETS = ["Stryd Fawr", "Ffordd yr Orsaf", "Lôn Eglwys", "Ffordd Bangor", "Maes y Dref", "Bryn Awel", "Tŷ Gwyn", "Heol y Llan"]
SCOTS = ["High Street", "Main Street", "Station Road", "Mill Road", "Church Street", "Ochil View", "Castle Street", "Bridge Street"]

def houses(rows, out, districts, streets, town, extra_header, seed):
    rnd = random.Random(seed)
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\r\n")
    w.writerow(["UPRN", "address_1", "address_2", "postcode"] + extra_header)
    uprn = seed * 100000000
    for row in rows:
        district = rnd.choice(districts)
        street = rnd.choice(streets)
        for h in range(20):
            uprn += rnd.randint(1, 9)
            postcode = f"{district} {rnd.randint(1, 9)}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            w.writerow([uprn, f"{1 + h} {street}", town(row), postcode] + row["extra"])
    with gzip.GzipFile(out, "wb", mtime=0) as g:
        g.write(text.getvalue().encode("utf-8"))
    print(f"{len(rows) * 20} addresses in {len(rows)} areas -> {out}")

def main(wimd_file, simd_file):
    with open(wimd_file, encoding="utf-8-sig", newline="") as f:
        wales = [{k.strip(): v for k, v in r.items()} for r in csv.DictReader(f)]
    wales.sort(key=lambda r: -float(r["WIMD 2019"]))  # the highest score is the most deprived
    n = len(wales)
    for rank, r in enumerate(wales, 1):
        r["rank"], r["decile"] = rank, math.ceil(rank * 10 / n)
    gwynedd = sorted((r for r in wales if r["Local Authority Name"] == "Gwynedd"), key=lambda r: r["lsoa"])
    for r in gwynedd:
        r["extra"] = [r["lsoa"], r["LSOA Name"], r["WIMD 2019"], r["rank"], r["decile"]]
    houses(gwynedd, "gwynedd_addresses_wimd2019.csv.gz", ["LL55", "LL54", "LL57", "LL53", "LL49", "LL41", "LL42", "LL36"],
           STREETS, lambda r: r["LSOA Name"].rsplit(" ", 1)[0], ["lsoa_code", "lsoa_name", "wimd_score", "wimd_rank", "wimd_decile"], 1007)

    with open(simd_file, encoding="utf-8-sig", newline="") as f:
        scotland = list(csv.DictReader(f))
    total = len(scotland)
    clacks = sorted((r for r in scotland if r["Council_area"] == "Clackmannanshire"), key=lambda r: r["Data_Zone"])
    for r in clacks:
        rank = int(r["SIMD2020v2_Rank"])
        r["extra"] = [r["Data_Zone"], r["Intermediate_Zone"], rank, math.ceil(rank * 10 / total), math.ceil(rank * 5 / total)]
    houses(clacks, "clackmannanshire_addresses_simd2020.csv.gz", ["FK10", "FK12", "FK13", "FK14"], SCOTS,
           lambda r: r["Intermediate_Zone"], ["data_zone", "intermediate_zone", "simd_rank", "simd_decile", "simd_quintile"], 1003)

if __name__ == "__main__":
    main(*sys.argv[1:])
