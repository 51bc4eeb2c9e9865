#!/usr/bin/env python3
"""A grid of actor constructions, each cell a fresh small article.

    python3 scripts/grid-actors.py BINARY [-v]

BINARY is a built briefwright (`go build -o /tmp/bw .`). Every cell puts one
name (a person or an organisation, of many shapes) into one slot of a
sentence (sentence start, subject after an adverbial, object, after a
preposition, in a list, possessive, with an apposition, inside a quotation,
a headline), or puts one false-actor probe (a nationality, a capitalised
common word, a weekday or month, a title of a work, a place or facility, a
team known by its town) beside a known organisation. A cell passes when the
expected people and organisations are found with the right kind and no other
person or organisation is invented (places may be found freely). Failures are
counted per axis value; -v prints every failing cell.
"""
import collections
import itertools
import json
import re
import sys

from gridrun import extract_all

# name as written, accepted names (a found name or alias matching one passes)
PEOPLE = [
    ("Tom Baker", ["Tom Baker"]),
    ("Ngozi Okafor", ["Ngozi Okafor"]),
    ("Mythobisi Sabelo", ["Mythobisi Sabelo"]),
    ("Tevita Fifita", ["Tevita Fifita"]),
    ("Aigerim Zhakupova", ["Aigerim Zhakupova"]),
    ("Oleksandr Kovalenko", ["Oleksandr Kovalenko"]),
    ("Priyanka Raghunathan", ["Priyanka Raghunathan"]),
    ("Xu Lijun", ["Xu Lijun"]),
    ("Nguyen Thi Lan", ["Nguyen Thi Lan"]),
    ("Björn Lindqvist", ["Björn Lindqvist"]),
    ("Jean-Pierre Dubois", ["Jean-Pierre Dubois"]),
    ("Amina Okafor-Bello", ["Amina Okafor-Bello"]),
    ("Fatima Al-Hassan", ["Fatima Al-Hassan"]),
    ("Ludwig van der Berg", ["Ludwig van der Berg"]),
    ("Maria de la Cruz", ["Maria de la Cruz"]),
    ("Mohammed bin Rashid", ["Mohammed bin Rashid"]),
    ("Ravi K. Sharma", ["Ravi K. Sharma", "Ravi Sharma"]),
    ("A.J. Thompson", ["A.J. Thompson", "AJ Thompson"]),
    ("Dr Amara Okonkwo", ["Amara Okonkwo"]),
    ("Dr. Helena Varga", ["Helena Varga"]),
    ("Sen. Maria Cantwell", ["Maria Cantwell"]),
    ("Professor Kenji Watanabe", ["Kenji Watanabe"]),
    ("President Emmanuel Macron", ["Emmanuel Macron"]),
    ("Bartholomew Ochieng Otieno", ["Bartholomew Ochieng Otieno"]),
    ("Kealoha Makoa", ["Kealoha Makoa"]),
    ("Ulugbek Rakhimov", ["Ulugbek Rakhimov"]),
    ("Siddiqa Noorzai", ["Siddiqa Noorzai"]),
    ("Mpho Dlamini-Zuma", ["Mpho Dlamini-Zuma"]),
    ("Chen Wei-ting", ["Chen Wei-ting"]),
    ("Park Ji-hoon", ["Park Ji-hoon"]),
    ("Juan Carlos Pérez", ["Juan Carlos Pérez"]),
    ("Anne-Marie O'Brien", ["Anne-Marie O'Brien"]),
    ("Seán Ó Ceallaigh", ["Seán Ó Ceallaigh"]),
    ("Abdul Rahman al-Saud", ["Abdul Rahman al-Saud"]),
    ("Pieter de Vries", ["Pieter de Vries"]),
    ("Gov. Kathy Hochul", ["Kathy Hochul"]),
    ("Mrs Grace Mugabe", ["Grace Mugabe"]),
]

ORGS = [
    ("Oxfam", ["Oxfam"]),
    ("Zentrix", ["Zentrix"]),
    ("Halvorsen Inc", ["Halvorsen Inc", "Halvorsen"]),
    ("Bluewater Ltd", ["Bluewater Ltd", "Bluewater"]),
    ("Tata Group", ["Tata Group"]),
    ("Meridian Holdings", ["Meridian Holdings"]),
    ("Carrow Partners", ["Carrow Partners"]),
    ("Northgate Capital", ["Northgate Capital"]),
    ("the University of Nairobi", ["University of Nairobi"]),
    ("Makerere University", ["Makerere University"]),
    ("the National Council for Civil Liberties", ["National Council for Civil Liberties"]),
    ("the Department of Water and Sanitation", ["Department of Water and Sanitation"]),
    ("the Commission for Truth and Reconciliation", ["Commission for Truth and Reconciliation"]),
    ("the World Health Organization (WHO)", ["World Health Organization", "WHO"]),
    ("the Kenya Wildlife Service (KWS)", ["Kenya Wildlife Service", "KWS"]),
    ("the Lagos-based Centre for Democracy and Development",
     ["Centre for Democracy and Development"]),
    ("the London-based Halcyon Trust", ["Halcyon Trust"]),
    ("Kenya's health ministry", ["Kenya's health ministry", "Kenyan health ministry", "health ministry"]),
    ("the Nigerian foreign ministry", ["Nigerian foreign ministry", "Nigeria's foreign ministry", "foreign ministry"]),
    ("Amnesty International", ["Amnesty International"]),
]

