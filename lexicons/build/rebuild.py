#!/usr/bin/env python3
"""Rebuilds the generated lexicon files from the two public data sets.

    python3 lexicons/build/rebuild.py [SHARED_LEXICONS_DIR]

reads (default ../shared/lexicons):
  State_Media_Matrix.csv                   State Media Monitor typology (MIT)
  misp-galaxy_intelligence-agencies.json   MISP galaxy cluster (CC0 / BSD-2-Clause)
and writes:
  lexicons/generated/state_media_smm.tsv   every SC, CaPu and CaPr outlet
  lexicons/generated/intelligence_misp.tsv every agency

Generated entries load before the hand-written files, so a hand-written
entry for the same alias (a correction, a reporters' spelling) wins.
Filters, so that a name that is also a common word cannot misfire:
  - aliases that are a country, capital or demonym (places.tsv), or are
    listed in STOP below, are dropped;
  - one-word names and acronyms are flagged `ambiguous`: they count only in
    an article that names their country;
  - bodies that own outlets ("Ministry of Information") are not outlet names.
Nothing is fetched: the inputs are read from disk.
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "..", "shared", "lexicons")
OUT = os.path.join(ROOT, "generated")

STATE_TYPES = {"SC", "CaPu", "CaPr"}

# Names that are ordinary words or collide with other well-known things.
STOP = {
    "news", "today", "press", "nation", "the nation", "sun", "star", "times", "post", "daily",
    "voice", "herald", "observer", "mirror", "tribune", "express", "independent", "republic",
    "unity", "truth", "freedom", "liberty", "progress", "dawn", "hope", "light", "future",
    "national", "radio", "television", "tv", "state tv", "news agency", "police", "army",
    "intelligence", "security", "state security", "military intelligence", "special branch",
    "security service", "intelligence service", "intelligence bureau", "information",
    "directorate of military intelligence", "national security", "counterintelligence",
    "cbs", "abc", "nbc", "itv", "rt", "ap", "pa", "cnn", "fox", "sky", "bbc", "npr", "pbs",
    "fbi", "secret service", "us secret service", "united states secret service",
    "federal police", "gendarmerie", "coast guard", "border guard", "customs",
    # Acronyms far more often a company's in news text: MCI Communications.
    "mci",
}

# Country names of the State Media Monitor that the MISP list spells otherwise.
EXTRA_CODES = {
    "UAE": "AE", "United States of America": "US", "United Kingdom": "GB", "Czechia": "CZ",
    "DR Congo": "CD", "Congo": "CG", "Côte d'Ivoire": "CI", "The Gambia": "GM",
    "Palestine territories": "PS", "Europen Union": "EU", "Hong Kong": "HK", "Macao": "MO",
    "Vatican City": "VA", "Laos": "LA", "Brunei": "BN", "Bhutan": "BT", "Lesotho": "LS",
    "Liechtenstein": "LI", "Iceland": "IS", "Jamaica": "JM", "Haiti": "HT", "Djibouti": "DJ",
    "Eritrea": "ER", "Gabon": "GA", "Benin": "BJ", "Togo": "TG", "Niger": "NE", "Chad": "TD",
    "Mauritania": "MR", "Madagascar": "MG", "Malawi": "MW", "Mozambique": "MZ", "Namibia": "NA",
    "Burundi": "BI", "Burkina Faso": "BF", "Central African Republic": "CF", "Cameroon": "CM",
    "Liberia": "LR", "Somalia": "SO", "South Sudan": "SS", "Zambia": "ZM", "Zimbabwe": "ZW",
    "Angola": "AO", "Botswana": "BW", "Rwanda": "RW", "Tanzania": "TZ", "Uganda": "UG",
    "Kenya": "KE", "Ghana": "GH", "Senegal": "SN", "Nigeria": "NG", "Ethiopia": "ET",
    "Sudan": "SD", "Libya": "LY", "Tunisia": "TN", "Algeria": "DZ", "Morocco": "MA",
    "Egypt": "EG", "Yemen": "YE", "Oman": "OM", "Qatar": "QA", "Kuwait": "KW", "Bahrain": "BH",
    "Jordan": "JO", "Lebanon": "LB", "Syria": "SY", "Iraq": "IQ", "Iran": "IR",
    "Saudi Arabia": "SA", "Turkey": "TR", "Cyprus": "CY", "Greece": "GR", "Malta": "MT",
    "Mongolia": "MN", "Myanmar": "MM", "Nepal": "NP", "Sri Lanka": "LK", "Bangladesh": "BD",
    "North Korea": "KP", "South Korea": "KR", "Vietnam": "VN", "Cambodia": "KH",
    "Thailand": "TH", "Singapore": "SG", "Malaysia": "MY", "Indonesia": "ID",
    "Philippines": "PH", "Taiwan": "TW", "China": "CN", "Japan": "JP", "India": "IN",
    "Pakistan": "PK", "Afghanistan": "AF", "Tajikistan": "TJ", "Turkmenistan": "TM",
    "Uzbekistan": "UZ", "Kazakhstan": "KZ", "Azerbaijan": "AZ", "Armenia": "AM",
    "Georgia": "GE", "Russia": "RU", "Belarus": "BY", "Ukraine": "UA", "Moldova": "MD",
    "Romania": "RO", "Bulgaria": "BG", "Serbia": "RS", "Montenegro": "ME",
    "North Macedonia": "MK", "Albania": "AL", "Bosnia and Herzegovina": "BA", "Croatia": "HR",
    "Slovenia": "SI", "Slovakia": "SK", "Hungary": "HU", "Poland": "PL", "Lithuania": "LT",
    "Latvia": "LV", "Estonia": "EE", "Finland": "FI", "Sweden": "SE", "Norway": "NO",
    "Denmark": "DK", "Germany": "DE", "Netherlands": "NL", "Belgium": "BE", "France": "FR",
    "Spain": "ES", "Portugal": "PT", "Italy": "IT", "Austria": "AT", "Switzerland": "CH",
    "Ireland": "IE", "Canada": "CA", "Mexico": "MX", "Guatemala": "GT", "Honduras": "HN",
    "El Salvador": "SV", "Nicaragua": "NI", "Costa Rica": "CR", "Panama": "PA", "Cuba": "CU",
    "Dominican Republic": "DO", "Venezuela": "VE", "Colombia": "CO", "Ecuador": "EC",
    "Peru": "PE", "Bolivia": "BO", "Chile": "CL", "Argentina": "AR", "Uruguay": "UY",
    "Paraguay": "PY", "Brazil": "BR", "Australia": "AU", "New Zealand": "NZ",
    "South Africa": "ZA", "Israel": "IL",
}

OWNER_BODY = re.compile(
    r"\b(Ministry|Department|Office|Government|Unit|Council|Administration|Authority|"
    r"Directorate|Secretariat|Presidency|Commission|Agency for|Service of)\b|\bState\b.*\b(press|publishing)\b",
    re.I,
)


# The MISP cluster also lists police, crime, military and party bodies that
# news reports treat as officials: an entry is kept when a name of it says
# it is a service, or nothing says it is something else.
SERVICE = re.compile(r"Intelligence|Counterintelligence|Reconnaissance|Espionage|Mukhabarat|"
                     r"Intelijen|Inteligencia|Intelig[eê]ncia|Renseignement|Secret Service|"
                     r"Spy|Mossad|Shin Bet|MI5|MI6|Securitate|Stasi|KGB", re.I)
NOT_A_SERVICE = re.compile(r"\b(Police|Crime|Criminal|Air Force|Army|Navy|Labour|Experts|United Front|"
                           r"Liaison|Public Security|Political Department|Staff Department|Space Delta|"
                           r"Ballistics|Fraud|Gangmasters|Homeland|Customs|Border|Narcotics|Drug|"
                           r"Investigation|Prosecutor|Attorney|Guard|Gendarmerie|Coast|Enforcement|"
                           r"Accountability|Corruption|Mounted)\b", re.I)


def clean(s):
    s = re.sub(r"\[\d+\]|\[[a-z]{2}\]|\(page does not exist\)|^[a-z]{2}:", "", s or "")
    s = s.replace("*", "").replace("\u00a0", " ")
    return " ".join(s.split()).strip(" ,;:-–")


def split_acronym(s):
    """'Emirates News Agency (WAM)' -> ('Emirates News Agency', 'WAM')."""
    m = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", s)
    if m:
        return clean(m.group(1)), clean(m.group(2))
    return s, None


def places():
    names = set()
    with open(os.path.join(ROOT, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            names.add(cols[1].lower())
            names.update(a.lower() for a in cols[2].split("|"))
    return names


def latin(s):
    return all(ord(c) < 0x250 or not c.isalpha() for c in s)


def acronym(s):
    return bool(re.fullmatch(r"[A-Z0-9][A-Z0-9&\-\.]{1,6}", s))


def keep(alias, place_names):
    a = alias.strip()
    if len(re.sub(r"\W", "", a)) < 2 or not a[0].isalnum() or not a[0].isupper() and not a[0].isdigit():
        return False
    low = a.lower()
    if acronym(a) and len(re.sub(r"\W", "", a)) < 3:
        return False  # two letters collide with everything ("AI", "AW")
    if low.startswith(("under ", "part of ", "see ")):
        return False
    return low not in STOP and low not in place_names and latin(a)


# Words that make up generic outlet and agency names ("Daily News", "Channel
# 5", "National News Agency"): a name made only of them needs its country.
GENERIC = set(
    "the of and for national state radio television tv news agency press broadcasting "
    "corporation service services public daily times post herald new voice people's people "
    "republic official channel network media group company information federal central "
    "general newspaper journal gazette international world global first police security "
    "intelligence directorate department bureau office military army air force navy naval "
    "special foreign internal counter counterintelligence organisation organization "
    "administration main state's mirror star sun observer guardian nation tribune standard "
    "express chronicle monitor telegraph independent courier citizen mail sentinel globe "
    "reporter spectator record review weekly week today".split()
)


def generic(alias):
    words = re.findall(r"[\w']+", alias.lower())
    return all(w in GENERIC or w.isdigit() for w in words)


def flag_for(alias):
    one_word = " " not in alias
    return "ambiguous" if one_word or acronym(alias) or generic(alias) else ""


def write(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{path}: {len(rows)} entries")


def state_media(place_names, codes):
    rows, seen = [], set()
    with open(os.path.join(SHARED, "State_Media_Matrix.csv"), encoding="utf-8") as f:
        for rec in csv.DictReader(f):
            if rec.get("Typology", "").strip() not in STATE_TYPES:
                continue
            country = codes.get(rec["Country"].strip(), "")
            asset = clean(rec["Main assets"])
            company = clean(rec["Media company"])
            if ":" in asset:
                asset = clean(asset.split(":", 1)[1])
            candidates = []
            for raw in (asset, company):
                if not raw:
                    continue
                base, acr = split_acronym(raw)
                if raw is company and OWNER_BODY.search(base):
                    continue
                # "(French)", "(Renmin Ribao)": a language note or a second name.
                if acr and acr.lower() in {"english", "french", "arabic", "russian", "spanish"}:
                    acr = None
                candidates += [base] + ([acr] if acr else [])
            # Split one-word from multi-word aliases: they differ in the flag.
            by_flag = {}
            for a in candidates:
                if not keep(a, place_names) or (a, country) in seen:
                    continue
                seen.add((a, country))
                by_flag.setdefault(flag_for(a), []).append(a)
            name = split_acronym(asset or company)[0] or company
            for flag, aliases in sorted(by_flag.items()):
                rows.append(["state-media", name, "|".join(aliases), country, flag])
    return rows


def intelligence(place_names):
    with open(os.path.join(SHARED, "misp-galaxy_intelligence-agencies.json"), encoding="utf-8") as f:
        values = json.load(f)["values"]
    # An English name used by several countries' services ("National
    # Intelligence Service") is one entry without a country.
    per_alias, shared = {}, set()
    for v in values:
        all_names = " ".join([v["value"], v.get("description", "")] + v.get("meta", {}).get("synonyms", []))
        if NOT_A_SERVICE.search(all_names) and not SERVICE.search(all_names):
            continue
        meta = v.get("meta", {})
        country = (meta.get("country") or "").upper()
        # "Ministry of Intelligence (Iran)": a name other countries share.
        shared_name = re.search(r"\([^()]*\)\s*$", v["value"]) is not None
        names = [clean(re.sub(r"\s*\([^()]*\)\s*$", "", v["value"]))]
        desc = clean(v.get("description", "")).split(" – ")[0]
        base, acr = split_acronym(desc)
        names.append(base)
        if acr:
            names += [clean(a) for a in acr.split("/")]
        names += [clean(s) for s in meta.get("synonyms", [])]
        if shared_name:
            shared.add(names[0])
        # "Royal Canadian Mounted Police" is no service even where the
        # entry also names its "Intelligence Division": only the names
        # that say service stay when the others say something else.
        for a in dict.fromkeys(names):
            if NOT_A_SERVICE.search(a) and not SERVICE.search(a):
                continue
            if keep(a, place_names) and not (len(a) > 60):
                per_alias.setdefault(a, set()).add((clean(v["value"]), country))
    groups = {}
    for a, owners in per_alias.items():
        if len(owners) == 1:
            (name, country), = owners
        else:
            name, country = a, ""
        flag = flag_for(a) if country else ("ambiguous" if acronym(a) else "")
        if country and a in shared:
            flag = "ambiguous"
        if flag == "ambiguous" and not country:
            continue  # an acronym shared by several countries with no way to tell
        groups.setdefault((name, country, flag), []).append(a)
    return [["intelligence", n, "|".join(sorted(al)), c, f] for (n, c, f), al in sorted(groups.items())]


def main():
    place_names = places()
    codes = dict(EXTRA_CODES)
    with open(os.path.join(SHARED, "misp-galaxy_intelligence-agencies.json"), encoding="utf-8") as f:
        for v in json.load(f)["values"]:
            m = v.get("meta", {})
            if m.get("country_name") and m.get("country"):
                codes.setdefault(m["country_name"], m["country"].upper())
    head = (
        "# GENERATED by lexicons/build/rebuild.py from {src}; do not edit, edit the script\n"
        "# or override an alias in a hand-written file. {lic}\n"
        "# Columns: kind<TAB>name<TAB>aliases<TAB>country<TAB>flags\n"
    )
    write(
        os.path.join(OUT, "state_media_smm.tsv"),
        head.format(
            src="State_Media_Matrix.csv (ASD-at-GMF/state-media-profiles, typology from MJRC's State Media Monitor)",
            lic="Licence: MIT (see lexicons/generated/LICENSES.md).",
        ),
        state_media(place_names, codes),
    )
    write(
        os.path.join(OUT, "intelligence_misp.tsv"),
        head.format(
            src="misp-galaxy_intelligence-agencies.json (MISP/misp-galaxy, clusters/intelligence-agencies.json)",
            lic="Licence: CC0-1.0 / BSD-2-Clause (see lexicons/generated/LICENSES.md).",
        ),
        intelligence(place_names),
    )


if __name__ == "__main__":
    main()
