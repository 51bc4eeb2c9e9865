#!/usr/bin/env python3
"""A grid of citing constructions in news copy, run through the CLI.

usage: scripts/grid-sources.py BINARY [-v] [-n CELLS_SHOWN] [-k TEXT]

-v adds failures per cited item; -k runs only the cells whose text holds TEXT.

Every cell is a fresh two-paragraph article: what is cited (outlets known
and unknown, broadcasters, agencies, programmes, journalists, documents,
social posts on a dozen platforms, polls) x how it is cited ("according to", "X reported",
"told X", "a report by", "citing", ...) x where the citation stands
(sentence start, mid-sentence, after a quotation) x quotation marks
(straight, curly) x paragraph (the article's first or a later one). Cells where nothing is cited (a company doing business,
an outlet as the subject of the story, a person speaking) check precision.
A cell fails when a wanted source is missing or a source is named that the
cell does not allow. Names are compared as the scorer compares them:
lower case, titles and "'s" dropped (name_key below mirrors the scorer's).
Prints the cell count, failures, failures per axis value and the first
failing cells. Needs nothing but the built binary and python3.
"""
import collections
import itertools
import re
import sys
import unicodedata

from gridrun import extract_all

TITLES = {"mr", "mrs", "ms", "dr", "gen", "adm", "sen", "senator", "president", "prof", "rep", "gov",
          "secretary", "lt", "col", "capt", "sgt", "the", "sir", "judge", "chief", "minister", "general", "admiral"}


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    s = re.sub(r"'s\b", "", s.lower())
    return re.sub(r"[^a-z0-9 ]+", " ", s).split()


def name_key(s):
    return " ".join(t for t in norm(s) if t not in TITLES)


# Who or what reports: (axis value, surface as it stands in copy, wanted name).
REPORTERS = [
    ("outlet-known", "The Guardian", "The Guardian"),
    ("outlet-known", "Al Jazeera", "Al Jazeera"),
    ("outlet-known", "Le Monde", "Le Monde"),
    ("outlet-known", "the South China Morning Post", "South China Morning Post"),
    ("outlet-unknown", "the Daily Tribune", "Daily Tribune"),
    ("outlet-unknown", "the Kampala Observer", "Kampala Observer"),
    ("outlet-unknown", "the Halden Courier", "Halden Courier"),
    ("outlet-desc", "local newspaper La Voz", "La Voz"),
    ("outlet-desc", "the newspaper Dnevnik", "Dnevnik"),
    ("outlet-desc", "news website Rappler", "Rappler"),
    ("outlet-desc", "the online outlet Tempo Baru", "Tempo Baru"),
    ("broadcaster", "broadcaster NHK", "NHK"),
    ("broadcaster", "public broadcaster RTS", "RTS"),
    ("broadcaster", "Radio Kanal 7", "Radio Kanal 7"),
    ("broadcaster", "local station WKBT", "WKBT"),
    ("agency", "news agency Yonhap", "Yonhap"),
    ("agency", "Reuters", "Reuters"),
    ("agency", "the Associated Press", "Associated Press"),
    ("agency", "state news agency Bernama", "Bernama"),
    ("agency", "Agence France-Presse", "Agence France-Presse"),
    # A broadcaster's programme after its possessive cites the broadcaster
    # ("told NPR's Morning Edition" in the gold); the programme may stand too.
    ("programme", "CBS's 60 Minutes", "CBS"),
    ("programme", "the BBC's Newsnight", "BBC"),
    ("programme", "BBC Newsnight", "BBC Newsnight"),
    ("outlet-known", "Deutsche Welle", "Deutsche Welle"),
    ("outlet-known", "the Irish Times", "Irish Times"),
    ("outlet-known", "the Mail & Guardian", "Mail & Guardian"),
    ("outlet-known", "Sky News", "Sky News"),
    ("outlet-known", "El País", "El País"),
    ("outlet-unknown", "the Times of Malta", "Times of Malta"),
    ("outlet-unknown", "the Lagos Sentinel", "Lagos Sentinel"),
    ("outlet-unknown", "the Mekong Ledger", "Mekong Ledger"),
    ("outlet-desc", "the Swedish newspaper Dagens Nyheter", "Dagens Nyheter"),
    ("outlet-desc", "the daily Gazeta Wyborcza", "Gazeta Wyborcza"),
    ("outlet-desc", "Pakistani broadcaster Geo News", "Geo News"),
    ("outlet-desc", "the weekly magazine Tiempo", "Tiempo"),
    ("broadcaster", "Channel 4 News", "Channel 4 News"),
    ("broadcaster", "the state broadcaster ZBC", "ZBC"),
    ("agency", "Kyodo News", "Kyodo News"),
    ("agency", "the official Xinhua news agency", "Xinhua"),
    ("agency", "the Anadolu Agency", "Anadolu Agency"),
    ("journalist", "journalist Amara Okoye", "Amara Okoye"),
    ("journalist", "freelance reporter Juan Carlos Ortega", "Juan Carlos Ortega"),
    ("journalist", "the columnist Aoife Brennan", "Aoife Brennan"),
    ("journalist", "reporter Lars Eriksen", "Lars Eriksen"),
    ("journalist", "Guardian reporter Mei Tanaka", "Mei Tanaka"),  # the outlet may be cited too
    ("journalist", "the investigative journalist Kofi Boateng", "Kofi Boateng"),
]

