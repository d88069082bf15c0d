#!/usr/bin/env python3
"""Writes N fictional Evidence Library records in the catalogue's tab-separated format, for load tests.

    bench/generate-evidence.py 100000 > evidence.tsv
    bench/generate-evidence.py --seed 7 --min-kb 20 --max-kb 40 2000 > small.tsv

The columns are those of src/main/resources/evidence/demo-records.tsv plus `full_text`: the text a
report's PDF would yield, 20 to 40 KB of plain English by default, so that indexing and search
work on documents of a realistic size. Facet values are drawn from the real vocabulary labels
(src/main/resources/taxonomy/vocabularies.tsv), so facet counts and the gap map spread as they
would in a large library. Every record is marked 'fictional'. The same seed gives the same file.
"""
import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VOCABULARIES = os.path.join(HERE, "..", "src", "main", "resources", "taxonomy", "vocabularies.tsv")

COLUMNS = ["id", "title", "authors", "year", "publisher_or_org", "doc_type", "art_form", "setting", "population",
           "outcomes_studied", "method", "sample_size", "url", "certainty", "summary", "region", "independence",
           "peer_reviewed", "programme", "key_quote", "findings", "full_text"]

GIVEN = ["Imogen", "Tobias", "Priya", "Marisol", "Oduya", "Esme", "Kwabena", "Rhiannon", "Harriet", "Dev", "Lorna",
         "Ibrahim", "Siobhan", "Callum", "Aisha", "Gareth", "Niamh", "Tomasz", "Farah", "Owain", "Beatrix", "Jonah",
         "Chidi", "Morwenna", "Rafael", "Ingrid", "Declan", "Yusuf", "Hollie", "Anwen", "Laszlo", "Temi"]
FAMILY = ["Threlkeld", "Quennell", "Ellingham", "Penhaligon", "Brackett", "Vantongeren", "Ashdown", "Callow",
          "Ollerenshaw", "Marchetti", "Featherstonehaugh", "Quayle", "Drummond", "Okonkwo", "Pryce", "Lindqvist",
          "Harrowby", "Castellane", "Mbeki", "Trevelyan", "Szabo", "Achterberg", "Fairweather", "Nakamura",
          "Rowntree", "Delacroix", "Ibbotson", "Kowalczyk", "Winterbourne", "Adeyemi", "Gillespie", "Haverford"]
PLACES = ["Brackenmoor", "Wexcombe", "Ashgrove", "Calderbrook", "Larkhill", "Kestrel", "Thornbury", "Millbeck",
          "Harrowgate", "Fenwick", "Saltmarsh", "Oakridge", "Greyfriars", "Holloway Vale", "Redcliffe", "Stonehaven"]
ORG_KINDS = ["University", "Institute of Criminology", "Foundation", "Arts Trust", "Theatre Company",
             "Music Collective", "Centre for Justice Research", "Community Rehabilitation Company", "College",
             "Arts Alliance", "Probation Service", "Prison Education Trust"]
PROGRAMMES = ["Rhythm Inside", "Stage Left", "Open Book", "Second Draft", "Common Ground", "Through the Lens",
              "Hidden Voices", "New Leaf", "Making Space", "Paper Trail", "Shared Notes", "Outside In", "Fresh Start",
              "Unlocked", "Bridges", "Turning Point", "Long Way Home", "Inside Stories", "Beat the Odds", "Still Life"]
TITLE_OPENINGS = ["Drumming Up Change", "Rehearsing Respect", "Writing the Way Out", "Pages and Possibilities",
                  "Finding a Voice", "A Different Tune", "Making Time Count", "Stories from the Wing",
                  "Lines of Connection", "Beyond the Gate", "Learning to Listen", "The Long Rehearsal", "Small Steps",
                  "Colour Behind Walls", "Out of the Cell", "Hearing Each Other", "A Place to Belong", "Turning Pages",
                  "Changing the Script", "Holding the Line", "Room to Breathe", "Common Threads", "In Good Company"]
