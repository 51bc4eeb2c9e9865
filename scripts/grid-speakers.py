#!/usr/bin/env python3
"""A grid of quotation attributions as English news writes them.

    scripts/grid-speakers.py [-n CELLS] [-seed N] [-v] [BINARY]

Every cell is a fresh small article: a neutral lead paragraph, then one
attribution built from five axes, each a real dimension of news copy:

  name   who speaks: given names known and unknown, of many cultures; one,
         two and three words; hyphenated; particles (de, van, bin, al-);
         initials; a title before the name; a one-name person; an
         organisation
  mod    what stands beside the name: nothing, an age, appositives (a role,
         a role at or of an organisation, a nationality, a relation,
         "one of the ...", a "who ..." clause)
  verb   said, says, told X, added, explained, wrote, tweeted, according to,
         testified, recalled, insisted, said in a statement, said on Monday
  order  the cue after the quotation (name-verb, verb-name), before it
         ("X said:" and "X said that"), splitting it, a next paragraph of
         quotation with no cue, and a pronoun one sentence or one paragraph
         after the speaker was named, once a second person was named
  punct  curly or straight quotation marks; an appositive set off by
         em dashes instead of commas

The cells are a seeded sample of the product of the axes (the same sample on
every run). A cell passes when every quotation is found and given to the
person named (a title before the name may be kept or dropped). Failures are
counted per axis value; -v lists failing articles.

BINARY is the built CLI (default ./briefwright); build it with `make build`.
"""
import collections
import random
import re
import sys

from gridrun import extract_all

# (name as written, speaker expected, gender: m, f or o for an organisation)
NAMES = [
    ("Tom Baker", "Tom Baker", "m"),
    ("Mary Sabelo", "Mary Sabelo", "f"),
    ("Falesi Chukuwumba", "Falesi Chukuwumba", "f"),
    ("Mythobisi Sabelo", "Mythobisi Sabelo", "m"),
    ("Olusegun Adeyemi", "Olusegun Adeyemi", "m"),
    ("Priyanka Raghunathan", "Priyanka Raghunathan", "f"),
    ("Nguyen Thi Lan", "Nguyen Thi Lan", "f"),
    ("Maria del Carmen Ruiz", "Maria del Carmen Ruiz", "f"),
    ("Jean-Pierre Dubois", "Jean-Pierre Dubois", "m"),
    ("Ana Ferreira-Santos", "Ana Ferreira-Santos", "f"),
    ("Hans van den Berg", "Hans van den Berg", "m"),
    ("Luc de Wever", "Luc de Wever", "m"),
    ("Anwar bin Yusof", "Anwar bin Yusof", "m"),
    ("Khalid al-Mansouri", "Khalid al-Mansouri", "m"),
    ("J.R. Okonkwo", "J.R. Okonkwo", "m"),
    ("Tomasz K. Wrobel", "Tomasz K. Wrobel", "m"),
    ("Dr. Amara Osei", "Amara Osei", "f"),
    ("Senator Lisa Harlow", "Lisa Harlow", "f"),
    ("Mayor Tendai Moyo", "Tendai Moyo", "m"),
    ("Prof. Xu Wenjing", "Xu Wenjing", "f"),
    ("Ashuqullah", "Ashuqullah", "m"),
    ("Yuki Tanaka", "Yuki Tanaka", "f"),
    ("Siobhan Ni Dhuibhir", "Siobhan Ni Dhuibhir", "f"),
    ("Amnesty International", "Amnesty International", "o"),
    ("Nordvik Energy", "Nordvik Energy", "o"),
    ("the Health Ministry", "Health Ministry", "o"),
]

# Appositives: (person form with {spokes}/{parent} filled by gender, organisation form)
MODS = [
    ("", ""),
    ("34", None),
    ("a nurse", None),
    ("a 34-year-old teacher", None),
    ("a {spokes} for the Red Cross", None),
    ("an analyst at Westwood Management", None),
    ("chief executive of Nordvik Energy", None),
    ("the group's founder", None),
    ("a Malawian national", None),
    ("the victim's {sibling}", None),
    ("a {parent} of three", None),
    ("one of the protesters", None),
    ("who lives nearby", "which runs the clinic"),
    ("the former finance minister", None),
    ("a professor of economics at the University of Lagos", None),
    (None, "the London-based rights group"),
    (None, "a state-owned company"),
]

# (cue after the name, can invert "said X", present-tense form for "X said that")
VERBS = [
    ("said", True),
    ("says", True),
    ("told reporters", False),
    ("told Al Jazeera", False),
    ("added", True),
    ("explained", True),
    ("wrote", True),
    ("tweeted", False),
    ("according to", False),
    ("testified", False),
    ("recalled", True),
    ("insisted", True),
    ("said in a statement", False),
    ("said on Monday", False),
]

ORDERS = ["after", "after-inverted", "before-colon", "before-that", "split", "same-paragraph",
          "next-paragraph", "pronoun-sentence", "pronoun-paragraph"]
PUNCTS = ["curly", "straight", "dash"]

LEAD = "Hundreds gathered outside the courthouse in Kisumu on Monday as the hearing began.\n\n"
Q1 = "We will not leave until the water is safe"
Q2 = "Nobody listened to us for years"