# Documents, posts, polls: (axis value, noun phrase, wanted names, allowed extra names).
# A document with an issuer is cited by the issuer; one without is cited by its own name.
# "a|b" wants either name.
WORKS = [
    ("report", "a report by Human Rights Watch", {"Human Rights Watch"}, set()),
    ("report", "a report by the Ndovu Institute", {"Ndovu Institute"}, set()),
    ("report", "a United Nations report", {"United Nations"}, {"United Nations report"}),
    ("study", "a study by Kyoto University", {"Kyoto University"}, set()),
    ("study", "a study published in The Lancet", {"The Lancet"}, set()),
    ("study", "a study in the journal Nature Medicine", {"Nature Medicine"}, set()),
    ("court", "court filings", {"court filings"}, set()),
    ("court", "a lawsuit filed in federal court", {"lawsuit|lawsuit filed in federal court"}, set()),
    ("statement", "a statement from the Interior Ministry", {"Interior Ministry"}, {"statement"}),
    ("statement", "a statement by the Kenya Red Cross", {"Kenya Red Cross"}, {"statement"}),
    ("letter", "a letter from the mayor's office", {"mayor's office|letter from the mayor's office"}, set()),
    ("records", "police records", {"police records"}, set()),
    ("records", "records obtained by the Daily Tribune", {"Daily Tribune"}, {"records"}),
    ("data", "data from the World Bank", {"World Bank"}, set()),
    ("data", "government data", {"government data"}, set()),
    ("social-x", "a post on X", {"X"}, set()),
    ("social-twitter", "a post on Twitter", {"Twitter"}, set()),
    ("social-facebook", "a Facebook post", {"Facebook"}, set()),
    ("social-instagram", "an Instagram post", {"Instagram"}, set()),
    ("social-tiktok", "a video on TikTok", {"TikTok"}, set()),
    ("social-youtube", "a YouTube video", {"YouTube"}, set()),
    ("report", "a report released by Amnesty International", {"Amnesty International"}, set()),
    ("report", "an autopsy report", {"autopsy report"}, set()),
    ("report", "a government audit", {"government audit"}, {"audit"}),
    ("document", "an email seen by Reuters", {"Reuters"}, {"email"}),
    ("document", "documents obtained by the Lagos Sentinel", {"Lagos Sentinel"}, {"documents"}),
    ("court", "a court filing", {"court filing"}, set()),
    ("court", "an indictment unsealed on Monday", {"indictment"}, set()),
    ("study", "a study in the New England Journal of Medicine", {"New England Journal of Medicine"}, set()),
    ("data", "figures from the Health Ministry", {"Health Ministry"}, set()),
    ("social-x", "a statement posted on X", {"X"}, {"statement"}),
    ("social-youtube", "a video posted on YouTube", {"YouTube"}, set()),
    ("poll", "a poll by Ipsos", {"Ipsos"}, set()),
    ("poll", "a Pew Research Center survey", {"Pew Research Center"}, set()),
    ("poll", "a YouGov poll", {"YouGov"}, set()),
    ("poll", "a Gallup survey", {"Gallup"}, set()),
    ("poll", "a survey by the polling firm Datafolha", {"Datafolha"}, set()),
]

