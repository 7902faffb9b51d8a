/**
 * The extraction grammar as a README-ready Markdown section. Kept beside the rules it describes
 * (numbers.ts, units.ts, dates.ts, places.ts, indicators.ts, extract.ts); a change to a rule
 * changes this text in the same commit.
 */
export const EXTRACTION_GRAMMAR_MD = `## Extracting figures from a text (\`humfig extract\`)

\`humfig extract\` reads the plain text of a report or article and drafts a \`humfig-facts/1\`
file from it. It is rule-based, offline and deterministic: the same text and options always
give the same draft. The draft validates against the text (each quote occurs in it verbatim and
contains its number as written), but it is a draft: **every figure must be reviewed**. The
extractor never invents. What the text does not tell is left as a placeholder (indicator
\`unknown\`, place \`unknown\` named "Unknown (review)", \`asOf\` = the publication date) and
listed in the figure's \`notes\` and in the extraction notes.

### What the text is made of

- **Lines.** A photo caption, a line that starts with capitalised name(s), a slash and the
  agency (\`SIRANUSH ADAMYAN / AFP Armenians fleeing ...\`), or with \`Photo:\` or \`Credit:\`,
  gives no figures and no places. Its dates are listed in the notes as the dates the photographs
  were taken and are never a figure's \`asOf\`: a caption describes the photograph, not the
  article's figures. An opening \`date YYYY-MM-DD\` header gives the publication date when none
  is passed.
- **Headline.** A first line without closing punctuation is the headline. Its figures are
  extracted, but one that the body also gives (same value and unit: headlines drop qualifiers)
  is kept once, from the body. Elsewhere, a figure said twice with the same value, unit,
  qualifier, indicator, place, date and wording is kept once.
- **Paragraphs, sentences, clauses.** Paragraphs are separated by blank lines, captions or
  bullets; sentences end at \`.\`, \`!\` or \`?\` before a capital letter or a digit (not after
  abbreviations such as \`approx.\`, \`Sept.\` or \`U.N.\`); clauses are separated by \`, \`,
  \`; \`, \`: \` and spaced dashes, outside parentheses and dates.

### Numbers

| written | value | rule |
|---|---|---|
| \`120,000\`, \`1,200.5\` | 120000, 1200.5 | commas group thousands in threes |
| \`35.000\` | 35000 | in a European-style text only (below) |
| \`1.200.000\`, \`1.200.000,5\` | 1200000, 1200000.5 | several point groups cannot be a decimal |
| \`120 000\` (space, no-break or thin space) | 120000 | groups of exactly three digits on one line |
| \`2.8\`, \`12.5\` | 2.8, 12.5 | a point is a decimal point in an English-style text |
| \`2.8 million\`, \`20 million\`, \`35 thousand\`, \`1.5 billion\` | 2800000, ... | scale words, short scale (billion = 10⁹) |
| \`$22 million\`, \`CHF 20m\`, \`US$97 million\`, \`1.5bn\`, \`35k\`, \`3mn\` | | scale suffixes; \`m\` and \`b\` mean million and billion only next to a currency or a count noun (\`20m people\`); otherwise \`20m\` is 20 metres |
| \`one\` ... \`twenty\`, \`thirty\` ... \`ninety\`, \`a dozen\`, \`a hundred\` | 1 ... 90, 12, 100 | a number word is a figure only with a unit, currency or scale after it: \`three decades\`, \`one-day\` |

Values are computed from the digits with exact decimal arithmetic. **European style:** a text
is read with \`.\` grouping thousands and \`,\` marking decimals when it has European evidence
(\`1.200.000\`, a decimal comma such as \`2,5\`, or a point followed by exactly three digits such
as \`35.000\`) and no English evidence (\`120,000\` or a point followed by other than three
digits, such as \`2.8\`). A text with both is read as English, and its European-looking numbers
(\`35.000\`) are listed in the notes, not extracted. Not figures: years (1900–2100 without a
unit), numbers glued to letters or symbols (\`COVID-19\`, \`3rd\`, \`24/7\`, \`10:30\`), ranges
(\`6-59 months\`: noted), proportions (\`one in five children\`), ages (\`aged 12\`, \`five
years old\`), time references (\`three days later\`, \`two weeks ago\`) and reporting windows after "the past", "the last", "the next",
"the coming" (\`in the past two weeks\`, \`over the next two weeks\`; but after "for" it is a
duration and a figure: \`for the past three decades\`, \`for the next twelve months\`).

### Units and currencies

- **Currencies** before the number: \`$\` (USD), \`US$\`, \`A$\`, \`€\`, \`£\`, \`¥\` and other
  symbols, or an ISO code (\`CHF 20m\`, \`USD 5 million\`); after it: an ISO code (\`20 million
  CHF\`) or a name of up to three words (\`Swiss Francs\`, \`euros\`, \`US dollars\`, \`drams\`,
  \`Armenian drams\`). Names that are also English words (\`real\`, \`won\`, \`sol\`, ...) are not
  read after a number; \`pounds of\` is a weight and is not extracted.
- **Percentages:** \`45%\`, \`45 per cent\`, \`45 percent\` → \`percent\`.
- **Nouns** after the number, directly, behind up to three modifiers (\`35,000 displaced
  people\`, \`120,000 ethnic Armenian residents\`) or joined by a hyphen (\`one-day\`,
  \`30-year\`): people, persons, residents, refugees, individuals, children, women, men,
  civilians, migrants, IDPs, inhabitants, patients, returnees, evacuees, survivors, deaths,
  arrivals, and capitalised plurals of a people (\`Syrians\`, \`Somalis\`, \`Sudanese\`) → \`person\`; households → \`household\`; families → \`family\`; days, weeks, months,
  years, decades; km, kilometres → \`km\`; miles → \`mi\`; tonnes, MT → \`t\`; kg; hectares → \`ha\`;
  square kilometres, km² → \`km2\`. \`tons\` is refused as ambiguous (metric, short or long).
- **From context** when nothing follows the number: \`a population of 2.8 million\` → person;
  \`the number of refugees rose to 45,000\` → person; \`the death toll reached 212\` → person.
  Such units lower the confidence. A number with no unit at all is listed in the notes.

### Qualifiers

The words just before the number (or its currency sign):

| words | qualifier |
|---|---|
| approximately, approx., about, around, some, roughly, an estimated, estimated, circa, c., ~ | \`approximately\` |
| nearly, almost, close to, just under | \`nearly\` |
| more than, over, upwards of, in excess of, just over, well over | \`more-than\` |
| at least, no fewer than, no less than, a minimum of | \`at-least\` |
| up to, as many as, a maximum of | \`up-to\` |
| fewer than, less than, under, below | \`fewer-than\` |

Without a qualifier word a figure is \`exact\`, as written, with two exceptions that the way of
writing itself rounds, the rule the bundled dataset follows: a count of people written as a
decimal with a scale word (\`2.8 million\`) and a span in whole decades (\`three decades\`) are
\`approximately\`. An amount of money keeps its writing (an appeal's \`20 million\` is its
target). Other numbers that look rounded (a scale word, a multiple of 1,000) get a note
suggesting \`approximately\`. **"Nearly all of
N":** \`nearly all of Nagorno-Karabakh's approximately 120,000 residents fled\` gives two figures:
the whole (≈120,000 residents, indicator from its noun) and the part (\`nearly\` 120,000, quote
from "nearly all" to the end of the clause, indicator from the predicate "fled"); the part's
notes say that its value is the whole's. Also \`almost all\`, \`virtually all\`, \`practically all\`.

### Stated equivalents

An amount followed by another amount of the same kind in another unit, in parentheses or after
\`, or\` — \`20 million Swiss Francs ($22 million)\`, \`CHF 20m, or about US$22m\`, \`5,000 people
(1,200 households)\` — is **one** figure (20,000,000 CHF) with a \`stated\` equivalent
(22,000,000 USD) whose quote is the parenthesis. A currency equivalent without its own qualifier is recorded as \`approximately\`: a
conversion at an unstated rate is rounded.

### Dates (\`asOf\`)

Recognised: \`2023-09-28\`, \`September 28, 2023\`, \`Sept. 28\`, \`28 September 2023\`, \`28
September\` (the publication year; the year before if that would fall after publication),
\`September 2023\` (\`2023-09\`), and weekday names (\`on Sunday\`: the latest Sunday on or before
publication). A figure's \`asOf\` is, in order: the nearest date in its clause (not one after
"since", "from", "until", "before", "after" or "between", nor one after publication); a date
that opens the sentence (\`On 14 March, ...\`, \`As of 2023-09-28, ...\`, \`In September 2023,
...\`, a dateline \`DRAVNO, 18 November (EFE) - ...\`), but not a date in the possessive, which
names an event (\`Saturday's earthquake\`); the
publication date when the clause is in the present tense (\`currently\`, \`now\`, \`to date\`,
\`is\`, \`are\`, \`has\`, \`have\`, \`remains\`); otherwise none, and the draft uses the publication
date as a placeholder and says so. Without a publication date (option, header, or the latest
full date in the text), \`1970-01-01\` is the placeholder and the notes say to replace it.

### Places

Countries are recognised by name (\`Armenia\` → \`ARM\`, \`Democratic Republic of the Congo\`,
\`DRC\` → \`COD\`, ...) and get their ISO 3166-1 alpha-3 code. Other places are learned from the
text and get a kebab-case id (\`Nagorno-Karabakh\` → \`nagorno-karabakh\`): a capitalised name
after a word of location or movement (\`in\`, \`into\`, \`within\`, \`across\`, \`near\`, \`at\`,
\`to\`, \`from\`, \`fleeing\`, \`fled\`, \`leaving\`, \`reached\`, ...) or of a disaster or attack
(\`floods hit Sorrel\`, \`struck\`, \`shelled\`, ...), before a kind of place (\`Lower Tavarra
province\`, \`Goris city\`), after "the" and ending in a geographic word (\`the Ostrel Valley\`,
\`the Gaza Strip\`), or in the possessive before a figure (\`Nagorno-Karabakh's approximately
120,000\`). Demonyms (\`Armenian\`, \`Azerbaijani\`), acronyms, months, weekdays and
organisation words are not places. \`the region\`, \`the enclave\`, \`the area\`, \`the
territory\`, \`the province\`, ... mean the latest named place that is not a country; \`the
country\` the latest country. A place followed by "has pledged", "contributed", "donated" ... is
a donor, never a figure's place. A figure's place is, in order: a possessive right before it;
in its clause, then in its sentence (within 300 characters), the nearest place named as a
location (\`in X\`), then as an origin (\`from X\`, \`fleeing X\`), then any; the latest place
earlier in the paragraph; the latest place earlier in the text; otherwise \`unknown\`.

### Indicators

Guessed from words near the figure (within 300 characters): its clause first, then the other
clauses of its sentence that hold no figure of their own, then its unit noun; among matching
rules the nearest word wins. For counts: temporary accommodation, collective centres, shelters →
\`temporary-accommodation\`; without shelter, homeless → \`people-without-shelter\`; admitted
to hospital → \`hospitalised\`; in need → \`people-in-need\`; reached, assisted, received →
\`people-reached\`; to assist, to reach, targeted → \`people-targeted\`; killed, deaths →
\`deaths\`; injured → \`injured\`; missing → \`missing\`;
returned → \`returnees\`; fled, displaced, exodus, evacuated, arrived → \`displaced\`; affected →
\`households-affected\` / \`people-affected\`; residents, population → \`population\`; the noun
\`refugees\` alone → \`refugees\`. For durations: offensive, attack → \`offensive-duration\`;
blockade, siege → \`blockade-duration\`; holding, controlled → \`control-duration\`; "first visit
... in N decades" with the UN named → \`time-without-un-access\`; war, conflict →
\`conflict-duration\`. For money: appeal, requires, seeks → \`funding-required\`; received,
pledged, contributed, allocated, released, approved, set aside → \`funding-received\`. For percentages: funded → \`funding-coverage\`. Tonnes delivered →
\`aid-delivered\`; distances → \`distance\`. No match: \`unknown\`.

### Quotes, ids, confidence

The quote is the figure's clause, at most twelve words either side of the figure and stopping
before "that", "which", "who", "while", "because", "but" after it (unless the word follows the
figure directly: \`4.800 households whose homes were destroyed\`), widened back to the place
named earlier in the same sentence when the whole stays within thirty words; it always holds the
number as written, the unit and any stated equivalent. Figure ids are \`<indicator>-<place>\`
(\`displaced-nagorno-karabakh\`, \`figure-unknown\`), numbered when repeated. Each candidate's
\`confidence\` (0 to 1) is 0.35 × number-and-unit (1 for digits with an explicit unit, lower for
number words, scales and units from context) + 0.25 × indicator (0.9 from a word in the clause,
0.6 from the sentence or the noun, 0.3 unknown) + 0.2 × place (0.95 possessive ... 0.2 none)
+ 0.2 × date (0.9 in the clause ... 0.4 none), less 0.05 for a headline or a "nearly all" part.
\`reasons\` lists each decision. A figure whose number humfig-facts/1 cannot check as written
(\`twenty-five\`, \`two million\`, \`2,5 million\`) is left out of the draft and listed in the notes.

### Known limits

Single-language (English) rules; no ranges (\`between 2,000 and 3,000\`); no fractions (\`half a
million\`); compound number words and number words with a scale are found but cannot be quoted
in \`humfig-facts/1\` form; "over"/"under" read as qualifiers even as prepositions (\`spread
over three days\`); place guesses prefer the nearest named place, so a sentence naming several
places may get the wrong one; a figure's date comes only from its own clause or the start of
its sentence.
`;