def fill(mod, g):
    return (mod.replace("{spokes}", {"m": "spokesman", "f": "spokeswoman"}.get(g, "spokesperson"))
            .replace("{parent}", {"m": "father", "f": "mother"}.get(g, "parent"))
            .replace("{sibling}", {"m": "brother", "f": "sister"}.get(g, "sibling")))


def cell(name, g, mod, verb, inv, order, punct):
    """The article text and its speakers in order, or None for an impossible cell."""
    o, c = ("“", "”") if punct != "straight" else ('"', '"')
    according = verb == "according to"
    if mod:
        np = f"{name} — {mod} —" if punct == "dash" else f"{name}, {mod},"
    else:
        np = name
    # the name phrase ending a sentence: no closing comma or dash
    npEnd = (f"{name} — {mod}" if punct == "dash" else f"{name}, {mod}") if mod else name
    if punct == "dash" and not mod:
        return None
    cap = lambda s: s[0].upper() + s[1:]
    pron = {"m": "he", "f": "she", "o": "it"}[g]
    other = "Mary Collins" if g == "m" else "John Collins"
    if order == "after":
        if according:
            return f"{o}{Q1},{c} according to {npEnd}.", 1
        return f"{o}{Q1},{c} {np} {verb}.", 1
    if order == "after-inverted":
        if not inv:
            return None
        return f"{o}{Q1},{c} {verb} {npEnd}.", 1
    if order == "before-colon":
        if according:
            return f"According to {np} the town was warned: {o}{Q1}.{c}", 1
        return f"{cap(np)} {verb}: {o}{Q1}.{c}", 1
    if order == "before-that":
        if according or verb in ("tweeted",):
            return None
        return f"{cap(np)} {verb} that {o}nobody in the ministry had listened to the families for years.{c}", 1
    if order == "split":
        if according:
            return f"{o}{Q1},{c} according to {np} {o}and we mean it.{c}", 2
        return f"{o}{Q1},{c} {np} {verb}, {o}and we mean it.{c}", 2
    if order == "same-paragraph":
        if according:
            return f"{o}{Q1},{c} according to {npEnd}. {o}{Q2}.{c}", 2
        return f"{o}{Q1},{c} {np} {verb}. {o}{Q2}.{c}", 2
    if order == "next-paragraph":
        if according:
            return f"{o}{Q1},{c} according to {npEnd}.\n\n{o}{Q2}.{c}", 2
        return f"{o}{Q1},{c} {np} {verb}.\n\n{o}{Q2}.{c}", 2
    # a pronoun after a second person of the other gender was named
    if according:
        first = f"According to {np} the water has been unsafe since May."
    else:
        first = f"{cap(np)} {verb} the water had been unsafe since May."
    second = f"{other}, a local trader, was arrested in June."
    if order == "pronoun-sentence":
        return f"{first} {second} {o}{Q2},{c} {pron} said.", 1
    return f"{first} {second}\n\n{o}{Q2},{c} {pron} said.", 1


def key(s):
    s = s.replace("’", "'").lower()
    s = re.sub(r"^(the|dr\.?|senator|mayor|prof\.?) ", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def cells(n, seed):
    everything = []
    for name, want, g in NAMES:
        for pm, om in MODS:
            mod = om if g == "o" else pm
            if mod is None:
                continue
            mod = fill(mod, g)
            for verb, inv in VERBS:
                for order in ORDERS:
                    for punct in PUNCTS:
                        c = cell(name, g, mod, verb, inv, order, punct)
                        if c is None:
                            continue
                        text, nq = c
                        everything.append(dict(name=name, want=want, mod=mod or "(none)", verb=verb,
                                               order=order, punct=punct, text=LEAD + text + "\n", nq=nq))
    rnd = random.Random(seed)
    rnd.shuffle(everything)
    return len(everything), everything[:n]


def main():
    args = sys.argv[1:]
    n, seed, verbose, binary = 8000, 1, False, "./briefwright"
    while args:
        a = args.pop(0)
        if a == "-n":
            n = int(args.pop(0))
        elif a == "-seed":
            seed = int(args.pop(0))
        elif a == "-v":
            verbose = True
        else:
            binary = a
    total, sample = cells(n, seed)
    fails = []
    for c, d in zip(sample, extract_all(binary, [c["text"] for c in sample])):
        got = [q["speaker"] for q in d["quotes"]] if d else ["(no output)"]
        if len(got) != c["nq"] or any(key(s) != key(c["want"]) for s in got):
            c["got"] = got
            fails.append(c)
    wrong = sum(1 for c in fails if any(s and key(s) != key(c["want"]) for s in c["got"]))
    print(f"cells {len(sample)} of {total}; failing {len(fails)} "
          f"({wrong} give a quotation to someone else, {len(fails) - wrong} find no speaker or miss a quotation)")
    for axis in ("order", "punct", "verb", "mod", "name"):
        seen = collections.Counter(c[axis] for c in sample)
        bad = collections.Counter(c[axis] for c in fails)
        print(f"\n{axis}:")
        for v, k in sorted(seen.items(), key=lambda kv: (-bad[kv[0]] / kv[1], kv[0])):
            print(f"  {bad[v]:5d} / {k:<5d} {v}")
    if verbose:
        for c in fails:
            print("\n--", c["order"], c["punct"], "|", c["name"], "|", c["mod"], "|", c["verb"], "->", c["got"])
            print(c["text"][len(LEAD):].rstrip())


if __name__ == "__main__":
    main()