CLAIM = "the plant will close next year"
QUOTE = "The plant will close next year"


def cap(s):
    return s[0].upper() + s[1:]


def quoted(q, style):
    return f"“{q},”" if style == "curly" else f'"{q},"'


# Constructions citing a reporter R: position -> template. {Q} is an opening quotation.
REPORTER_CONS = {
    "according to": {
        "start": "According to {R}, {C}.",
        "mid": "{CC}, according to {R}.",
        "quote": "{Q} the manager said, according to {R}.",
    },
    "X reported": {
        "start": "{RC} reported that {C}.",
        "mid": "{CC}, {R} reported on Monday.",
        "quote": "{Q} the manager said, {R} reported.",
    },
    "first reported by": {
        "start": "First reported by {R}, the closure shocked the town.",
        "mid": "The closure, first reported by {R}, shocked the town.",
        "quote": "{Q} the manager said, as first reported by {R}.",
    },
    "told X": {
        "start": "Speaking to {R}, the manager said {C}.",
        "mid": "The manager told {R} that {C}.",
        "quote": "{Q} the manager told {R}.",
    },
    "in an interview with": {
        "start": "In an interview with {R}, the manager said {C}.",
        "mid": "The manager said in an interview with {R} that {C}.",
        "quote": "{Q} the manager said in an interview with {R}.",
    },
    "as X reported": {
        "start": "As {R} reported on Monday, {C}.",
        "mid": "{CC}, as {R} reported on Monday.",
        "quote": "{Q} the manager said, as {R} reported.",
    },
    "citing": {
        "start": "Citing {R}, officials said {C}.",
        "mid": "Officials said {C}, citing {R}.",
        "quote": "{Q} an official said, citing {R}.",
    },
    "via": {
        "start": "Via {R}, officials said {C}.",
        "mid": "Officials said {C}, via {R}.",
        "quote": "{Q} the manager said, via {R}.",
    },
    "quoted by": {
        "start": "Quoted by {R}, the manager said {C}.",
        "mid": "The manager, quoted by {R}, said {C}.",
        "quote": "{Q} the manager said, quoted by {R}.",
    },
    "reported, citing": {
        "start": "{RC} reported, citing officials, that {C}.",
        "mid": "{CC}, {R} reported, citing officials.",
        "quote": "{Q} the manager said, {R} reported, citing a company email.",
    },
    "first reported": {
        "start": "{RC} first reported the closure on Monday.",
        "mid": "The closure, which {R} first reported on Monday, shocked the town.",
        "quote": "{Q} the manager said, confirming what {R} first reported.",
    },
    "a report by": {
        "start": "A report by {R} said {C}.",
        "mid": "{CC}, a report by {R} said.",
        "quote": "{Q} the manager said, according to a report by {R}.",
    },
}

# Constructions citing a work W (a noun phrase).
WORK_CONS = {
    "according to": {
        "start": "According to {W}, {C}.",
        "mid": "{CC}, according to {W}.",
        "quote": "{Q} the manager said, according to {W}.",
    },
    "W showed": {
        "start": "{WC} showed that {C}.",
        "mid": "{CC}, {W} showed.",
        "quote": "{Q} the manager said, after {W} showed the losses.",
    },
    "citing": {
        "start": "Citing {W}, officials said {C}.",
        "mid": "Officials said {C}, citing {W}.",
        "quote": "{Q} an official said, citing {W}.",
    },
    "W said": {
        "start": "{WC} said {C}.",
        "mid": "{CC}, {W} said.",
        "quote": "{Q} {W} said.",
    },
    "in W": {
        "start": "In {W}, the minister said {C}.",
        "mid": "The minister said in {W} that {C}.",
        "quote": "{Q} the minister said in {W}.",
    },
}