STUDY_WORDS = {"Randomised controlled trial": "a randomised controlled trial",
               "Quasi-experimental with matched comparison": "a matched comparison study",
               "Comparison group without matching": "a comparison group study",
               "Before-and-after without comparison": "a before-and-after study",
               "Cross-sectional survey": "a survey",
               "Qualitative study": "a qualitative study",
               "Case study": "a case study",
               "Participatory or arts-based methods": "a participatory evaluation",
               "Process or implementation evaluation": "a process evaluation",
               "Economic evaluation": "an economic evaluation",
               "Systematic review or meta-analysis": "a systematic review",
               "Evidence and gap map": "an evidence and gap map",
               "Literature review": "a literature review"}
QUOTES = ["For an hour you are just a drummer, not a number.", "Nobody ever asked me to write about me before.",
          "It is the one appointment I look forward to.", "I had to play the officer. That was harder than I thought.",
          "My daughter heard me sing and she cried.", "I found out I was good at something.",
          "The staff saw a different side of us.", "We had to trust each other on stage.", ""]
DIRECTIONS = ["positive", "positive", "positive", "mixed", "no difference", "negative", "not tested"]
METRICS = ["Cohen's d", "odds ratio", "rate ratio", "percentage points", "Hedges' g", ""]
TIME_POINTS = ["end of programme", "6 months", "12 months", "2 years", ""]
CONFIDENCE = ["high", "moderate", "low", ""]

# the prose of a report: sentences made from these parts, so the words a search looks for are spread as in real text
SUBJECTS = ["Participants", "Prison officers", "The facilitators", "People on probation", "Young people", "Women in custody",
            "The evaluators", "Family members", "Staff on the wing", "The commissioning team", "Peer mentors",
            "Artists in residence", "Probation practitioners", "The governor", "Education managers", "Learners"]
VERBS = ["described", "reported", "reflected on", "valued", "questioned", "recognised", "emphasised", "noticed",
         "explained", "worked towards", "took part in", "contributed to", "struggled with", "returned to"]
OBJECTS = ["the weekly music sessions", "the drama workshops", "a sense of belonging", "their wellbeing",
           "relationships with staff", "the creative writing group", "the final performance", "the gallery exhibition",
           "their confidence", "the reading group", "hope for the future", "the resettlement plan", "the regime",
           "the rehearsal schedule", "the songwriting course", "family visits", "the choir", "the dance residency",
           "reoffending outcomes", "their identity", "the photography project", "education and training",
           "the sentence plan", "their emotional regulation", "desistance from crime", "the probation appointments"]
CLAUSES = ["during the evaluation period", "after release", "in the focus groups", "in the follow-up interviews",
           "at the end of the programme", "across both sites", "despite staffing shortages", "over twelve weeks",
           "according to the administrative data", "when compared with the matched group", "in their diaries",
           "on the validated scales", "in the observation notes", "throughout the residency", "within the prison"]
CONNECTIVES = ["However,", "In addition,", "As a result,", "By contrast,", "Overall,", "Notably,", "In particular,",
               "At the same time,", "Taken together,", "For some,", ""]
FILLERS = ["The findings should be read with the limitations of a small sample in mind.",
           "Attendance registers showed that most participants completed the programme.",
           "The evaluation used a theory of change agreed with the delivery partner.",
           "Ethical approval was granted by the national research committee.",
           "Interviews were recorded, transcribed and coded thematically.",
           "Pre- and post-programme measures were collected on validated scales.",
           "Administrative data on adjudications were supplied by the prison.",
           "The arts organisation adapted the sessions when the regime changed.",
           "Participants chose pseudonyms, which are used throughout this report.",
           "Further research with a longer follow-up period is recommended.",
           "Costs were estimated from the delivery budget and staff time.",
           "A matched comparison group was drawn from the Police National Computer.",
           "The creative process itself was seen as a source of learning and pride.",
           "Several participants went on to enrol in education or training.",
           "Staff reported a calmer atmosphere on the wing during the project."]


def vocabularies():
    labels = {}
    parents = set()
    with open(VOCABULARIES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            labels.setdefault(cells[0], []).append(cells[1])
            if len(cells) > 3 and cells[3]:
                parents.add((cells[0], cells[3]))
    # a record is tagged with the narrower concept; the importer adds the broader one
    for vocabulary, parent in parents:
        labels[vocabulary] = [label for label in labels[vocabulary] if label != parent]
    return labels


def sentence_pool(rng, size):
    pool = []
    for _ in range(size):
        if rng.random() < 0.15:
            pool.append(rng.choice(FILLERS))
            continue
        opening = rng.choice(CONNECTIVES)
        text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(CLAUSES)}."
        pool.append(f"{opening} {text[0].lower()}{text[1:]}" if opening else text)
    return pool


