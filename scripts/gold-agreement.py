#!/usr/bin/env python3
"""Scores one hand annotation against another, as the extraction is scored.

    scripts/gold-agreement.py [SCORE_PY] ARTICLE_DIR...

Each ARTICLE_DIR holds article.txt, gold.json and gold.second.json, the
second written by another annotator who never saw the first. The second is
turned into the shape of `briefwright extract -json` (its quotes with their
speakers, its people and organisations, its sources, the sentences holding
its open points, its dates) and scored against the first with score.py's
functions, both ways: the figures say how far two careful annotators agree,
which bounds what any extractor can be measured to reach on such gold.
"""
import glob, json, os, re, sys

args = sys.argv[1:]
score_py = '../shared/eval/score.py'
if args and args[0].endswith('.py'):
    score_py = args.pop(0)
if not os.path.isfile(score_py):
    sys.exit(f'{score_py}: no such file; give the path of the evaluation script score.py first')
sys.path.insert(0, os.path.dirname(os.path.abspath(score_py)))
import score as S  # noqa: E402


def sentence_of(text, frag):
    """The sentence of text that holds frag, or frag when it is not found."""
    i = text.find(frag)
    if i < 0:
        return frag
    start = max(text.rfind(c, 0, i) for c in ('. ', '? ', '! ', '\n'))
    ends = [j for j in (text.find(c, i + len(frag)) for c in ('. ', '? ', '! ', '\n')) if j >= 0]
    return text[start + 1:min(ends) + 1 if ends else len(text)].strip()


def as_extraction(gold, text):
    return {
        'quotes': [{'text': q['text'], 'speaker': q.get('speaker', '')} for q in gold.get('quotes', [])],
        'actors': [{'name': a['name'], 'kind': a['kind']} for a in gold.get('actors', [])],
        'sources': [{'name': s['name']} for s in gold.get('sources', [])],
        'questions': [{'text': sentence_of(text, q)} for q in gold.get('question_sentences', [])],
        'dates': [{'text': d['text']} for d in gold.get('dates', [])],
    }


def main():
    dirs = [d for a in args for d in sorted(glob.glob(a)) if os.path.exists(os.path.join(d, 'gold.second.json'))]
    if not dirs:
        sys.exit('no article folder with gold.json and gold.second.json given')
    totals = {'second against first': {}, 'first against second': {}}
    for d in dirs:
        text = open(os.path.join(d, 'article.txt'), encoding='utf-8').read()
        first = json.load(open(os.path.join(d, 'gold.json'), encoding='utf-8'))
        second = json.load(open(os.path.join(d, 'gold.second.json'), encoding='utf-8'))
        S.add(totals['second against first'], S.score(first, as_extraction(second, text)))
        S.add(totals['first against second'], S.score(second, as_extraction(first, text)))
    print(f'{len(dirs)} articles, P / R / F1 (dates: recall)')
    for name, tot in totals.items():
        print(name)
        for k, v in S.rates(tot).items():
            print(f'  {k:14s} ' + '  '.join('  -  ' if x is None else f'{x:.2f}' for x in v))


if __name__ == '__main__':
    main()