# Platforms a person posts on, and how the post is cited.
PLATFORMS = ["X", "Twitter", "Facebook", "Instagram", "TikTok", "YouTube", "Telegram", "Weibo", "Bluesky",
             "Truth Social", "LinkedIn", "VKontakte"]
PLATFORM_CONS = {
    "wrote on P": {
        "start": "Writing on {P}, the minister said {C}.",
        "mid": "The minister wrote on {P} that {C}.",
        "quote": "{Q} the minister wrote on {P}.",
    },
    "posted on P": {
        "start": "In a message posted on {P}, the minister said {C}.",
        "mid": "The minister posted on {P} on Monday that {C}.",
        "quote": "{Q} the minister posted on {P}.",
    },
    "took to P": {
        "start": "Taking to {P} on Monday, the minister said {C}.",
        "mid": "The minister took to {P} to say {C}.",
        "quote": "{Q} the minister said after taking to {P}.",
    },
    "a P post": {
        "start": "In a {P} post, the minister said {C}.",
        "mid": "The minister said in a {P} post that {C}.",
        "quote": "{Q} the minister said in a {P} post.",
    },
    "a video on P": {
        "start": "In a video shared on {P}, the minister said {C}.",
        "mid": "The minister said in a video shared on {P} that {C}.",
        "quote": "{Q} the minister said in a video shared on {P}.",
    },
}

# Works a person speaks in ("said in a statement", "wrote in a post on X").
SPOKEN = {"statement", "letter", "social-x", "social-twitter", "social-facebook", "social-instagram",
          "social-tiktok", "social-youtube"}

# Nothing cited: a company doing business, an outlet as the subject, a person speaking.
PRECISION = [
    ("company", "Toyota said it would build a plant in Ohio."),
    ("company", "Kivu Mining signed a deal with the province on Monday."),
    ("company", "Shares of Nokia rose 4% after the results."),
    ("outlet-subject", "The Daily Tribune was sold to a hedge fund on Monday."),
    ("outlet-subject", "Al Jazeera's office in Kabul was closed by the authorities."),
    ("outlet-subject", "Staff at the Kampala Observer went on strike over pay."),
    ("platform-subject", "Facebook was fined $5 billion by regulators."),
    ("platform-subject", "TikTok opened a data centre in Dublin."),
    ("person", "Maria Lopez said the water was rising."),
    ("person", "The manager told staff that the plant would close."),
    ("person", "Tran Van Duc, a fisherman, said the catch had fallen by half."),
    ("person-quote", "{Q} Ngozi Okafor said."),
    ("person-quote", "{Q} said Siobhan Ni Dhuibhir, a nurse."),
    ("person-told", "Kwame Mensah told reporters the plant would close."),
    ("outlet-subject", "The BBC announced 500 job cuts on Monday."),
    ("outlet-subject", "Reuters' chief executive resigned last week."),
    ("outlet-subject", "NHK will broadcast the games in 8K."),
    ("platform-subject", "Instagram is popular among teenagers in the town."),
    ("platform-subject", "X removed the feature in March."),
    ("company", "Gallup is based in Washington."),
    ("document-subject", "The court will hear the lawsuit in May."),
    ("document-subject", "The report is due next month."),
    ("poll-election", "A poll will be held in June to choose a new mayor."),
    ("person-quote", "{Q} said Amara Okoye, 41, a shopkeeper."),
    ("person-quote", "{Q} the journalist Kofi Boateng said at the rally."),
]


