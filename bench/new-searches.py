#!/usr/bin/env python3
"""Writes searches of the Evidence Library nobody has made before, for the benchmarks: words and facet choices combined
at random (seeded, so every run and every benchmark asks the same), each address once, so that no cache can answer.

    bench/new-searches.py OUT

OUT gets 200,000 query strings; OUT.page and OUT.api 10,000 more each, as search-page and API addresses, for the
open-loop runs, which take theirs from queries nobody else asks.
"""
import random, sys
random.seed(7)
words = ("music theatre wellbeing desistance prison probation dance writing choir family staff officers confidence "
         "belonging identity hope regime rehearsal photography reading gallery songwriting education resettlement "
         "visits performance drama workshops").split()
choices = ["", "&art=music", "&art=theatre", "&setting=adult-prison-men", "&outcome=mental-wellbeing", "&region=london",
           "&strength=4", "&design=qualitative-study", "&art=visual-arts&region=north-west", "&type=journal-article",
           "&sort=newest", "&from=2010&to=2020"]
seen = set()
while len(seen) < 220000:
    seen.add("?q=" + "+".join(random.sample(words, random.choice([1, 1, 2, 2, 3]))) + random.choice(choices)
             + "&page=" + str(random.randint(1, 5)))
queries = sorted(seen, key=lambda q: random.random())
with open(sys.argv[1], "w") as out:
    out.write("\n".join(queries[:200000]) + "\n")
# the open-loop runs take theirs from queries nobody else asks: 10,000 each for the page and the API
with open(sys.argv[1] + ".page", "w") as out:
    out.write("\n".join("/evidence" + q for q in queries[200000:210000]) + "\n")
with open(sys.argv[1] + ".api", "w") as out:
    out.write("\n".join("/api/v1/evidence" + q for q in queries[210000:]) + "\n")