# slot name, template; {E} is the entity, {P} its possessive
SLOTS = [
    ("start", "{E} announced a new plan for the region."),
    ("after-adverbial", "On Tuesday, {E} announced a new plan for the region."),
    ("object", "Local officials criticised {E} over the delays."),
    ("after-prep", "The plan was drafted with help from {E}."),
    ("list-first", "{E}, Amnesty International and the Red Cross signed the agreement."),
    ("list-last", "The agreement was signed by Amnesty International, the Red Cross and {E}."),
    ("possessive", "{P} decision surprised many observers."),
    ("apposition-age", "{E}, 52, said the plan would fail."),
    ("apposition-role", "{E}, which has criticised the plan, said it would fail."),
    ("quotation", "\u201cWe have asked {E} to explain the delays,\u201d the mayor said."),
    ("said-that", "{E} said on Monday that the plan would fail."),
    ("said-inverted", "\"The plan will fail,\" said {E}."),
    ("according-to", "The plan will fail, according to {E}."),
    ("headline", None),
]

# where the sentence stands: right after the title, in a later paragraph,
# or after another sentence of its paragraph
POSITIONS = [
    ("first", "{S}"),
    ("later-paragraph", "Weeks of talks ended without a deal.\n\n{S}"),
    ("mid-paragraph", "Weeks of talks ended without a deal. {S}"),
]

FALSE = [
    ("nationality", "Kenyan officials said the plan would fail."),
    ("nationality", "Many Malawians crossed the border last year."),
    ("nationality", "Several Filipino nurses have left the hospital."),
    ("nationality", "It was a Brazilian initiative."),
    ("adjective", "European leaders met in the capital."),
    ("adjective", "The Islamic calendar begins this week."),
    ("common-start", "Residents said the water had been cut."),
    ("common-start", "Critics say the plan is too costly."),
    ("common-start", "Meanwhile, the rain continued."),
    ("common-start", "Despite the rain, thousands turned out."),
    ("common-start", "Lawmakers will vote on the bill."),
    ("common-start", "Protesters blocked the main road."),
    ("common-start", "Analysts expect prices to rise."),
    ("common-start", "Police said two men were arrested."),
    ("weekday", "Monday's vote was postponed."),
    ("weekday", "On Wednesday, the roads were closed."),
    ("month", "In March, the prices rose sharply."),
    ("month", "By August the reservoir was empty."),
    ("month", "The harvest usually begins in May."),
    ("work-title", "The documentary \u201cRivers of Salt\u201d premiered last year."),
    ("work-title", "Her book The Long Road Home sold well."),
    ("work-title", "The report, Hidden Costs of Water, was published last week."),
    ("place", "The flights were diverted to Heathrow Airport."),
    ("place", "Fishermen on Lake Victoria reported smaller catches."),
    ("place", "The march ended in Central Park."),
    ("place", "Floods hit Kibera and Mathare overnight."),
    ("facility", "The match was played at Wembley Stadium."),
    ("facility", "Traffic on the Golden Gate Bridge was halted."),
    ("team-town", "Leeds beat Burnley 2-0 on Saturday."),
    ("team-town", "Liverpool drew with Everton at Anfield."),
    ("common-start", "Asked about the delays, officials declined to comment."),
    ("common-start", "Speaking on Monday, the minister said little."),
    ("common-start", "Gunmen attacked the village overnight."),
    ("common-start", "Eyewitnesses described scenes of chaos."),
    ("faith", "Muslims and Christians prayed together in the square."),
    ("storm", "Hurricane Melissa struck the coast on Tuesday."),
    ("storm", "Cyclone Idai destroyed thousands of homes."),
    ("event", "The Paris Agreement was signed in 2015."),
    ("event", "Covid-19 cases rose again in the north."),
    ("event", "Ramadan begins next week."),
    ("event", "The Nobel Prize was awarded to two chemists."),
    ("region", "The Sahel region has had little rain."),
    ("place", "Thousands marched through Tahrir Square."),
]

ANCHOR = "Amnesty International said the figures were alarming."