def full_text(rng, pool, size, record_words):
    # the report keeps coming back to what it is about, as real reports do
    parts = []
    length = 0
    while length < size:
        chunk = rng.choices(pool, k=40)
        chunk.append(f"This section considers {rng.choice(record_words)} in more detail.")
        paragraph = " ".join(chunk)
        parts.append(paragraph)
        length += len(paragraph) + 1
    return " ".join(parts)[:size]


def pick(rng, values, low, high):
    return rng.sample(values, min(len(values), rng.randint(low, high)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--min-kb", type=int, default=20)
    parser.add_argument("--max-kb", type=int, default=40)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    vocab = vocabularies()
    pool = sentence_pool(rng, 5000)
    orgs = [f"{place} {kind}" for place in PLACES for kind in ORG_KINDS]
    titles = set()
    out = sys.stdout
    out.write("\t".join(COLUMNS) + "\n")
    for n in range(1, args.count + 1):
        art = pick(rng, vocab["ART_FORM"], 1, 2)
        setting = pick(rng, vocab["SETTING"], 1, 2)
        outcomes = pick(rng, vocab["OUTCOME"], 1, 4)
        design = rng.choice(vocab["STUDY_DESIGN"])
        methods = pick(rng, vocab["METHOD"], 1, 3) + pick(rng, vocab["LIMITATION"], 0, 1)
        population = (pick(rng, vocab["PARTICIPANT"], 1, 2) + [rng.choice(vocab["AGE_BAND"]), rng.choice(vocab["GENDER"])]
                      + pick(rng, vocab["GROUP"], 0, 1))
        year = rng.randint(1995, 2025)
        title = (f"{rng.choice(TITLE_OPENINGS)}: {STUDY_WORDS[design]} of {art[0].lower()} "
                 f"in {setting[0][0].lower() + setting[0][1:]}, {rng.choice(vocab['REGION'])}")
        while (title, year) in titles:
            title = f"{title} ({rng.choice(PROGRAMMES)} {rng.randint(2, 99)})"
        titles.add((title, year))
        publisher = "; ".join(pick(rng, orgs, 1, 2))
        authors = "; ".join(f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(rng.randint(1, 4)))
        findings = " || ".join(
            f"{outcome} | {rng.choice(DIRECTIONS)} | {round(rng.uniform(-0.3, 0.6), 2)} | {rng.choice(METRICS)} | "
            f"{rng.choice(TIME_POINTS)} | {rng.choice(CONFIDENCE)}" for outcome in outcomes[:3])
        programme = rng.choice(PROGRAMMES) if rng.random() < 0.6 else ""
        summary = (f"Fictional benchmark entry. A {year} {STUDY_WORDS[design].split(' ', 1)[1]} of "
                   f"{', '.join(a.lower() for a in art)} with {population[0].lower()} in "
                   f"{', '.join(s.lower() for s in setting)}, looking at {', '.join(o.lower() for o in outcomes)}.")
        words = [a.lower() for a in art] + [s.lower() for s in setting] + [o.lower() for o in outcomes]
        size = rng.randint(args.min_kb * 1024, args.max_kb * 1024)
        row = [f"G{n:06d}", title, authors, str(year), publisher, rng.choice(vocab["DOCUMENT_TYPE"]), "; ".join(art),
               "; ".join(setting), "; ".join(population), "; ".join(outcomes), "; ".join([design] + methods),
               str(rng.randint(8, 2500)), f"https://example.org/evidence/g{n:06d}", "fictional", summary,
               rng.choice(vocab["REGION"]), rng.choice(["independent", "commissioned", "internal"]),
               rng.choice(["yes", "no"]), programme, rng.choice(QUOTES), findings, full_text(rng, pool, size, words)]
        out.write("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) + "\n")


if __name__ == "__main__":
    main()
