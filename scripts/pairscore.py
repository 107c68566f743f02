#!/usr/bin/env python3
"""pairscore.py — same-utterance pair recall and precision of `quotecheck diff`
on a generated corpus, in time linear in the corpus.

usage: pairscore.py GOLD.json DIFF.json

GOLD.json is quotegen's gold file, DIFF.json the output of
`quotecheck diff --format json` on the corpus's articles. The figures are
those of ../shared/eval/score.py (align_recall, align_precision): gold and
predicted quotations are paired one-to-one within each source by text
similarity >= 0.8, and a pair of quotations from two sources counts when
both are paired. score.py compares every pair of quotations, which takes
hours past 10k articles; this counts pairs per group instead."""
import collections, json, os, re, sys, unicodedata


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = re.sub(r"[\u2018\u2019\u201b\u2032`]", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e\u201f\u00ab\u00bb\"]", '"', s)
    s = s.lower()
    s = re.sub(r"[^\w' ]+", ' ', s)
    return ' '.join(s.split())


def sim(a, b):
    ta, tb = norm(a).split(), norm(b).split()
    if not ta or not tb:
        return 0.0
    inter = sum((collections.Counter(ta) & collections.Counter(tb)).values())
    return inter / max(len(ta), len(tb))


def match(gold, pred_by_src):
    """gold index -> predicted id, greedy by similarity within each source"""
    by_src = collections.defaultdict(list)
    for gi, g in enumerate(gold):
        by_src[g['source']].append(gi)
    gm = {}
    for src, gis in by_src.items():
        cands = []
        for gi in gis:
            for pid, text in pred_by_src.get(src, []):
                s = 1.0 if norm(text) == norm(gold[gi]['text']) else sim(text, gold[gi]['text'])
                if s >= 0.8:
                    cands.append((s, gi, pid))
        cands.sort(key=lambda c: -c[0])
        used = set()
        for s, gi, pid in cands:
            if gi in gm or pid in used:
                continue
            gm[gi] = pid
            used.add(pid)
    return gm


def cross_pairs(groups):
    """pairs of members from different sources, summed over groups"""
    total = 0
    for srcs in groups.values():
        n = sum(srcs.values())
        total += n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in srcs.values())
    return total


def main():
    gold = json.load(open(sys.argv[1], encoding='utf-8'))['quotes']
    doc = json.load(open(sys.argv[2], encoding='utf-8'))
    src = {s.get('id'): os.path.basename(s.get('path') or '') for s in doc.get('sources', [])}
    pred = collections.defaultdict(list)
    for q in doc.get('quotes', []):
        path = os.path.basename(q.get('path') or '') or src.get(q.get('source'), '')
        pred[path].append((q.get('id'), q.get('text', '')))
    gm = match(gold, pred)
    utt_of = {}
    for u in doc.get('utterances', []):
        for qid in u.get('quotes', []):
            utt_of[qid] = u.get('id')
    g, p, b = (collections.defaultdict(collections.Counter) for _ in range(3))
    for gi, pid in gm.items():
        s, c, u = gold[gi]['source'], gold[gi]['cluster'], utt_of.get(pid)
        if c is not None:
            g[c][s] += 1
        if u is not None:
            p[u][s] += 1
        if c is not None and u is not None:
            b[(c, u)][s] += 1
    gp, pp, both = cross_pairs(g), cross_pairs(p), cross_pairs(b)
    print(f"align_recall: {both / max(gp, 1):.4f}")
    print(f"align_precision: {(both / pp if pp else 0.0):.4f}")
    print(f"pairs: gold {gp} predicted {pp} both {both}; quotations {len(gold)} paired {len(gm)}")


main()