def cells():
    for (kind, surf, want), (con, ts), style in itertools.product(REPORTERS, REPORTER_CONS.items(), ("straight", "curly")):
        for pos, t in ts.items():
            if style == "curly" and pos != "quote":
                continue
            s = t.format(R=surf, RC=cap(surf), C=CLAIM, CC=cap(CLAIM), Q=quoted(QUOTE, style))
            ok = {"The Guardian"} if surf.startswith("Guardian ") else set()
            if "'s " in surf and kind == "programme":
                ok = {surf.split("'s ")[1]}
            yield {"what": kind, "con": con, "pos": pos, "style": style, "text": s, "want": {want}, "ok": ok, "cited": surf}
    for (kind, surf, want, ok), (con, ts), style in itertools.product(WORKS, WORK_CONS.items(), ("straight", "curly")):
        if con == "in W" and kind not in SPOKEN:
            continue
        for pos, t in ts.items():
            if style == "curly" and pos != "quote":
                continue
            s = t.format(W=surf, WC=cap(surf), C=CLAIM, CC=cap(CLAIM), Q=quoted(QUOTE, style))
            yield {"what": kind, "con": con, "pos": pos, "style": style, "text": s, "want": want, "ok": ok, "cited": surf}
    for plat, (con, ts), style in itertools.product(PLATFORMS, PLATFORM_CONS.items(), ("straight", "curly")):
        for pos, t in ts.items():
            if style == "curly" and pos != "quote":
                continue
            s = t.format(P=plat, C=CLAIM, Q=quoted(QUOTE, style))
            yield {"what": "platform", "con": con, "pos": pos, "style": style, "text": s, "want": {plat}, "ok": set(), "cited": plat}
    leads = ["", "Hundreds gathered outside the plant on Monday. "]
    for (kind, t), style, lead in itertools.product(PRECISION, ("straight", "curly"), leads):
        s = lead + t.format(Q=quoted(QUOTE, style))
        yield {"what": "none:" + kind, "con": "none", "pos": "start" if not lead else "mid", "style": style,
               "text": s, "want": set(), "ok": set(), "cited": ""}


LEAD = "Hundreds gathered on Monday in the town."
TAIL = "The town has 4,000 people."


def article(cell):
    if cell["para"] == "first":
        return cell["text"] + "\n\n" + TAIL + "\n"
    return LEAD + "\n\n" + cell["text"] + "\n"


def main():
    binp = sys.argv[1]
    verbose = "-v" in sys.argv
    shown = 40
    if "-n" in sys.argv:
        shown = int(sys.argv[sys.argv.index("-n") + 1])
    only = sys.argv[sys.argv.index("-k") + 1] if "-k" in sys.argv else ""
    cs = []
    for c in cells():
        if only not in c["text"]:
            continue
        for para in ("first", "later"):
            cs.append(dict(c, para=para))
    fails = []
    for cell, d in zip(cs, extract_all(binp, [article(c) for c in cs])):
        if d is None:
            fails.append((cell, ["<no JSON>"]))
            continue
        got = [s["name"] for s in d.get("sources") or []]
        keys = {name_key(g) for g in got}
        alts = [{name_key(a) for a in w.split("|")} for w in cell["want"]]
        ok = set().union(*alts) | {name_key(w) for w in cell["ok"]}
        if any(not (a & keys) for a in alts) or keys - ok:
            fails.append((cell, got))
    print(f"cells {len(cs)} failures {len(fails)}")
    for axis in ("what", "con", "pos", "style", "para"):
        tot = collections.Counter(c[axis] for c in cs)
        bad = collections.Counter(f[0][axis] for f in fails)
        print(f"{axis}: " + (", ".join(f"{k} {bad[k]}/{tot[k]}" for k in tot if bad[k]) or "none"))
    if verbose:
        cited = collections.Counter((f[0]["cited"] or f[0]["what"]) for f in fails)
        print("cited: " + ", ".join(f"{k} {v}" for k, v in cited.most_common()))
    for cell, got in fails[:shown]:
        print(f"  [{cell['what']} | {cell['con']} | {cell['pos']}] {cell['text']}  -> {got}")


if __name__ == "__main__":
    main()