def possessive(e):
    # "the World Health Organization (WHO)" has no natural possessive; use its bare form
    e2 = re.sub(r" \([A-Z]+\)$", "", e)
    if e2.endswith("'s health ministry") or e2.endswith("ministry"):
        return e2[0].upper() + e2[1:] + "'s"
    return e2[0].upper() + e2[1:] + "'s"


def cap(s):
    return s[0].upper() + s[1:]


def cells():
    for (kind, ents) in (("person", PEOPLE), ("organization", ORGS)):
        for (e, acc), (slot, tpl), (pos, ptpl) in itertools.product(ents, SLOTS, POSITIONS):
            if slot == "apposition-role":
                tpl = ("{E}, a former teacher, said the plan would fail." if kind == "person"
                       else "{E}, which has criticised the plan, said it would fail.")
            if slot == "apposition-age" and kind == "organization":
                tpl = "{E}, founded in 1998, said the plan would fail."
            extra = []
            if slot.startswith("list"):
                extra = [("Amnesty International", "organization"), ("Red Cross", "organization")]
                if e == "Amnesty International":
                    continue
            if slot == "headline":
                verb = "rejects" if kind == "person" else "rejects"
                if pos == "mid-paragraph":
                    continue
                text = ("Talks resume in the capital\n\n" + ptpl.replace("{S}", f"{cap(e)} {verb} new water plan") +
                        "\n\nThe decision came on Monday after weeks of talks.\n")
            else:
                body = tpl.replace("{E}", e).replace("{P}", possessive(e))
                body = body[0].upper() + body[1:] if body[0].islower() else body
                text = "Talks resume in the capital\n\n" + ptpl.replace("{S}", body) + "\n"
            yield {"axis": {"kind": kind, "name": e, "slot": slot, "where": pos},
                   "text": text, "want": [(acc, kind)] + [([n], k) for n, k in extra]}
    for (cls, s), pos, (where, ptpl) in itertools.product(FALSE, ("alone", "before-anchor", "after-anchor"), POSITIONS):
        if pos == "alone":
            body = s
        elif pos == "before-anchor":
            body = s + " " + ANCHOR
        else:
            body = ANCHOR + "\n\n" + s
        want = [] if pos == "alone" else [(["Amnesty International"], "organization")]
        yield {"axis": {"probe": cls, "sentence": s, "position": pos, "where": where},
               "text": "Talks resume in the capital\n\n" + ptpl.replace("{S}", body) + "\n", "want": want,
               "team": cls == "team-town"}


def key(s):
    s = s.replace("\u2019", "'").lower()
    s = re.sub(r"[^\w' ]+", " ", s)
    s = re.sub(r"\bthe\b", " ", s)
    return " ".join(s.split())


def judge(cell, actors):
    found = [a for a in actors if a["kind"] in ("person", "organization")]
    used = set()
    bad = []
    for acc, kind in cell["want"]:
        keys = {key(n) for n in acc}
        hit = None
        for i, a in enumerate(found):
            names = {key(a["name"])} | {key(x) for x in a.get("aliases") or []}
            if names & keys:
                hit = i
                break
        if hit is None:
            bad.append("missing " + acc[0])
        elif found[hit]["kind"] != kind:
            bad.append(f"kind {found[hit]['name']}={found[hit]['kind']}")
            used.add(hit)
        else:
            used.add(hit)
    for i, a in enumerate(found):
        if i in used:
            continue
        if cell.get("team") and a["kind"] == "organization":
            continue
        bad.append(f"extra {a['name']}({a['kind']})")
    return bad


def main():
    binp = sys.argv[1]
    verbose = "-v" in sys.argv[2:]
    cs = list(cells())
    out = extract_all(binp, [c["text"] for c in cs])
    assert all(x is not None for x in out), "the CLI gave no JSON for some cells"
    per = collections.defaultdict(collections.Counter)
    tot = collections.defaultdict(collections.Counter)
    nfail = 0
    fails = []
    for c, x in zip(cs, out):
        bad = judge(c, x["actors"])
        for ax, v in c["axis"].items():
            tot[ax][v] += 1
            if bad:
                per[ax][v] += 1
        if bad:
            nfail += 1
            fails.append((c, bad))
    print(f"cells {len(cs)} failing {nfail}")
    for ax in tot:
        if ax in ("sentence",):
            continue
        row = [f"{v}={per[ax][v]}/{tot[ax][v]}" for v in tot[ax] if per[ax][v]]
        print(f"{ax}: " + (", ".join(row) if row else "none failing"))
    if verbose:
        for c, bad in fails:
            print(json.dumps(c["axis"]), "|", c["text"].replace("\n", " / ").strip(), "|", "; ".join(bad))


if __name__ == "__main__":
    main()
