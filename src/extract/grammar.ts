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
  agency (\`SIRANUSH ADAMYAN / AFP Armenians fleeing ...\`, \`UNICEF/Smith\`), or with \`Photo:\` or \`Credit:\`,
  gives no figures and no places; a slash without spaces followed by a word in lower case
  (\`USAID/OFDA announced ...\`) names an office in a sentence and is prose, and so is a dateline of two cities
  (\`NEW YORK/GENEVA, 13 November 2014 – ...\`: a comma, a day, a month, a year and a dash after the slash's second word; \`UNICEF/Smith, 2019\` stays a credit). Its dates are listed in the notes as the dates the photographs
  were taken and are never a figure's \`asOf\`: a caption describes the photograph, not the
  article's figures. An opening \`date YYYY-MM-DD\` header gives the publication date when none
  is passed.
- **Headline and key-figure lines.** A first line without closing punctuation is the headline;
  any other line of at most six words without closing punctuation (a heading such as
  \`PHILIPPINES\`, a key-figure box line such as \`48 people killed\`) is a paragraph of its own,
  never run into the sentences around it. A box laid out as a column of lone numbers and then a
  column of as many labels (\`3.8 million\` / \`2.7 million\` / \`People to be assisted\` / \`People
  reached\`) pairs them in order: the k-th number counts what the k-th label names (when every
  number has a label). Their figures are extracted, but one that the body
  also gives (same value and unit: such lines drop qualifiers) is kept once, from the body; so is a
  headline amount that is only the equivalent the body prints beside another (\`$23m emergency appeal\`
  over \`19 million Swiss francs (US$ 23 million)\`); but a vague amount is no number said again (the headline's
  \`thousands\` is not the body's \`Over 1,000 civilians\`).
  Elsewhere, a figure said again with the same value, unit, qualifier, indicator and stated
  equivalents is kept once, whatever the wording (a number repeated is one figure; the one kept takes
  the day the other's own sentence gives where its own is only the report's or the publication's), unless each
  sentence names a different place for it (\`$1 million ... to Fiji\`, \`$1 million ... in Samoa\`:
  two figures; a count under 20 for a named place is kept apart from the same count where no place is named,
  as small numbers recur by chance) or the later one, in other words, is said to be more or the rest (\`$50 million ... another $50 million\`, \`another US$ 50 million\`, \`an additional CHF 20 million ... The remaining CHF 20 million\`: two figures, whichever of them
  names its indicator).
  Two equal numbers of one clause are two figures (\`500,000 migrants in transit ... & 500,000 Colombian returnees\`),
  and so are two of one sentence (\`WFP (SEK 20 million) and WHO (SEK 20 million)\`; \`Kuwait will give $250 million ..., while $250 million will come from NGOs\`, where only one of them names an indicator), and two items of one list,
  each on its line after a bullet or an item's number, with only items between (a blank line ends a list), whose words differ
  (\`• £2 million for emergency repairs\`, \`• £2 million to UNICEF\`: each item is its own allocation).
  The same number said again on the same line or within two lines without its hedge, but not one said to be more (\`More than two
  million people ..., with a further two million people\`: two), (\`some 630 people had died ... until
  now 630 people died\`) is kept once, hedged, and so is one that names neither indicator nor place, whatever the
  hedged one names (\`Twenty million people ... are at risk\` and below it \`up to 20 million people in Djibouti, ...\`).
  The same number said first in the headline or the lead (the first 8 lines, or the first 5 that are not blank if they reach further) and again anywhere below with another
  hedge, for the same unit, indicator and place (or where either names none), is kept once, as first said (\`Nearly 8.3 million people\` ... \`approximately 8.3 million people
  across Somalia\`: nearly); not a count under 20, a range, a part, one said to be more, a vague amount (\`Hundreds of thousands of children\` and
  \`100,000 people have been evacuated\`: two), nor an amount of money under
  100,000, which recurs as what each gets (\`an extra €3,000\` ... \`up to €3,000 each\`: two).
  An amount said again without the equivalent it had
  before, for the same indicator and place, is kept once, with it (\`100 million Swiss francs ($112.3
  million)\` ... \`we are seeking 100 million CHF\`). An amount of money named again after \`the\` (\`NZ$1.5 million of the additional
  NZ$2 million\`) is the one said before, whatever place or indicator its own sentence gives it, and so is a count named
  again after \`the\` with the same hedge (\`Six people were killed ... in Sa Pa\` and then \`attributed the six deaths to the
  storm\`; \`130,000 in Zimbabwe\` and then \`the more than 130,000 displaced children\` are two).
- **Paragraphs, sentences, clauses.** Paragraphs are separated by blank lines, captions,
  bullets (\`-\`, \`1.\`, \`(1)\`) and short lines; sentences end at \`.\`, \`!\` or \`?\` before a
  capital letter or a digit (not after abbreviations such as \`approx.\`, \`app.\`, \`Sept.\`,
  \`U.N.\` or a currency's sign: \`Rs.\`, \`Rp. 30 million\`, \`Dhs.\`, \`S/. 1,500\`); clauses are separated by \`, \`,
  \`; \`, \`: \` and spaced dashes, outside parentheses and dates.

### Numbers

| written | value | rule |
|---|---|---|
| \`120,000\`, \`1,200.5\` | 120000, 1200.5 | commas group thousands in threes |
| \`4,00,000\`, \`1,20,00,000\` | 400000, 12000000 | lakhs and crores grouped the South Asian way (threes, then twos) |
| \`8 lakh 87 thousand 629\`, \`3 crore 52 lakh\`, \`20 thousand 150\`, \`Six thousand 739\`, \`16 million and 515 thousand\`, \`one billion and 164 million and 856 thousand\`, \`9 thousand and 548\` | 887629, 35200000, 20150, 6739, 16515000, 1164856000, 9548 | a number written in parts, each scale (billion, crore, million, lakh, thousand) smaller than the one before, joined by a space or \`and\` (\`and\` only between billions, millions, thousands and the rest), the last part bare only after \`thousand\` (the first part in words too, the others in digits, but not before a unit or a scale: \`Two thousand 50 kg bags\`); with \`and\`, not between the bounds of a range (\`between 1 million and 500 thousand\`), after a currency (\`$3 million and 200 thousand people\`), after decimals (\`1.5 million and 200 thousand\`), before a verb or \`respectively\` (\`4 million and 12 thousand were displaced\`), and no smaller part: \`$2 million and 3 million people\` are two figures |
| \`1,950.00\`, \`2,500.50\` | 1950, 2500.5 | an amount written with its cents |
| \`35.000\` | 35000 | in a European-style text only (below), or before persons, people, families, houses (\`137.182 persons\`) |
| \`1.200.000\`, \`1.200.000,5\`, \`CHF 31.182.840,00\` | 1200000, 1200000.5, 31182840 | several point groups cannot be a decimal (and the draft quotes the amount with its cents) |
| \`3,6 tons\` | 3.6 | a decimal comma where the text's style allows it (the draft's quote check reads it); not before another number, \`killed 3,6 and 9 people\`, a list |
| \`120 000\` (space, no-break or thin space) | 120000 | groups of exactly three digits on one line |
| \`2.8\`, \`12.5\` | 2.8, 12.5 | a point is a decimal point in an English-style text (and always before a scale: \`1.087 million\`); before a scale a comma and one or two digits is a decimal comma in any text (\`3,4 million\`: a group of thousands has three digits) |
| \`2.8 million\`, \`20 million\`, \`35 thousand\`, \`1.5 billion\` | 2800000, ... | scale words, short scale (billion = 10⁹) |
| \`7½ million\`, \`2¼\`, \`1¾ million\` | 7500000, 2.25, 1750000 | a vulgar fraction (½, ¼, ¾) right after the digits of a whole number, with a scale or without |
| \`$22 million\`, \`CHF 20m\`, \`US$97 million\`, \`1.5bn\`, \`35k\`, \`3mn\`, \`USD100 mln\`, \`2 bln\`, \`$25.39 B\`, \`SAR 14 mio\`, \`£2million\` (the word glued on) | | scale suffixes; \`m\` and \`b\` mean million and billion only next to a currency or a count noun (\`20m people\`); or after a key figure's label that names a count (\`PEOPLE IN NEED: 7M\`); otherwise \`20m\` is 20 metres |
| \`one\` ... \`twenty\`, \`thirty\` ... \`ninety\`, \`twenty-five\`, \`a dozen\` (\`another dozen\` too), \`a hundred\`, \`over hundred\` (after a hedge), \`a thousand\`, \`a quarter of a million\` (not a share), \`three-quarters of a million\`, \`three dozen\` (36), \`two hundred and fifty\`, \`two hundred thousand\`, \`a million\`, \`half a million\`, \`a half-million\`, \`half-a-million\`, \`nearly half million\` (after a hedge, the article left out), \`a quarter million\`, \`a quarter-of-a-million\`, \`one and a half million\`, \`two-and-a-half billion\`, \`six and half million\` (the article left out) | 1 ... 90, 25, 12, 100, 100, 1000, 250000, 750000, 36, 250, 200000, 1000000, 500000, 500000, 500000, 250000, 250000, 1500000, 2500000000, 6500000 | a number word is a figure only with a unit, currency or scale after it: \`six million pounds\`, \`one-day\` |
| \`hundreds of\`, \`Lakhs of people\` (100,000), \`thousands are\`, \`thousands displaced\`, \`thousands remain\`, \`tens of thousands will already have died\`, \`thousands left homeless\`, \`thousands needed\`, \`tens of thousands of\` (hyphenated too, \`tens-of-thousands of families\`, and \`tens thousands of residents\` as a hurried text writes it), \`hundreds of thousands of\`, \`millions of\`, \`tens of millions of\`, \`hundreds of millions of\`, \`dozens of\`, \`several hundred\`, \`a few thousand\`, \`several hundred thousand\` (a count noun right after them too: \`several hundred people\`) | 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 12 (a dozen, as \`hundreds\` is 100), 100, 1000, 100000 | a vague amount is the least the words can mean, \`at-least\`, when a count noun follows (\`of people\`, \`of families\`, \`of homes\`, or a currency: \`millions of dollars\`, \`billions of dollars\`, \`hundreds of millions of euros\`, \`thousands more Syrians\`, \`hundreds of other families\`) or it is the subject (\`Thousands are ...\`, \`Thousands more are waiting\`, \`hundreds of thousands more who have not received\`) or people in a state after it (\`leaving thousands more infected\`, \`to stop tens of thousands dying\`, \`leaving millions at risk of hunger\`), or it ends its clause after a verb of displacement
or casualty (\`displacing hundreds of thousands.\`, \`affecting thousands,\`, \`the displacement of thousands,\`, \`the deaths of hundreds.\`, \`killed dozens.\` (at least 12), \`dying by the thousands yesterday\`, \`streamed in by the thousands\`, \`displaced thousands in Niger\`, \`displaced millions abroad\`, \`internally\`, \`has killed hundreds this year\` → person), or flees
(\`Millions flee as the cyclone nears\`, \`forcing thousands to flee their homes\`, \`forced thousands from their homes\`, a headline's \`Flood Displaces Thousands\`, \`kills dozens\` → person), but not in a sentence of animals, crops or
pests (\`killed thousands, mostly cattle and goats\`), or a thing the unit registry knows follows and a verb of damage or relief governs it (\`hundreds of buildings that collapsed\`); a vague count of things followed by a modal or a risk (\`millions of farm animals cannot ...\`, \`could\`, \`may\`, \`are at risk\`), or before \`feared\` (\`Thousands feared dead\`), or after \`could be\`, \`may be\`, \`possibly\` (\`possibly leaving thousands dead\`) (\`to avert what could be millions of deaths\`), says what may happen and is not drafted; a thing the registry lacks in the same place (\`sent hundreds of dehumidifiers\`) is not drafted, and the notes name it: a generic unit would let a summary add dehumidifiers to bottles, and a vague count of an unusual item is rarely a figure an analyst reuses |
| \`one in three\`, \`one in every three\`, \`one out of five\`, \`three out of four\`, \`Three out of every five\` (60), \`3 out of 4\`, \`9 in 10\`, \`1 in 5\`, \`1 in every 4\` (of people only: \`1 in 5 children\`, not \`killed 3 in 5 villages\`), \`One in 73 people\` (1.37: one of a whole of two or three digits, of people only), \`1 in every 97 people\` (1.03), \`One child in every five\` (a person, child, woman, household ... named between the numbers; not \`One woman in two shelters\`), \`Nine in 10\`, \`a seventh of\`, \`two thirds of\`, \`two-thirds of\`, \`two-third of\`, \`half of\`, \`half were\`, as the subject of a clause after a count of people only, and not before a verb of damage (\`Two-thirds were destroyed\`): \`Nearly two-thirds have already left\`, \`a little more than a quarter (about 98,000) remain\` (and the count in its parentheses, people) | 33.3, 33.3, 20, 75, 75, 90, 90, 14.3, 66.7, 66.7, 66.7, 50, 50 | a share of a group is a \`percent\`, to one decimal from 5 % up (\`one in 12\` is 8.3) and to two below (\`1 in every 97\` is 1.03, not the \`one percent\` beside it; a facts file drafted when every share had one decimal, 1.4 for \`One in 73\`, stays valid); in digits only \`N out of M\` with M up to 10 and \`N in 10\` (\`2 in 5 districts\` is not a share; in \`3,000 out of 10,000 wells\` the part is the figure, 3000 well, and the whole is context) |
| \`between 10,000 and 20,000\`, \`from 70 to 80 per cent\`, \`between 2 and 3 million\`, \`between one and two thousand\`, \`between USD 141 million and USD 258 million\` (the currency before each bound, the same one), \`between 400,000 MT and 500,000 MT\`, \`between 272,000 MT to 423,000 MT\` (the same unit after each bound; \`to\` as well as \`and\` after \`between\`: \`between 2 to 3 million\`), \`between Rs. 1 million and Rs. 5 million\`, \`ranging from Rs. 1 million to Rs. 5 million\` (after a word of range, the same currency before each bound; not \`rose from $1 million to $5 million\`, a change), \`1.3 to 4 million cases\` (the scale of the upper end read on the lower, where it leaves it lower and no less than a tenth; not after \`by\`, a change: \`cut by 1.2 to 3.4 billion dollars\`), \`30,000 to 40,000 people\` (without "from": the upper end at most ten times the lower), \`6,000-7,000 refugees\` (two numbers grouped in thousands joined by a dash, the lower first, a count's noun or a people's name after them, \`between 2,000-4,000 Syrians\`; \`25-30 per cent\`, \`40–45%\`: two percentages joined by a dash, the lower first, up to 100; \`20-30 thousand people\`, \`2-3 million\`: a dash and the upper bound's scale word for both, the lower bound below it and no less than a tenth; other dashed ranges, \`6-59 months\`, \`2019-20 million\`, are not figures) | 10000 (low 10000, high 20000), ..., 2000000, 1000 | a range (the upper bound's scale word applies to a bare lower bound): qualifier \`range\`, the lower bound is the value, \`low\` and \`high\` are recorded; the review note says so (not "looks rounded"). After a verb of change (\`has risen from 3 million to 4.5 million\`, \`Cases increased sharply from 1,200 to 3,400\`, \`Displaced families fell from 800 to 650\`, \`The revised appeal increases the target population from 250,000 to 500,000 people\`: up to four words between the verb and \`from\`; \`a 336 per cent increase of suspected measles cases since January (from 6,839 to 29,820 cases)\`: up to six, and a parenthesis; the first level takes the noun of the second where none is named before; and without such a verb, the later level takes the earlier one's noun, with a time after it: \`going from sheltering about 10,000 people last December to more than 75,000 today\`) there is no range: each level is a figure, in the unit of the count named before the verb |

Values are computed from the digits with exact decimal arithmetic. **European style:** a text
is read with \`.\` grouping thousands and \`,\` marking decimals when it has European evidence
(\`1.200.000\`, a decimal comma such as \`2,5\`, or a point followed by exactly three digits such
as \`35.000\`) and no English evidence (\`120,000\` or a point followed by other than three
digits, such as \`2.8\`; not a time of day written with a point, \`at 21.27 hours\`, \`13.00 local time\`). A text with both is read as English, and its European-looking numbers
(\`35.000\`) are listed in the notes, not extracted; after a currency sign a point and three
digits always group thousands (\`€200.000\`: no currency has three decimals), but not before a scale in a text that is not European (\`$12.775 million\`, \`$1.275bn\` are decimals; such a number is no European evidence), and so before a noun of whole people or things
(\`Lombok Utara 137.182 persons\`: no count of people has decimals; not before \`per\`, nor after an average, a size or a rate), and so do a comma
and one space before exactly three digits in an English-style text (\`USD 231, 432\`, as a broken layout writes it), and
in a text that writes three or more numbers that way (\`4, 263 persons\`, \`2, 995, 355\`), every such number is read whole and its comma ends no clause;
so is one number right before a count's noun with a comma group and a spaced one, or two spaced ones (\`2,430, 445 people\`,
\`2, 430, 445 individuals\`; a lakh's groups after the space, \`5, 71,128 houses\`), which no list writes, and one with a single spaced group (\`affected 17, 541 people\`, \`173, 000 recipients\`, \`12, 000 metric tonnes\`, \`750, 000 Swiss francs\`: people, households, homes, cases, deaths, recipients, beneficiaries, migrants, bags, tonnes, and, with a hyphen, one word before the noun, \`a total of 18, 627 laboratory-confirmed cases\`, and after a hedge with one word before the noun, \`as many as 17, 541 mpox cases\`; not \`week 43, 222 confirmed cases\`) unless a
month, a list of numbers, \`of these\` or a word that numbers places, weeks, days, rounds, cycles or checkpoints comes before it (\`in cycle 4, 250 tonnes\`) (\`March 17, 541 people\`, \`in district 5, 120 families\`). Not figures (each
is listed in the notes, but for the number of a paragraph or a list item, \`1. On November 15, ...\`, \`(2) Relief goods\`, \`(3)Assistance\`, which counts nothing and is not noted): years (1900–2100 without a unit; nor with a unit where the year, after a possessive or an article, names a plan or an appeal, \`the UN's 2013 refugee response plan\` (not \`Some 1950 refugees need a response\`), nor a death count's level after \`in\`, \`the record number reported in 2000\`; but a count after words that say one follows, \`There have been 2033 dengue fever cases\`, \`a total of\`, unless an event follows the year, \`There were 2015 earthquake survivors\`), numbers glued to letters or symbols
(\`COVID-19\`, \`3rd\`, \`24/7\`, \`10:30\`; capitals glued to digits only when they are a
currency, \`CHF60\`; a count noun glued on by a missing space is read, \`189lives\`, \`40houses\`, and \`pc\`, per cent as the British and South Asian press write it, \`cash (97pc)\` (not before a thing's name, where it counts pieces: \`500pc hygiene kits\`), and so is a currency's name of two words, \`3,512,000Swiss Francs\`; a time after a number is no unit, \`2.3 million next year\`), ranges written with a dash, spaced or not (\`6-59 months\`, \`700 - 1 000 people\`; not a number and one of fewer digits after a dash, without a scale word after it (\`700,000 – 1 million people\` stays a range), (nor after "between", where the dash is an "and", for bounds of three digits or more and no year: \`between 25,000 -30,000 people\` is a range, \`Between 2015-16, 400 families\` is not), which open an aside: \`almost 350,000 – 40 per cent of Fiji’s total population – affected\` is two figures, 350,000 people, read past the aside, and 40 percent; \`21.6 million — two thirds of the country’s population — would need\` counts people), proportions in digits other than \`N out of M\` (M up to 10) and \`N in 10\` (\`1 in 5\`, \`2 in 15\`),
ages (\`aged 12\`, \`five years old\`, \`children under five\`, \`children aged under five\`, \`children under age 16\`, \`1,434 Under 5 children\`, \`under-5 children\`, \`40 million under five-year-old children\` (the children are the count), \`people over 60\`, either bound of
\`between the ages of 45 and 64\` and \`aged 15 to 49\`), numbers that name a
phase, level, category, grade, stage or tier (\`Catastrophe (IPC Phase 5)\`, \`a Level 3 emergency\`), time references (\`three days later\`, \`two weeks ago\`),
reporting windows after "the past", "the last", "the next", "the coming"; **durations** (\`four
days\`, \`six months\`, \`in 200 years\`) and **distances** (\`17km south-west of\`, \`a road 40 km
long\`, page chrome such as \`53m ago\`) unless the text ties them to the crisis (an offensive, a
blockade or siege, control of a place, the UN's absence; a journey people walk or travel, not one the writer or responders made, \`We had to walk 120 kilometres\`, nor a distance that places a town, \`some 100 km (62 miles) south of the epicentre\`; not a war's length, \`ended 13 years of civil war\`, even where the clause names an offensive);
**baseline populations** given as context (\`a town with a population of 400,000\`, \`a coastal town of less than 50,000 people\` (a ceiling too), \`5 departments inhabited by approximately 2.17 million people\`, where the noun is people or inhabitants, not \`a camp inhabited by some 40,000 refugees\`; not the people of households counted, \`30,000 households with a population of over 600,000\` → person;
\`(population 2.2 million)\`, \`home to 90,000 people\`, \`a city of 400,000 inhabitants\`, \`which normally has 65,000 inhabitants\`, \`with nearly 2.3 million inhabitants\` (not people harm befell, \`the worst-hit district with 11,29,390 people being affected\`; not a population aid reached: \`has reached a population of more than 27,000 individuals\`), \`the crowded coastal territory of 2.2 million people\`, \`an impoverished majority Muslim country of 9.5 million people\` (up to three words between, read over 70 characters), a place's whole people after \`of\` and its possessive or \`its\`, \`their\` (\`the majority of its 2.4 million residents\`; but not after a verb of harm or displacement, \`evacuated most of its 3,000 residents\`), the whole a share is of, unless words of need or
harm follow (\`80% of South Sudan's 11 million people were living in extreme poverty\`: the share is drafted, the poverty line an amount is
measured against is not, \`45% of the population lived on less than $1.25 per day\`, \`below the poverty line of $1.90 a day\` (but what people live on as aid is, \`live on $13 a month in WFP food vouchers\`); and after \`for\` or \`among\` too: \`supplies are running low for Gaza’s 2.3 million residents\`; but \`Tembe's 14,000 residents have been
without water\` is a figure); but
\`home to 30,000 refugees\` is a count, and so are the people of a phase of food insecurity (\`0.4m in IPC Phase 2\`, with \`m\` a million; \`500,000 in IPC Phase 4\`), and so is a population of people targeted, affected, displaced, refugees or IDPs
(\`the total target population of 11.9 million\`, \`the refugee population of 700,000\`, \`the second largest IDP population with 228,800 in total\` → person, its indicator people-targeted, refugees ..., not population); \`where nearly 3,000 families once called home\`), and the people of a place before a part of them
(\`there are over 333,800 people living in Kessa locality, of whom over 70,100 ...\`: the part is drafted); **rates**
(\`one child every 60 seconds\`, \`One person is likely dying of hunger every 48 seconds\`, \`a death per minute\`, \`planes are sent daily with up to 50 tons\`); the denominator of a rate (\`1.125 deaths per 10,000 people per day\`) and the whole of a ratio (\`one in every 11 health facilities\`, \`1 in every 4 schools\`; not \`300 in 5 camps\`); the numerator of a rate or a density, right before \`per\` and its thousands or a square kilometre (\`as many as four children or two adults per 10 000 people will die every day\`, \`two people per day per 10,000\`, \`12,000 people per square kilometre\`; not the count before a rate, \`1,200 cases, an attack rate of 5 per 10 000\`); a rank (\`The five largest individual appeals\`, \`the 10 worst-hit districts\`, \`the 3 hardest hit schools\`; not \`most\`: \`the 500 most vulnerable families\` are a count); zero (\`0 People in food security\`, \`only 0 suspected cases\`); the sample of a survey (\`surveying 60 newly displaced families\`); a number right after \`if\` (not \`if not 1,000 people\`, an estimate), or in a list after it (\`If 10, 100 or 50 people are critically affected\`), perhaps behind a currency (\`if the 500 houses are heavily damaged\`, \`If $20 million is not received\`: a condition; not \`even if\`, which grants a fact, nor behind a hedge, \`would not be surprised if more than 100,000 people were killed\`: an estimate); **exchange rates**, both sides (\`($1 = 0.8908 Swiss
francs)\`, \`1 euro = 1.08 dollars\`, \`(One TT dollar=US$0.16 cents)\`); the members of one family in a personal story (\`lost his wife and
four children\`, under 100 after "his", "her" or "their"), the one person a story quotes, the verb of speech right after them or after where they are (\`One Anguilla resident told the BBC\`, \`One displaced mother in Baidoa told\`; not \`One man died as police said\`), an income, wage or rent (\`a median household income of just $47,533\`), and the family people belong to (\`five people were killed from one family\`) or that each family gets an amount (\`500,000 rupiahs per month for one family\`); a time of day (\`as of 2 pm today\`, \`at 10 a.m.\`); two people or parties named before (\`The two are set to discuss\`; not \`The two children were injured\`); a number in a camp's name (\`the Dalori 2 IDP camp\`); refugee camps counted (\`Two of the four refugee camps\`); going through them one by one (\`moved from one house to another\`, \`one family at a time\`; not \`at a time when\`); **capacities** (\`boats with a capacity of 15 persons\`, \`120 cluster villages to accommodate more than 100,000 people\`, \`can
accommodate 2,000 people\`, \`water systems capable of serving 10,000 people\`, \`camps originally meant to cater for 90,000 refugees\`); magnitudes (\`a 7.8 magnitude earthquake\`, \`a magnitude 7.8 earthquake\`, \`of magnitude 6.3\`, even after a death toll), years
after \`in\`, \`since\`, \`of\` (\`those displaced in 2019 have fled\`), counts of districts, responders and vehicles, which
have no unit the extractor counts; rain against its average and how full a dam is (\`280% more rains\`, \`98% of Tarbela Dam had been filled\`);
a percentage that is a change (\`a 2 percent decrease\`, \`10 per
cent higher\`, \`18 percent less than in the first five months\`, \`27 percent more than this year\`, \`a decrease of 1.5 percent\`, \`grew by 3.5 per cent\`, \`cases were down 20%\`, \`deaths were up 46%\`, \`slashed its funding to the plan by over 86%\`, \`reduced rations, by up to 54 percent\`, \`a scale-back of
over 60%\`, \`cuts of almost 99%, 98% and 90%\`, each donor's in brackets after its name in a sentence about
giving more or less: \`stepped up their contributions, including Canada (15%)\`, \`increases from Canada (15%), the Netherlands (46%)\`, or a sign after a bracket, \`and\` or \`or\`: \`(-59%)\`, \`(+510% and +109%)\`; a bullet's dash is none, \`-59% of households\`), which is no share of people or funds, a percentage that is what
can or should be (\`the CFR can be up to 50%\`, \`should be below 1%\`), a share of a harvest, of crops or of a herd
(\`about one third of the paddy harvest\`, \`40% of crops\`, \`up to 90% of the livestock\`), a share of the damage or losses
(\`nearly 85% of the damage located in Sindh\`), a part of a span of time (\`in the first half of the year\`, \`half of 2024\`), and a percentage of
an economic subject (\`inflation reached 12 percent\`, the economy, GDP, prices, exports) unless
people or funds follow (\`60 per cent of households\`), nor a rate (\`a positivity rate of approximately 55%\`: mortality, positivity,
attack, growth and death rates and ratios, a TPR, a testing coverage; but a case fatality rate is the share of the cases who died, a figure of its own, indicator \`case-fatality-rate\`: \`114 deaths (CFR 1.6%)\`, \`overall case fatality ratio 67%\`, \`The case fatality rate in Ostra remains above 3%\`; not a threshold, target, standard or expected rate, \`the WHO threshold of 1%\`, \`higher than the expected CFR of 1%\`, \`(emergency threshold: 1%)\`, \`the WHO-recommended 1%\` (no percentage is drafted within a few words after such a word), nor the fatality rate of something else, \`the fatality rate of road accidents\`), nor a share of an economy (\`up to 30 per cent of Gross Domestic Product\`,
\`nearly a third of Jamaica's annual wealth\`), nor of a thing (\`40% of Gaza water supplies\`, \`92 per cent of those events\`, \`70 percent of food staples\`, \`nearly half the monthly rainfall\`, \`more than 30 percent of his body\`, \`a third of the country underwater\`, \`One third of the country is flooded\`, \`half of the maize and bean crops\`, \`70% of our farm\`, farmland, infrastructure), nor one in parentheses after a count of things (\`63 health facilities (38 per cent)\`); \`households with at least one person with a chronic condition\` counts no one, nor does \`the house she shared with 12 other family members\`; a share of land (\`60 per cent of the
country is at risk\`, territory, area, region, the capital, a city or town: \`85% of the capital is under gang control\`; a fraction in words too, but of a country, which may mean
its people: \`affecting over half of the state’s 497 cities\` is none, \`Half of the country\` is 50 percent), of homes, buildings, infrastructure or services (\`98% of houses and infrastructure
heavily damaged\`, \`52 per cent of the water systems are operational\`) or of places (\`90% of previously affected districts\`,
villages, provinces, municipalities; after a count in parentheses, a possessive, a number or a place's name too:
\`90 percent (447) of the state's 497 municipalities\`, \`21% of the Enga province\`, \`90% of Rio Grande do Sul municipalities\`, \`half of the young nation's 10 states\`, governorates, prefectures)
unless people are named in the rest of the sentence (\`95% of people in 10 provinces\` is a figure); the share of a
population that places represent (\`representing around 16% of the country's total population\`), a baseline. Nor a
multiple (\`at least five times higher\`), nor a difference from another time (\`Requirements are $2 billion higher than last year\`,
\`$1.4 billion more received this year than last\`, \`1,000 more refugees than in 2015\`; but not a span of time, \`fled more than a week ago\`), nor things asked for rather than delivered (\`has requested the support of
partners for twenty-four (24) large tents\`), nor people at work in the response (\`More than 110,000 people are involved in the
search and rescue operation\`), nor a daily number (\`the daily number of new suspected cases cut to around 3,000\`) or a count a year, a day, a week or a month
(\`the number of deaths is around 100 a year\`).

### Units and currencies

- **Currencies** before the number: \`US$\`, \`US $\`, \`A$\`, an ISO code glued to \`$\` (\`TOP$25 million\`: TOP), letters and a dollar sign with a space between only after US (\`US $5 million\`; \`A $5 million allocation\` is an article and a
  bare dollar), \`US\` alone before millions or billions that no noun follows (\`estimated at US 50 million\`: USD; not \`In the US 50 million people\`), a code with its name in brackets (\`CHF (Swiss Francs) 750,000\`), a dollar sign with its country's letters after it (\`$US200 million\`: USD, \`$A\`, \`$NZ\`,
  \`$C\`, \`$HK\`; a bare-dollar equivalent of a \`$US\` amount is the dollar of the country the text names: \`$US200 million ($273.7 million)\` in an
  Australian text, AUD), the Caribbean's and the Pacific's lettered dollars (\`NT$14 million\` TWD, \`TT$15,000\` TTD, \`J$\` JMD, \`EC$\` XCD, \`BDS$\` BBD, \`G$\` GYD, \`BZ$\` BZD, \`FJ$\`, \`SI$\`, \`WS$\`, \`N$\` NAD), \`€\`, \`£\`, \`¥\`, \`₱\`, \`₹\`, \`₦\`, \`৳\` and other
  symbols, \`SFr\` (CHF), \`QR\` (QAR: \`QR 200mn\`, as Qatar's papers write it), \`RM\` (MYR: \`RM106 million\`), \`VNĐ\` (VND: \`VNĐ136 billion\`), \`TL\` (TRY; after the amount too, \`250.000.000 TL\`), \`Vt\` (VUV: \`Vt92million\`), \`Dh\`/\`Dhs\` (AED: \`Dh1.98 million\`), \`Taka\` (BDT: \`Taka 2.33 crore\`), \`KSh\` (KES), \`USh\` (UGX), \`TSh\` (TZS), \`Rp\` (IDR), \`GH₵\` (GHS), \`PhP\` (PHP: \`PhP369,142,178.22\`), \`S/\` (PEN: \`S/291.8 million\`, \`S/. 1,500\`; not a document symbol, \`S/2024/123\`),
  \`Tk\` (BDT), \`Rs\`/\`Rs.\`/\`RS\` (INR, or PKR, LKR, NPR, MUR when the publisher or the text's opening
  names Pakistan, Sri Lanka, Nepal or Mauritius, the publisher first, else the one the opening names first; India, its states and its news outlets count as naming India: \`Rivers from Nepal flooded Bihar\` in a PTI story is INR), or an ISO code, spaced (by one space, or two in a table: \`CHF  1’000’000\`) or glued (but \`COP\` glued to one or two digits without a scale: \`COP28\` is a conference; \`USD50\` is money) (\`CHF 20m\`, \`CHF60 million\`, \`ZAR 3.4
  m\`); after it: an ISO code (\`20 million CHF\`; not before a plural noun, \`12 CRC executives\`, but \`CHF funds\`, and \`112.7 million QAR as ...\`: a word that only ends in s), a dollar sign with its country's letters (\`32M US$\` in a key-figure box, \`NZ$\`, \`A$\`) or a name of up to three words (\`Swiss
  Francs\`, \`euros\`, \`yen\`, \`US dollars\`, \`NZ dollars\`, \`120-million-US dollar\`), also after a people's adjective
  when the rest is a currency on its own (\`10 million Bangladeshi taka\`); before it, a currency's name, capitalised, in the plural or of two words, or \`Euro\`, which names no place, before an amount with a scale word or grouped in thousands (\`Euros 3.34 million\`, \`In June Pounds 2 million\`, \`an allocation of Euro 1.2 million\`, \`a Euros 500,000 contribution\`; not a country's name, \`Sierra Leone 2 304 622\`,
  nor a code in title case, \`All 300 residents\`, \`Top 3\`, nor a singular that names places too, \`Lempira 3.5 million\`, nor before a count's noun, \`Lempira 3 million people\`). A bare crown after an amount is read by the country the
  publisher or the text's opening names: \`118 million kroner\` is DKK where Denmark (Danish, Danida, Copenhagen) is named, NOK where
  Norway is, \`kronor\` SEK where Sweden is, ISK where Iceland is (the publisher first, else the one country the opening names; the notes say why;
  an organisation named after a country, the Norwegian Refugee Council, the Danish Red Cross, names none); with no such country, or two
  of one crown and no publisher to decide, it is not drafted, and the notes say so. The CFA franc (\`FCFA\`, \`F CFA\`, \`CFA francs\`, \`francs CFA\`, and a bare \`CFA\` that no word follows, after the amount,
  \`de FCFA\` too; \`FCFA\` and \`CFA\` before it; not \`12,000 CFA beneficiaries\`, cash for assets) is XOF where the publisher or the opening names a West African country of it (Mali, Senegal, Niger, Burkina Faso,
  Côte d'Ivoire, Benin, Togo, Guinea-Bissau) and XAF where it names a Central African one (Cameroon, Chad, the Central African
  Republic, Gabon, Equatorial Guinea, the Republic of the Congo; not the Niger River, Niger State or Lake Chad), the publisher
  first, else the first named (the two francs are at par); with neither it is not drafted. A bare \`pesos\` after an amount is the peso of the one peso country the publisher
  or the opening names (\`10 million pesos\` is MXN where Mexico is named, PHP where the Philippines, COP, ARS, CLP, CUP, DOP, UYU where Colombia,
  Argentina, Chile, Cuba, the Dominican Republic, Uruguay is; not New Mexico); with none it is not drafted, nor with two and no publisher, and then the notes say so. So are a bare \`riyals\` or \`rials\` (SAR, QAR, OMR, YER, IRR where Saudi Arabia, Qatar, Oman, Yemen, Iran is named), \`dinars\` (KWD, IQD, JOD, BHD, LYD, TND, DZD, RSD), \`dirhams\` (AED, MAD), \`lei\` (RON, MDL: \`Moldova allocated 235.1 million lei\`) and \`shillings\` (KES, UGX, TZS, SOS), where two countries of the name are named, the one named in the text's first 400 characters when the other is named only after its first 1,000 (\`Morocco Announces Rehousing Programme ... 140,000 Dirhams\`, the United Arab Emirates near the end: MAD), unless the amount's own sentence names the other (\`In Uganda, the ministry released 300 million shillings\` in a text about Kenya: not drafted); and any of these is first the currency the text writes in full nearest before it (\`340 million Qatari riyals ... more than 83 million riyals\`: QAR, whatever other riyal country it names; \`200 billion Yemeni rials ... 20,000 rials\`: YER after \`Saudi riyals\` before; not where its own sentence names another country of that name, unless the publisher's or the text's one country agrees: \`5 million Kuwaiti dinars to Iraq ... the 3 million dinars ... in Iraq\` is not read). The French \`milliard\` is a thousand million and \`millions\` a million, before \`de\`, a currency or \`personnes\` (\`3,15 milliards de FCFA\`, \`328 millions FCFA\`;
  never English \`In 2023 millions of people\`), and the count nouns of French, Spanish and Portuguese bulletins count people, households and houses as their English ones do, the indicator left to review (\`personnes\`, \`personas\`,
  \`pessoas\`, \`ménages\`, \`familias\`, \`muertos\`, \`blessés\`, \`blessées\`, \`tués\`, \`civils\`, \`desplazados\`, \`viviendas\`, \`habitations\`, \`écoles\` ...; their hedges too, \`plus de\`, \`más de\`, below), and French joins a scale to dollars or euros with \`de\` (\`805,1 millions de dollars\`, \`2 millions d'euros\`). South Asian scales: \`lakh\` is
  100,000 and \`crore\` 10 million (\`Rs 5 crore\` = 50,000,000 INR, \`Rs 1,492 crore\`, \`Rs
  5,858.60 crore\`, \`Rs.55 crore\` with the sign's point glued to the number; after a rupee sign \`cr\` too: \`Rs 5,858 cr\`); a bare \`$\` before an amount that a peso, another dollar, reais or pa'anga follow is that currency (\`$1,500,000 Chilean pesos (US$1,894)\` is CLP, its equivalent USD; \`$500 Pa’anga\` is TOP; \`$35 billion Chilean pesos\`); a country's pound is its own before \`of\` too (\`15-million Egyptian pounds of in-kind support\` is EGP; a bare \`500 pounds of rice\` is a weight); a bare \`rupees\` after an amount is read as \`Rs\` is (not \`3,000 rupee notes\`; \`12 billion rupees\`: INR, unless the text's opening or its publisher names Pakistan, Sri Lanka, Nepal or Mauritius); the last part of an amount in words is no amount of its own (\`eight million and six hundred thousand rupees\`: not drafted; a number of the same scale or larger is, \`between one million and two million\`). What the UN or one of its agencies appeals for, requests or allocates with a bare \`$\` is in US dollars, whatever the publisher (the UN body the subject of its verb: \`The United Nations has appealed for more than $45.3 billion ..., or $9.6 billion\` in a Hong Kong paper; not a donor's amount after a verb of giving or sending, \`..., and Canada pledged $50 million\`, \`UNICEF called for more help; Ottawa sent $5 million\`, nor \`in response to the UN appeal, it will allocate $5 million\`). A bare \`$\` (and a bare \`dollars\` after an amount, \`Hundreds of millions of dollars\`) is the dollar of the
  publisher's country (\`--publisher "Australian Government"\`: AUD; Canada CAD, New Zealand NZD,
  Singapore SGD, Hong Kong HKD, Fiji FJD, and by the publisher alone, never a government the text names (more often aid's recipient than its donor: \`The Government of Dominica has declared ... $3 million\` is USD), the Bahamas BSD (\`The Nassau Guardian (The Bahamas)\`), St Vincent and the Grenadines, Grenada, St Lucia, Dominica, Antigua, St Kitts XCD, the Solomon Islands SBD, Jamaica JMD, Trinidad and Tobago TTD, Barbados BBD, Guyana GYD, Belize BZD (not an international aid agency's office there, \`UNICEF Jamaica\`, \`IFRC Trinidad and Tobago country cluster\`: USD; a donor country's fundraising office writes its own dollar, \`UNICEF Canada\`, \`CARE Australia\`; their papers write US$ for the US dollar: the Trinidad Express's \`$40-million flood-relief fund\`, the Jamaica Observer's \`$112.5 million (US$750,000)\`); a state or province names its country: \`Queensland
  Government\` is AUD, \`Government of Ontario\` CAD; and anywhere in a text read in US dollars that names no US party and that no aid agency publishes (\`--publisher "UN OCHA"\` counts in US dollars), an amount a dollar country's government gives right after its name, \`The Australian Government announced an initial $2.5 million\` (AUD), \`The Government of Canada has pledged $3 million\` (CAD), not the country's name alone, \`Australia has also pledged\`; so does a news agency or broadcaster of the country in the publisher's name: \`Otago Daily Times (NZPA)\`, RNZ: NZD; \`CBC\`, CTV: CAD; ABC Australia, SBS: AUD; the name alone, not \`CBC Barbados\`; or a newspaper of one of its cities: \`The Canberra Times (AAP)\`, Sydney, Melbourne: AUD; \`Toronto Star\`, Vancouver, Ottawa, \`Globe and Mail\`: CAD; Auckland, Otago: NZD), else, where no publisher is given (a publisher of no dollar country decides USD), of a government or premier the text's opening names (\`The
  Canadian Government\`, \`Queensland Premier\`) or that it names giving a bare-dollar amount as the text's first (\`Canada is
  providing $2.5 million\`, \`New Zealand has pledged an initial $1 million\`, a headline's \`Australia Pledges $14M for ...\`, its own amount, not past the headline's line; not after another donor's \`$\`, nor across \`that\`:
  \`Canada announced that the CERF has released $10 million\` is USD), else USD; the notes say which. An equivalent settles it: a bare \`$\` in
  parentheses after an amount in another currency (\`CHF60 million ($60.5 million)\`, \`C$71 million ($52 million)\`) is USD even
  in an Australian or Canadian release, and an amount with a \`US$\` equivalent (\`$20 million (US$13
  million)\`) is not USD: it is the dollar of the first dollar country the text names, else left
  for review. A letter sign is read only in a text of
  its country: \`R96.6m\` is ZAR where South Africa is named (or one of its provinces, cities or papers: \`KZN\`, Durban, \`Daily Maverick\`, \`News24\`; not a road, \`the R102 road\`, \`the R61 and the N2\`), \`P130.14 million\` PHP where the
  Philippines is (or its barangays, Luzon, the Visayas, Mindanao, the DSWD, NDRRMC or PAGASA), \`N2 billion\`
  NGN where Nigeria is, \`MK5 billion\` (or \`MK 7,000\`, spaced) MWK where Malawi is, \`K50 million\` (or \`K 468 million\`, spaced, before a scale word only) ZMW, MWK, PGK or MMK where Zambia, Malawi (\`K68.5 billion\`), Papua
  New Guinea or Myanmar is, \`Sh50 million\` (or \`Sh 300 million\`, spaced, before a scale word only: \`L. Sh 5,000 households\` is Lower Shabelle's) KES, UGX, TZS or SOS where Kenya, Uganda, Tanzania or Somalia is, \`W49.3 billion\` KRW where South Korea, Seoul or inter-Korean aid is (the rate \`(US$1=W939)\` is no figure); a
  sign two named countries share is read as neither, and N and K only before an amount with a scale word
  or in thousands (\`the N2 road\` is a road). \`GH¢\` is GHS, and \`Rs10 billion\` may be glued. Names that are also English words (\`real\`, \`won\`, \`sol\`, ...) are not
  read after a number; \`pounds of\` is a weight and is not extracted. A bare number that was spent or used takes the currency of
  the latest amount of money in its paragraph (\`The EU allocated EUR 50 million ... Around 37.3 million were used for shelter\` → EUR),
  with a note to review; so does a bare scaled amount with its equivalent in brackets in another currency (\`105 million
  Swedish kronor (USD 15 million), in addition to over 139 million (USD 20 million)\` → SEK, with USD 20 million stated). An
  equivalent in brackets is never that latest amount.
- **Pairs joined by a slash:** a number right after a slash behind a count's noun or a degree of damage is read as its own (\`186,543 families/895,572 persons\`: 186,543 households and 895,572 people; \`837 totally/1,293 partially\`); other numbers after a slash are not (\`12/05\`, \`km/100\`).
- **Percentages:** \`45%\`, \`45 per cent\`, \`45 percent\` → \`percent\`.
- **Nouns** after the number, directly (one to three spaces: \`3.7 million  people\`), behind up to three modifiers (\`35,000 displaced
  people\`, \`120,000 ethnic Armenian residents\`, \`the 500 most vulnerable families\`) or joined by a hyphen (\`one-day\`,
  \`30-year\`): people, persons, residents, refugees, individuals, children, women, men,
  civilians, migrants, IDPs, inhabitants, patients, returnees, evacuees, survivors, travellers, strandees, militants, recipients, deaths,
  fatalities, injuries, cases, victims, bodies, affectees, deportees, contacts, citizens, passengers (and the singular of a casualty after one: \`one death and
  three injuries\`; injuries count the injured, not the dead), lives (\`claimed over 2,000 lives\`: deaths; \`claims one life\`), returns (\`131,912 returns\`, \`5,000 spontaneous returns\`: returnees; not \`tax returns\`), displacements (\`27.8 million new displacements\`: movements, as IDMC counts them, a person perhaps more than once; drafted as \`person\`, as the corpus labels them), immigrants and emigrants (\`7,591 Haitian immigrants were deported\`), applicants (\`538,028 applicants\`), males and females
  (\`One adult male also lost his life\`; a single woman, man, girl or boy harmed or counted beside others, \`one woman was killed\`, \`13 men and one woman\`, \`14 children ... and one adult have died\` (adult, infant and baby too), not \`one young man yelled\`; life, male and female only where no noun follows: not \`500 life jackets\`, \`300 female health workers\`), heads of households (\`35,000 male heads of households\`, \`300 female household heads\`, \`9,887 registered household heads\`, \`1,200 female headed households\`: households), asylum seekers (spaced too), others (\`12,865 others injured\`), herders, farmers, minors,
  pregnant and lactating women (\`PLW\`, \`PLWGs\`),
  arrivals, and capitalised plurals of a people (\`Syrians\`, \`Somalis\`, \`Sudanese\`, \`Rohingyas\`, \`Kurds\`, \`Filipinos\`, \`Spaniards\`, \`Swedes\`, \`Chechens\`; believers: \`Muslims\`, \`Hindus\`, \`Buddhists\`, \`Jews\`; \`336,000 host community members\`, \`1,200 household members\`; and \`Syrian nationals\`; climbers, trekkers, tourists;
  \`homeowners\`, \`householders\`, \`tenants\`, \`elderlies\` count people, people left without what they need are people (\`140,000 Without Homes\`, \`20,000 are without water\`; households after a count of households; only after a count of people or households, or a number that opens its sentence: not \`300 villages ..., and 45 remain without power\`), and so does a hyphenated compound of victims, survivors, evacuees, returnees, refugees, migrants, children, residents, villagers or farmers (\`2 million quake-victims\`; not \`non-refugees\`);
  \`Rohingya\`, \`Yazidi\`, \`Bedouin\` only before a verb, a preposition or the end of a clause, \`700,000 Rohingya fled\`, \`30,000 Rohingya on the island\`, or their faith, \`700,000 Rohingya Muslims\`, for \`3 Rohingya camps\` are camps;
  not a place or a noun with such an ending: \`Alexandroupolis\`, \`Plans\`, \`Crisis\`) →
  \`person\`; households and families → \`household\` (the corpus convention; but \`family members\` are people, and \`family\` before
  another plural noun describes it: \`7,167 family plots\` is no count of households); houses, homes,
  dwellings, homesteads, residences → \`house\`; schools → \`school\`; classrooms → \`classroom\` (a school's rooms, not schools: \`4,747 classrooms in 968 schools\`); hospitals → \`hospital\` (as the held-out sets' labellers name every count of hospitals), clinics → \`health-facility\` (as health centres are; not \`500 hospital beds\`, nor \`1,200 latrine huts\` as houses; \`512 school latrines\` are latrines),
  health facilities, centres, posts and units → \`health-facility\`; evacuation centres, shelters, posts and camps, accommodation centres and sites, emergency centres and posts, safety centres, communal shelters, reception centres, relief camps and centres and \`ECs\` → \`evacuation-centre\` (no \`house\` from \`Home Guards\`, no \`school\` from \`18 school divisions\` or \`eight school feeding projects\`; \`school meals\` → \`meal\`), relief items, non-food items and \`NFIs\` → \`relief-item\` (houses of worship are no houses: not drafted; \`67,875 units of houses\` are houses),
  and so are camps and shelters that were set up (\`six camps have been set in the district\`, \`14 camps set up\`, \`some 52
  shelters that were set up\`, \`13 Pop-up shelters have been established\`) or that people are counted in or shelter in
  (\`659,278 in 747 camps\`: no proportion like \`1 in 5\`; \`are sheltering in 26 sites\`, \`Almost 2,700 are being housed in hotels, schools, gyms\`, \`sheltering in 150 UNRWA facilities\` (not schools: \`sheltering in 88 UNRWA schools\` counts schools), \`Over 400 people are in 20 shelters\`; centres opened to shelter people, \`1,097 centers have been opened to shelter displaced people\`; shelters, camps or locations opened, or that people were taken to or housed at: \`The agency opened 37 new shelters\`, \`were taken to 72 shelters\`, \`evacuated to 133 locations set up\`, \`housed at 24 locations\`; evacuation facilities, points and locations; schools used as, turned into or serving as shelters or evacuation centres, or to house people: \`Seven schools have been transformed to house the victims\`, \`42 schools are being used as evacuation centres\`, not where their own verb says they were damaged or have reopened, \`42 schools used as shelters were damaged\` (\`used as shelters for families whose houses were destroyed\` are shelters; the schools are still schools to a count after them, \`42 schools are used as evacuation centres; 10 others were damaged\`: schools); damaged shelters stay \`shelter\`, damaged schools \`school\`);
  structures and properties → \`building\`, tent cities, storm and cyclone shelters, collective centres and sites, IDP camps, internally displaced persons camps (the acronym in brackets too, \`ten Internally Displaced Persons (IDPs) camps\`; plural: \`displaced people camp in schools\` is a verb) → \`evacuation-centre\`, facilities → \`facility\`, installations → \`installation\`; cross-border movements and (border) crossings → \`movement\`
  (crossings, not people); asylum applications and applications → \`application\` (\`103,467 initial applications\`: applications, not people);
  educational institutes, institutions, facilities and establishments, education facilities → \`school\`; packets of (dry) food or foods and food packets, family packs and family food packs (in capitals too, as an agency names them: \`45,130 Family Food Packs\`) → \`food-pack\`; boxes, pieces, sets, units, cartons, bundles, rolls and packs of a thing humfig counts are that thing (\`1,500 boxes of hygiene kits\`, \`600 pieces of tarpaulin mats\`; \`bags of rice\` stay bags); shelter, hygiene, dignity, trauma, medical, family, livelihood, food kits (the first kind of a slashed pair: \`1652 Shelter/NFI Kits\`) →
  \`shelter-kit\`, \`hygiene-kit\`, \`dignity-kit\`, \`trauma-kit\`, \`medical-kit\`, \`family-kit\`, \`livelihood-kit\`, \`food-kit\` (\`these 20,000 kits\` takes the kind of kit named
  before it, unless a word before it names a kind of its own: \`33,871 hygiene kits, 14,471 water kits\` → \`kit\` for the second); tents → \`tent\` (tarpaulins are \`tarpaulin\`, below); bunkhouses (temporary shelter built for families) → \`bunkhouse\`, counted as houses are; livestock, cattle, cows, poultry, \`head of cattle\`, \`cattle-heads\` → \`livestock\` (not \`335 cattle farms\`), and so are \`17,392 livestock deaths\` (animals, not people); days, weeks,
  months, years, decades; km → \`km\`; miles → \`mi\`; tonnes, metric tonnes, MT → \`t\`; quintals (100 kg, as Ethiopia counts food aid) → \`quintal\`; tons → \`t\` too
  (a metric tonne outside the United States), with a review note to check for short tons; kg (under
  100 kg an amount is a ration's or a package's size, \`a food basket of 8 kg of wheat flour\`, and is not drafted);
  hectares → \`ha\`; km² → \`km2\`; litres → \`l\`, cubic metres → \`m3\` (a volume, drafted only where a delivery ties
  it to the response: \`distributed 648,000 litres of water\`, \`trucked\`; not rain, \`491 litres per square metre\`, nor a
  tank's size, nor under 100 litres, a ration's size as under 100 kg). A state before a thing says its damage (\`10 damaged bridges\` are bridges, also after a count of houses; \`12 destroyed schools\`); food packages are food packs, food parcels food parcels (\`food-parcel\`). People counted for a thing are a modifier of it (\`5,600 family food packs\` are
  \`food-pack\`, \`300 family tents\` \`tent\`). A noun used as a modifier gives way to the head noun after it
  (\`1,053 refugee families\` are households, and so are \`500 displaced Syrian families\`, a people's name of one or two words between, and
  \`8,212 of displaced Rohingya Muslim families\`; a participle is no head noun: \`3,000 households displaced\`);
  a noun before \`age\` describes the noun after (\`27 million school age children\` are people), and so
  does \`reported\`, \`recorded\`, \`registered\`, \`confirmed\` or \`suspected\` before a noun (\`850,000
  reported cases\`), two of them joined (\`16,700 confirmed or suspected cases\`), and any two words joined by \`and\` before people or households (\`119,406 needy and vulnerable households\`, \`42 unaccompanied and separated children\`, \`5,000 war- and drought-displaced families\`), or a list of statuses with commas before cases or deaths
  (\`17,942 confirmed, probable and suspected cases\`, quoted whole though its comma ends a clause); a thing before people describes them
  (\`2 million school children\` are people), and so do \`pregnant and lactating women\`; a plural humfig has no unit for is the head noun,
  not a modifier of a word further on (\`dozens of aftershocks prompted terrified Haitians\` counts no people; but \`4.9 million metrics tons\`),
  and a people's noun in the singular before a plural of places describes it (\`the three Dadaab refugee camps\`, \`IDP sites\` count no people; \`child labourers\` are people); a part of a whole
  counted in a number takes the whole's noun (\`about 131,000 out of over 240,000 refugees\`, \`650,000 of the estimated 1.2 million displaced people\`, \`45 of the 120 schools\`; noted for review as a part); \`130,000 of the people most
  affected\` counts the people named after \`of the\` (\`of these\`, \`of those\`, no article too: \`Approximately 430 of these refugees\`, \`Some 60,000 of evacuees\`); in
  \`13 million of the country’s 85 million people\` the part counts people and the possessed whole is the population, context, not a figure. A kit takes the kind the word before it
  names where the unit registry knows it (\`7,830 cleaning kits\` → \`cleaning-kit\`, \`640 diaper kits\` → \`baby-kit\`; school,
  NFI, winterization kits), else \`kit\`. Mothers and fathers, brothers and sisters are people, and so is one \`case\`, hospitalisations, recoveries, admissions, participants, villagers, teachers, worshippers, pilgrims, miners and infections (\`652 cholera infections\`; \`the number of admissions for malnutrition almost doubled - from 6,344 to 11,877\`: two counts of people); \`housing structures\` and
  \`housing units\` → \`house\`; shelters and centres people are sheltered or take refuge in (\`sheltered in 6 government
  shelters\`, \`1,330 shelters in flood-affected areas are currently sheltering more than 322,000 people\`) → \`evacuation-centre\`. A spaced \`m\` before a count of people is million (\`1.4 m people\`; a capital \`M\` too, a footnote's mark between: \`(3.5 M IDPs)\`, \`Nearly 4 M* Persons\`), and so is a spaced \`M\` or \`B\` (a thousand million) that ends a key figure's line after its label's colon, after a decimal or a number under a thousand (\`People in need: 134.0 M\`; not \`Children under 5: 1,203 M\`, boys); \`HHs\` are households; an aside between the number and its noun is skipped (\`around 450,000 or more people\`, \`2,000 or so families\`), and so are a footnote's asterisks glued to the number (\`up to 1.7 million* people\`).
- **From context** when nothing follows the number: \`17,153 of them\` (\`of those\` and \`of these\` before a verb or the clause's end too: \`an estimated 463 of those were children\`; or before what befell them, \`More than 65,000 of those uprooted\`, \`85,000 of those impacted\`) after a count of things counts those things (\`damaged
  more than 123,000 homes, with about 31,000 of them completely destroyed\`), and \`at least 170 are
  unaccompanied\` take the unit of the paragraph's latest count, as do \`some 100,000 who are not registered\`, a subject behind a share in parentheses or set off between dashes (\`Roughly 30,000 (8%) have returned\`, \`Most of them – 211 – were children\`, quoted past the closing dash), \`Of these, nearly 3 million face a food crisis\`, \`In neighbouring Iraq, the 2015 figure was 1.1 million\`, \`Afghans, whose numbers quadrupled to 178 230\` (not \`2023 faced\`, \`Camp 3 face\`, nor after money), \`600,000 would be Sudanese refugees\`, \`15,000 more would be transported\`, \`nearly 2 million reside outside formal settlements\` (or live, stay, before a place: not \`40 live rounds\`) and \`65,000 estimated to have moved over borders\` (never a year, \`2024 will be a critical year\`, \`Forecasts for 2017 are alarming\`, \`in 2017 Syrians will account for 40%\`, nor after an amount of money in the paragraph, nor before \`would be needed\`, nor acts committed or verified, \`24,300 were committed in 2022\`) (else person; a count in parentheses restating the one before it,
  \`7.9m people (2m families)\`, leaves that one the latest); a number after a sentence's opening \`Of the\` (or \`Among these\`) and people,
  before a verb, is a part of them (\`Of the new patients, 982 were admitted\` → person; not \`Of the districts, 12 were flooded\`, nor a year, \`Of the patients, 2023 were\`);
  \`the number of refugees rose to 45,000\`, \`the number of wounded, as reported by the Ministry of Health, has reached 5,345\`, \`increased the number of beneficiaries to 60,000\`, \`the number of severely food insecure people ... has increased to 14.3 million\`, \`the number of M23-related displacements ... had risen to 1.7 million\` (displacements and arrivals count people; up to three words before the noun, digits in a word but no number, \`a total of 108 people ... in 50 areas\`; a key figure's label after another's number on one flattened line, \`... affected: approximately 150,000 Number of people to be assisted: 7,200\`, is read on its own), \`The number of injured has meanwhile risen to 799\` (the injured, wounded, dead, displaced, missing, homeless or evacuated on their own, \`the number of injured crossed 22,000\`; not \`the number of affected districts\`), a place's possessive between (\`The number of Somalia's youngest children ... has now increased from 386,000 to 513,550\`) and \`the number of Somalis registered ... had surpassed
  45,000\` → person (fatalities, casualties and infections too: \`the number of dengue fatalities in the country has now crossed 600\`; any people named in the plural, as after a number: \`the total number of Rohingyas in the camps
  now stands at 960,000\`; \`pushed refugee numbers to 56,664 in Burkina Faso and to 61,000 in Mauritania\`; a sentence that compares a number with the paragraph's count, \`This compares to 16,413 in December, 13,000 in November\` (no other number before it in the sentence: not \`300 mm; this compares to 120\`); \`numbers of people\` (or of deaths, cases, beneficiaries) too, only before a verb of their level or where they are recorded: \`Overall numbers of people forced to flee rose to 120 million\`, \`the highest numbers of deaths are recorded in the departments of Arequipa (17)\` (not \`according to Situation Report 12\`); the year in \`since 2016\` is no count; not a number with a plural of its own, \`the total number of people displaced is unknown, as at least 65 centres have yet to be assessed\`), and so do cases (\`the cumulative number of cholera cases reported from January to
  November 2017 is 78 784\`: a year between them is no other number, nor a day, \`who fled between Feb 24 and March 15 has
  reached 3,000,381\`); the level a count reached or is likely to reach (\`the toll there now stood at 53\`, \`this number was already 24,000\` after a count in the sentence before, \`the number is likely to reach 2.3 million\`, \`Cholera cases could reach one million\` (\`up-to\`), noted for review as a projection, \`the toll since the arrival of the rains in May stands at 324\`, \`The death toll following the October 29 floods in Valencia, Spain, and other neighboring regions has risen to 225\` (since, from, in, for, following, after or of, up to 90 characters), \`the death toll in Turkey from the earthquake on February 6
rose to 12,391\` (a day or a year in the phrase is no other number), \`suspected cases since March 1 stood at 24,849\`, after a count in the paragraph \`the latest figures, which stand at 1,013,234\` and \`The figure now stands at\` (\`the\` figures only: not \`Inflation figures now stand at 23\`), \`deaths due to heatstroke were recorded at 46\` (where the clause ends or a place or a date follows: not \`recorded at 9 am\`, \`reported at 14 of the 20 sites\`, \`at 8 in the evening\`), \`the death count ... has mounted to 112\`, \`the number known to have died in
  Nepal had risen to 1,953\` and \`the population facing acute food insecurity has dropped to 2 million\`
  count people, and so do \`the affected population across provinces has increased to 33,046,329\` and
  \`300,000 of the affected population\`; \`loss of livestock due to floods has reached 875\` counts livestock, and
  \`the total number has skyrocketed to 736,459\` after it counts what the sentence counted; \`the number had climbed to 45,000\` after a count in
  the paragraph, \`the refugee population in 12 camps stood at 45,000\`) takes that count's unit
  (person for a population); the next items of a list by place or time after a count
  (\`9,000 children in Ostra, 4,000 in Kessa\`, \`up from 3,000 in May\`, \`compared with an estimate of 700 in 2013\`, \`105 people killed in Jajarkot and 52 in neighbouring Rukum West\`, \`15,000 people fleeing to South Sudan ... and almost 7,000 to Ethiopia\`: \`to\` or \`into\` and a name that is no month or weekday, only after a verb of movement, fled, crossed, returned, sent ...) take the count's unit, but \`six of them\` after a count of things humfig does not count (\`175 aftershocks were recorded ... and six of them\`), with no count of people or things before it in the sentence, is none; \`the death toll reached 212\` → person (not a count of other things before it: \`the death toll from three recent typhoons\`, nor a part of something else, \`... in one of India's most fertile regions, exceeded 1,000\`; a headline's present tense too: \`Earthquake Toll Passes 2,200\`, \`toll tops 1,000\`), and so do deaths, cases and hospitalisations that reached, rose to or crossed a number (\`Dengue
  deaths crossed 600 this year\`, \`Cases have risen to 5,000\`, \`deaths due to heavy rains and floods across Pakistan since mid-June had now climbed to 1,638\`: up to 70 characters of cause, place and time between the noun and the verb); a number in parentheses after a share of people is the count
  the share stands for (\`One out of five people (4.7 million)\`, \`30 per cent of households (12,000)\` → household, \`98 per cent (8,341) of all cases\`, \`an estimated 14% (around 238,000) of whom\`, not a year, not after a rate, not before a possessive: \`(1,200) of the people's homes\`), and so is one after a
  percentage before \`were\` where the sentence counts cases or people (\`Of the total cases, 56% (1778) were female\` → person); and, whatever the sentence counts, the count in parentheses after a share of a population (\`Up to 7.2% (62,400) of Fiji's population are in evacuation centres\` → 62400 person, never with the indicator \`population\`: the people a share of a population stands for are no population);
  \`the deaths of at least 70 people and injuries to more than 200\` → person, and so is the level casualties stand at (\`Injuries are estimated at 20,000\`,
  \`Deaths in Ostra now stand at 5,136\`, \`the dead totalled 300\`, and the level displacement reached, \`Internal displacement reached a record 71.1 million\`; not of animals, \`Deaths of livestock ... are estimated at 30,000\`); a bare number that
  received something after a count of people in the sentence (\`Of the people assisted, nearly 250,000
  received food rations\`) or took shelter (\`evacuated 98,509 people and 7,42,250 took shelter in relief camps\`, \`Only 15 took shelter at the facility\`, \`About 28,000 were still at evacuation shelters\`) → person; a count in parentheses after lower-case words that are an item of a
  list, after a count of people (\`1.85 million people ... through nutrition (631,000), relief (1 million)\`),
  is a part of it by what the words name (\`breakdown.part\` \`nutrition\`), never a total (not a number in words said again in digits: \`twenty-one (21) ASAL counties\`); so is a group of people after
  \`including\`, \`of whom\` or \`among them\` after a count of people (\`1,638, including 718 men, 332 women, and 588 children\`, \`including 1.2 million children and 800,000 women\`, \`including two men and three women\`:
  \`breakdown.part\` \`men\`, \`women\`, \`children\`; men, women, boys, girls, children, minors, infants, babies, adults, the elderly,
  older people, students, pupils, in the singular too, behind up to three words of their own, \`370,000 severely malnourished children\`, \`261,360 pregnant and lactating women\`), which takes the count's indicator where its own words name none (not across a semicolon or a share); a noun and the level
  its count is put at (\`houses reported damaged ... were placed at 7,838\`, \`The reported deaths, meanwhile,
  are placed at 27\`) → that noun's unit; \`The number of families affected by ...\` read up to 240 characters back
  → households; after \`of which (only)\` → the unit before (\`of which only four are validated\`; not a number with a noun phrase of its own:
  \`an additional 82 relief distribution centers\`); the first
  item of a list by place in parentheses after \`the highest number of arrivals were noted in Pemba (1,775), followed by
  Montepuez (1683)\` → person, and before such words (\`the cities of Derna (at least 30,000), Bayda (3,000) and Benghazi (2,195) have the largest number of displaced people\`; a hedge may open the parentheses), and so after \`Other deaths were recorded in Quang Ninh province (5), Hai Phong city (2)\` or \`Cholera-confirmed deaths have been recorded in Manicaland (12), Harare (3)\` (a kind of
  area may follow the name), and after \`The other regions reported casualties as follows: Sindh (58), Balochistan (26)\` (deaths, injuries or cases \`as follows:\` or \`by province:\`; places with cases named, \`States with cases are: Kano (377), Yobe (two)\`) and \`The most affected suburbs in Harare are Glen View (3,900)\` (the verb right after, no year in the brackets); the first
  item of a list by place after \`The casualties include\` → person (\`four from Cumilla, one from Feni\`) or before such a list whose verb of harm or displacement comes last (\`one in Morang, three in Dang, one in Kailali and nine in Palpa have died\`) or after cases, deaths or casualties and \`as follows:\`, the cases the subject (\`These new cases are from 8 provinces and distributed as follows: 381 in Lusaka Province, 1 in Northern Province\`; not \`the rise in cholera cases, rapid response teams were deployed as follows:\`), and
  \`two each from Central Luzon and Central Visayas\` is a count for each place named, a breakdown; a sentence
  that opens \`Of these,\`, \`Of them\`, \`Among those\`, \`It is followed by\`, \`They included\`, \`Next came\` goes on with the thing counted last, even in the
  paragraph before (\`Of these, 7,401 were classified as "partially damaged"\`: houses); the total a count reaches
  (\`more than 100,000 refugees had fled ..., bringing the tally to more than half a million\`, \`bringing the total population of the camp to over half a million\`, \`taking the total tally since the
  start of the year to over 20,000\`, \`took the total who have arrived in small boats to 17,085\`; the total named after the number: \`brings to 94,000 the estimated number of people\`, \`brings to 40,000 the number of internally displaced persons\`, an estimate revised: \`this week it lifted the estimate to 10.1 million\`), a part of a count in a
  place after \`with\` (\`10 deaths, with nine registered in Ndirande Township\`) or in a time (\`4217 measles cases ... with 165
  recorded in the last 24 hours\`), the level a count changed from or is compared with (\`29 new confirmed cases ..., versus 57 in the previous week\`, \`222 confirmed cases ..., a 9.7% increase from 183 reported
  in week 42\`), a count after a verb of displacement with its noun left out (\`affected over 2.3 million people and displaced
  more than 620,000\`, \`while West Bengal has moved nearly 300,000\`; after a count of things a verb of damage too: \`destroyed 1.2 million houses and damaged around 692,000\`, \`damaging 134,290\`, and things left unusable: \`the collapse of 10,642 houses, rendering 12,126 uninhabitable\`; with no count before it in the paragraph and no money, a number of a thousand or more, or with a scale, after a verb that affects or displaces people at its clause's end or before where counts people: \`affecting almost 70,000 across the department\`, a headline's present \`displaces 600,000\`, not \`moved 5 million from its reserve fund\`), a
  bare number that fled, streamed or flocked, crossed or is arriving, is seeking or taking shelter, asylum or refuge, or was forced to evacuate (\`almost 1 million forced to evacuate\`, \`with 362,775 seeking shelter\`, \`1.14 lakh taking shelter\`; \`more\` between too: \`Upwards of 200,000 more fled northward\`, \`Some 3,000 more arrive each day\`), or was displaced (\`when some 750,000 fled the violence\`, \`Thousands continued to stream across the border\`, \`Some 1,400 crossed to a transit area\`, \`About 1,300 are arriving every day\`, \`over 820,000 already living in the camps\`) or is sheltered in camps (\`Over 3 lakh still lodged
  in relief camps\`, \`21,000 living in railway wagons and tented camps\`), or that a verb of aid serves with no noun after it (\`WFP has been feeding 4.6 million\`,
  \`assisting more than 120,000 across Ostra\`, after \`will\`, \`to\` or \`can\` too: \`will assist more than 600,000 in Sudan\`; 10 or more; not right after a count of households in the sentence, whose noun goes on,
  \`assisted 3,000 households ... and helped 2,000 in Bimo\`, nor money, \`supported 3 million in cash assistance\`, nor \`15 in-person trainings\`) → person, a part after \`including\` and a hedge
  (\`including more than 200,000 that have come\`), the size of a place's group in \`(n = 8,662)\` (in the place before the parenthesis), the count in another place with its
  noun left out (\`at least 438 dead, while in Mozambique there are 67 and in Madagascar 17\`: \`breakdown.part\` \`in
  Mozambique\`; \`the total number of undocumented returnees from Iran was 29,420 (...) and from Pakistan was 89\`, not a
  region, camp or IPC phase a number names, \`from Regions 1, 2, 3\`, \`755,000 in IPC 5\`; a phase or a grade between a count and its noun is read past: \`2,000 IPC 3 households\`, \`1,500 Grade 5 children\`), people before \`of whom\` where the sentence names them (\`some of the 1.5
  million of whom\`), a key figure's number before its title (\`12,268 Estimated Number of Earthquake-Related Injuries in
  Haiti\`, \`320 Number of People Missing\`: that noun's unit; a number that opens its line, with its label in any case: \`1,813 Number of new arrivals on Thursday\`, \`2,133,238: estimated number of children\`, the label's first word that names a unit), a bare number before its households in parentheses (\`almost 412,763 (82,552 families) have been affected\`: their people) and the
  second of two counts reached with something (\`103,000 people have been reached with food, and 43,000
  with shelter support\`) take that count's unit, unless the total names its own thing (\`bringing the total number of
  installations affected by the conflict to 20\`, after a count of schools: installations). People are no modifier of a
  thing past other words (\`over 5,300 UNRWA workers managing shelters\` counts no shelters). A bare number takes the
  noun of the number after it (\`361.42 thousand and 329.34 thousand people\`, every item of \`recorded 52, 34, and 3 injuries, respectively\`, \`8,372 suspected and 163 confirmed cases\` (a kind of case on both sides: not \`120 confirmed and 15 deaths\`), \`identified 56 of the 384 dead victims\`, a level changed from after the level it changed to, tonnes too (\`imports to 1.4 million metric tonnes from 1.1 million last year\`; not \`to 180.5 million people from 72 countries\`),
  \`37 of the 49 casualties occurred\`; not families then their people: \`the number of affected families ... had reached 160,005 or 645,007 persons\` → households, then people), and the second of a pair before \`respectively\` is counted as the first (\`the total number of
  cases and deaths has accelerated to 17,824 and 595 respectively\`); \`the number of cases has risen from 546 recorded in January to
  718\` reads 718 as cases (the level it rose from is no other number), and both levels of \`reported cases worldwide increasing from 500 000 to 5.2 million\` are cases (a participle, \`increasing\`, \`rising\`, \`falling\`, as the verb).
  A number before \`of\` or \`out of\` and things, perhaps after \`these\`, \`the\`, a place's name and its \`'s\` or a count (\`31 of 54 hospitals ... remain operational\`, \`13 out of Gaza's 36 hospitals\`, \`17,434 of these houses\`, \`a dozen of houses\`), counts those things, and the whole it is a part of (\`54 hospitals\`) is the stock of them, not a figure (noted; not \`12 of the 40 damaged schools\` or \`300 of the 1,200 houses destroyed by the floods\`, whose noun or participle says their damage, nor \`one of the 506 camps\`; things counted by a verb too, \`damaged 30 of the 45 bridges\`). The first thing of a list after damage and \`including\` is counted (\`caused extensive damage to infrastructure, including 5,223 buildings, 1,824 schools\`).
  A sentence that opens with a bare number and a verb of damage (perhaps after \`A further\`, \`Another\`, a hedge, \`At least\`, \`An estimated\`; not \`burnt\` or \`collapsed\`, which people may be) counts the things its paragraph counted last: \`75 huts have been completely destroyed. A further 1,725 have been partially damaged.\` → houses (huts are houses; not a verb of relief, \`Around 2,000 were distributed\`).
  A bare number of a list of casualties by cause, the cause in lower case after \`due to\`, \`from\`, \`by\` (not a place or a time after \`from\` or \`by\`: \`2,000 from the same district\`, \`18 by end of May\`; no verb within it) (\`The fatalities include 5 due to lightning strikes, 99 from collapsing buildings\`, \`2 people were injured by lightning, 465 by building collapses\`; an item after a count of people, or the first after what casualties include), counts people, each a part (breakdown) by its cause with the indicator of the count before it; \`3,000 from Pell\` is an item by place (above).
  A bare number a count of people changed by is people (households after households), marked for review as a change, not a count of its own: after the people as the verb's subject (\`The IDP population in Pell increased by 122,000\`, \`Displacement is up by almost 50,000\`, \`this displacement figure increased by\`, \`the number of refugees and migrants increased by one million\`; not \`Funding for refugees increased by\`) or beside the count it changed (\`rose to 286,000, an increase of over 28,000\`, \`totalled 320,000, suggesting an increase of nearly 60,000\`, \`220,000 IDPs ... (up by almost 50,000\`); a change written with its noun (\`an increase of 160,000 people\`) is marked so too; not a multiple, points or a share (\`increased by 2.5 times\`, \`3 fold\`, \`12 points\`), nor where money changed (\`The cost of hosting Syrian refugees increased by 30 million\`); so is a change in people named before its size (\`a reduction in people targeted of 57.4 million\`, \`an increase in the number of refugees of about 20,000\`).
  A camp, site or shelter \`home to\` people counts them (\`the camp is home to 95,000 people\`, \`a vast camp of the same name that is now home to 3,000 people\`); a town or a country
  home to people is a baseline (below).
  A number before \`of the\` (or \`of their\`, \`of our\`, \`of his\`, \`of her\`, \`of its\`) and a group of people or households, behind at most three words (\`57,000 of the most vulnerable
  households\`, \`300,000 of the most affected people\`, \`4 million of the world's most vulnerable people\`, \`48 of their companions\`, \`three of her grandchildren\`: kin and companions count as people only so, not \`fled with my two young sons\`, nor before a possessive, \`12 of their neighbours' homes\`; not \`56 of the 384 victims\`), counts that group; so does a number before \`of these\`, \`of the\` or \`of those\` and up to three words before people or households (\`at least 123 million of these at-risk people\`, \`300 of these newly arrived refugee families\`; not \`one of the refugees said\`), and not a group behind a plural humfig has no unit for (\`20 of the affected districts reported cases\` counts districts).
  A bare number listed after a count of people in its sentence and before \`treated\`, \`sheltered\`, \`housed\`, \`rescued\`, \`relocated\`, \`hospitalised\`, \`assisted\`, \`admitted\`, \`discharged\`, \`recovered\`, \`isolated\`, \`quarantined\` or \`at risk\` counts people (a bulletin's \`17,338 people affected, 175 victims, 571 evacuated, 841 treated, 26 sheltered, 29 at risk\`).
  A number in parentheses right after a plural that counts people (deaths, casualties, victims, cases, people, children, refugees, migrants ...) with no number of its own before it counts them (\`Most of the deaths (219) were attributed to heat\`, \`mainly children (61,492)\`; not a restatement, \`1,000 families (5,000)\`).
  A bare number after \`the\`, \`all\`, \`those\` (perhaps \`estimated\`, \`remaining\` or a hedge between) and before a relative \`who\` counts people (\`the 8,417 who successfully made the crossing\`, \`the more than 700,000 who have fled\`; not \`children under 5 who\`).
  The word \`one\` before \`of the\`, \`of these\`, \`of its\` ... names one member of a group, no count of it (\`said one of the survivors\`,
  \`not in one of the refugee camps\`, \`One of the 300 families\`: not drafted; \`one of them\` after a count is still a part of it, and so is one that harm or damage befell in its own clause, \`One of the rescuers died\`, \`killed one of the aid workers\`; not \`One of the survivors said that 12 people were killed\`).
  A number of a hundred or more in parentheses after a people's capitalised plural, in a list of two or more such peoples (\`followed by Syrians (1.5 million), Yemenis (one million)\`) counts that people (not a year, \`Ukrainians (2022)\`; not after another capitalised word, \`Chris Evans (45)\`, \`New Orleans (1,200)\`; not a lone \`Memphis (300)\`);
  so does one of a hundred or more set off by commas after such a plural (\`led by Venezuelans, more than 252,000, Ecuadorians ...\`, \`are South Americans, more than 324,000,\`: a region's name before it may be its own; not a year, \`Syrians, 2019,\`, nor after a count of things or a colon, \`by province: Hatay, 4,300; Kilis, 1,000\`);
  the whole after a count and \`out of the\` counts what the count counts, before a participle, a relative, a place or the clause's end (\`207,889 individuals out of the 433,140 fleeing Sudan\`; not \`30 people out of the 10-storey building\`).
  A bare number forced to flee (\`forcing 600,000 to flee their homes\`) or \`forcibly repatriated\`, deported, expelled, relocated or rescued (\`54 were forcibly repatriated\`) counts people.
  A bare number before \`arrived\` or \`landed\` after a count of people (\`8,561 migrants arrived and from October 16 to 30, at least 6,708 arrived\`; not \`The first 20 arrived\`) counts people.
  A bare number of a thousand or more, or with a scale, before \`in need\` or \`at risk\` (\`Over two million in need of food aid\`, \`2.3 million are in urgent need\`, \`more than 5M at risk of famine\`, \`M\` a million there; a place or a year may come between, and \`are facing\` counts too, where nothing but people was counted before: \`over 17 million in Afghanistan are facing acute food insecurity\`, \`around 22.9 million in 2025 have been in need\`, not \`2,000 houses ... and 1,500 in Pell are facing demolition\`; not \`300 in need\`) counts people.
  A bare number before \`affected\`, \`afflicted\`, \`displaced\`, \`evacuated\`, \`stranded\`, \`marooned\` or \`(still) unaccounted for\` and no noun, at a clause's end or before \`by\`, \`in\`, \`and\`, \`including\`
  (\`Over 33 million affected, including ...\`, \`more than 30,000 afflicted and 3,000 houses destroyed\`, \`over 11.54 lakh evacuated during the calamities\`; not \`12 affected districts\`,
  not \`affected\` right after a count of things or households in the sentence, \`1,200 houses were destroyed and 3,400 affected\`, nor a name with a small number, \`Ward 5 affected by floods\`) counts people;
  so does one before \`have been\`, \`were\`, \`to be\` and such a word, perhaps with \`directly\`, \`severely\` ... between, where the paragraph has counted nothing but people (nor land, food or water: not \`8,681 hectares of farmland ... In Pell, 20,539 have been affected\`) and the last count before it in its sentence, if any, counts people (\`Around 20,000 have been directly affected\`, \`caused 13,400 to be displaced\`, and \`impacted\` or \`affected\` alone before where or the clause's end, \`with up to 3 million impacted across the region\`; not \`8,681 hectares were lost and 20,539 were affected\`).
  A bare number before a casualty word (\`1,450 were hurt\`, \`and 75 wounded\`, \`50 have died there\`, \`109 still missing\`, \`12 missing\`, \`25 lost their lives\`, \`12 perished\`, \`9 drowned\`, \`five asphyxiated by gases\`, \`330,000 severely malnourished\`, \`12 went missing\`, \`29 seriously injured\`, \`992 disappeared\`, \`100 abducted\`, \`1,130 sexually assaulted\`, \`180 feared dead\`, \`180 presumed drowned\`: \`disappeared\` and \`presumed missing\`, which things and money may be said of too, only where the paragraph has counted nothing but people and no money and the count before, if any, is of people or died (not \`US$ 2 million was allocated and 300,000 disappeared\`, \`Of the 2,000 bags of maize shipped, 300 disappeared\`), and a fear is noted for review; a vague amount feared dead stays a fear, below) or before its killed and injured in
  parentheses (\`355 (63 killed and 292 injured)\`), after a
  verb of casualty or infection (\`injuring 283\`, \`killing at least 40\`, a headline's present \`Floods kill 18\`, \`a quake that killed more than 2,500,\`, \`has sickened 3,000\`,
  \`infected more than 45,000\`, abduction: \`killing nine and abducting 37 – all of them girls\`, \`kidnapped 14\`, indicator \`abducted\`; a dash glued to the number is a compound, \`killed 14-year-old\`; and after \`force\` before \`to flee\`, \`to move\` or the like, \`force 285,000 to move to shelters\`) or before words of people who may be left
  homeless (\`up to 4 million could be left homeless\`), or before \`reported missing\` or \`homeless\` (\`332 reported missing\`, \`leaving 12,000 homeless\`, \`44 more were injured\`, \`thousands made homeless\`) counts people; a number with \`more\` and no noun of its own before a place or the clause's end (\`300 people died in Ostra and 200 more in Pell\`, \`assistance for 500 more in Tahoua\` after 1,600 families) counts what the paragraph's count before it counts,
  and so do staff, employees, colleagues or aid workers killed or injured (\`another three UNRWA staff members have been killed\`,
  \`38 staff killed\`, \`10,000 health workers have been infected\`; staff at work are responders, no figure); so does a vague amount in need
  (\`thousands more in desperate need\`), but not one that may die (\`the possibility of the death of millions of
  children\`). \`others\` and a word of damage after or before it, after a count of things, count
  those things (\`10,000 houses fully damaged, 200 others severely damaged\`, \`destruction of 465 homes and damage to 135 others\`, \`destroyed 465 homes and damaged 135 others\`, \`62 bridges were
  destroyed and 13 others were badly damaged\`: houses, bridges), and a number in words
  restated in digits counts what follows the digits (\`Twenty Eight (28) evacuation centres\`: one figure, 28). A share in parentheses between a count and its noun
  leaves the noun to the count (\`228 (72%) severe cases\`: 228 people and 72 percent). After a count of houses or other things in the sentence, a bare number with a
  word of damage (\`120 houses were destroyed and 300 damaged\`, \`8 039 houses were partially destroyed and 3 937 wholly destroyed\`, \`2,557 are totally damaged\`, \`1,17,356 were completely demolished\`, \`7,401 were classified
  as "partially damaged"\`, \`437 tagged as "totally damaged"\`, \`241 houses damaged, of which, 53 were
  completely and 150 were partially destroyed\`, \`six completely and seven partially damaged\`, \`(837 totally/1,293 partially)\` after \`2,130 houses were damaged\` (parts in parentheses after the count, each a breakdown, \`part\` the degree), \`127 fatalities (female - 73; male - 54)\`, \`(F: 73, M: 54)\` (each sex labelled before its number with a dash or a colon, in parentheses after a count of people: a breakdown, \`part\` the sex), \`600 badly damaged\`, \`17,923 moderately damaged\`: any degree, heavily, slightly, seriously ...; \`10,400 classrooms with minor damage, 3,503 with major damage and 1,968 that were totally destroyed\`) counts
  the same things; and so does a number after \`the number of\` such things and a verb of its level (\`the number of destroyed dwelling houses is 1,940\`, \`the number of damaged schools rose to 300\`, \`the number of damaged or destroyed buildings is between 17,000 and 20,000\`: with a word of damage, any thing humfig counts); after \`of which\` each is a breakdown of that count (\`breakdown.part\` is the words of
  damage, \`partially destroyed\`), never a total. In a sentence that opens with a count of things
  (\`Of the 300 health facilities in Ostra, 132 are fully functional and 168 are only partly functional\`), a bare
  number before \`are\`/\`were\` and a state is a breakdown of that count (\`breakdown.part\` is the
  state, \`fully functional\`); \`588 of which were in the north\` after a count of schools counts
  schools, as \`of them\` does. Such units lower the confidence. A number with no unit at all is listed in the
  notes.
- **Counted things** beyond these: a plural noun (behind at most one modifier) after a number
  where a verb of building, damage, relief or sending governs it (\`built 640 latrines and 4 water
  tanks\`, \`repaired 35 water points\`, \`40 boreholes were drilled\`, \`destroyed 12 bridges\`, \`more than 40 structures were lost\`,
  \`sent 1,000 blankets\`, \`has bought 52,000 50-kilo bags of rice\` (a weight before the noun), \`is carrying 700 tarpaulins\`, \`will carry supplies including 22,000 plastic sheets\` (not what a vehicle can carry: \`Each truck can carry 400 blankets\`), \`received 500 tents\`, \`100,900 doses arriving\`, \`200,000 doses will be available\`, \`938 solid fuel heaters to be installed\`, \`funding for 549 shelters\`, \`gutting about 550 shelters\`, \`120 other
  facilities were affected\`, \`41 UNRWA installations have been impacted\`, \`37,066 buildings were deemed risky and were demolished\`,
  \`173,000 properties were left uninhabitable\`, a place between the thing and its verb, \`six thousand buildings in Turkey were destroyed\`, \`10,600 buildings have been completely or partially destroyed\`, \`sheltering in 150 UNRWA facilities\`, an agency's
  acronym before the noun; the verb also past a second count and what it includes, \`more than 2,000 shelters and over 90 facilities
  including hospitals and learning centers were destroyed\`, or an aside between dashes, \`550 shelters – home to at least 3,500
  people – were either totally or partially destroyed\`), or after a noun of damage (\`the collapse, in whole or in part, of
  around 50 000 residential buildings\`, \`damage to 300 schools\`), or after supplies a list names or a shipment of them (\`relief items for Ostra include 5,000 blankets\`, up to 120 characters between the goods and \`include\`,
  \`the first shipment of 99,100 doses\`), or that is the next item of a list after
  such a count (\`700 tarpaulins, 1500 water containers, 3000 blankets and ...\`, a hedge between: \`100,000 doses from France, nearly 100,000 doses from Germany, and about 500,000 doses\`), or after \`as well as\` or \`plus\` and a verb of relief earlier in the sentence: \`delivered 2,400 food parcels ..., as well as 3,248 bags of flour\`, or an item of a list whose verb of relief ends it, each item between opening with its number (\`6,950 blankets, 380 sanitary platforms, ... and a variety of items have been distributed\`, \`were distributed\`), or doses of a vaccine (\`some 200,000 doses of vaccine on hand\`, \`to vaccinate 2.5 million people using 3.5 million doses\`: the vaccine right after them or shortly before, or COVAX; \`15 million vaccine doses have reached\`, \`360,000 Covid-19 vaccine doses\`: a word of the vaccine before them, from 100 doses: \`each child receives 3 polio vaccine doses\` is a schedule), is a
  count of that thing when the unit registry knows it (latrine, shower, water-point, well,
  borehole, water-tank, bridge, business (shops too), building (structures too), facility, installation, shelter, blanket, mosquito-net, jerrycan,
  kitchen-set, food-parcel, food-pack, child-friendly-space (\`30 child-friendly spaces\`, \`38 planned child friendly spaces\`: spaces, not children), tarpaulin, mattress, pillow, solar-lamp, lamp (lanterns too), heater, clothing (clothes, garments, shawls), sanitary-napkin, plastic-mat, sleeping-kit, syringe, safety-box, medicine, tablet, bucket, bottle, soap-bar (\`bars of soap\`),
  water-container, meal, dose, bag (\`distributed 26,200 bags of maize\`); past up to two words before it, fewest first: \`80,000 water purification tablets\`, while
  \`90 facilities including hospitals\` counts facilities); a plural it does not know (\`3 footbridges\`) is named in the notes. Without
  such a verb (\`40 trucks travelled\`, \`14 districts\`) nothing is drafted; nor does a count noun behind a plural of areas
  count people (\`eight districts reporting cases\`, \`12 countries hosting refugees\`: districts and countries, not cases).
- **A key figure in millions with a capital M** (\`24.7M\` over \`People in need of assistance in 2023\`, a label below that a year may date; a label may say what it counts after \`Estimated\` or \`total\` and carry a day, whose \`as of\` dates the figure, \`2.9M\` over \`Estimated internally displaced persons (IDPs) ... as of 31 December 2020\`, and such a label is no date heading for the lines below it (a page's number over a sentence is no key figure: the sentence dates the next as ever); \`5.5M In need of humanitarian assistance\`, \`3.6M targeted for assistance\` opening a line: people) is read as millions, never metres, whose symbol is \`m\`.
- **A key figure's label before it on its line**: \`People in need: 8.7 million\`, \`Deaths - 12\`,
  \`Killed: 45; injured: 120\` (a label with no digit at the line's start or after a \`;\`, a colon or a
  spaced dash, at most a hedge, the number, then the line's end, a note in brackets or the next
  such item) counts what the label names (\`Killed\`, \`Missing\`, \`Displaced\` alone: people); the
  indicator comes from the label, the quote is the label and the number. A label that names no
  count (\`Population:\`, \`Phase 3:\`) gives nothing. On a line of its own (90 characters at most), a capitalised
  label needs no colon when the number ends the line, a date or a source in brackets between them
  (\`Total People Reached (August 2019) 73,901\`, \`Cattle deaths reported as 12,250.\`; \`Population 9,500,000\` gives nothing; not a clause with
  its verb, \`Deaths of livestock are estimated at 30,000.\` (a relative clause's may stand: \`People who have returned 12,000\`), nor a line of hard-wrapped prose
  whose sentence goes on on the next, in lower case, with no colon and no number at its end).
  The label may follow a letter or number in brackets (\`(A) Deaths: 295\`) and hold a note in brackets (\`Evacuees in evacuation shelters (526 shelters): 335,740\`); the number's own note in brackets may run on to the next line (\`Damaged houses: 10,203 (4,270 fully destroyed, 5,933 partially\`). A number alone on its line under such a label alone on its line, ending with a colon, is read the same (\`Affected population:\` over \`3,929,030\`; a population a state befell counts people; \`Population:\` gives nothing).
  Under a caption that names a currency in brackets at its end (\`Breakdown of the Emergency Grant Aid (USD)\`, \`(US$)\`), each such line down to the next blank line is an amount in it, whatever its label names further on (\`United Nations Children’s Fund (UNICEF): 15.7 million\` → 15700000 USD, not children); a label that opens with what it counts wins (\`People in need: 3,000,000\`, \`Households reached: 4,500\`).
- An item's own label wins over its list's heading unless it names only a group of the heading's count
  (\`People displaced:\` over \`- Children: 1,200\`: displaced children). A key figure's label of a
  baseline or a measure (\`Population: 9.5 million\`, \`Phase 3: 1,200\`, \`Magnitude:\`) gives nothing, whatever
  count came before it.
- **Lists under a heading**: an item line \`- Kessa province: 1,240\` (a bullet or none, a label, a
  colon, the number and nothing after it) counts what the heading above its list names, when
  that heading ends with a colon or is short and names a count of people or things (\`Houses
  damaged:\`, \`People displaced:\`, \`Latrines built\`): 1,240 \`house\`, the indicator from the
  heading's words, the quote the item without its bullet. A heading that names no count (\`Key
  dates:\`) gives nothing. A key figure alone on its line with its label on the next (\`5,640,475\` and below it
  \`Individual refugees from Ukraine recorded across Europe\`, \`Border crossings from Ukraine\`: \`movement\`) counts
  what the label's first words name, unless it stands in a column of numbers.
- **Lists of places that break down a count**: after a count of people or things in the same
  sentence, the items of a list that follows a colon, each a number (digits or words) and a place,
  as in \`13 people were missing in three regions: eight in Kessa, four in Region 2 and one in Region 1\`,
  or a comma or \`followed by\` when every item says "in" or "from" (\`11 were killed, eight in CAR and three in Mali\`; a count in an item's brackets does not change what the list counts, \`30 accommodation centres ..., 12 in Buzi (hosting 4,464 individuals), 8 in Nhamatanda\`: centres,
  \`10,098 evacuees, with 3,222 from the Eastern Division\`), or a place and "having" or "with" (\`the North having 124\`, \`followed by Nampula, with four\`, \`Peru, with over half a million\`),
  or a place and a comma after a semicolon, a comma or "and" (\`; Ecuador, over 220,000; Argentina, 130,000 and Brazil, 85,000\`; each placed in the place before its comma and quoted with it, \`Ecuador, over 220,000\`; not after where the people come from, \`900,000 refugees, mainly from South Sudan, 400,000, Somalia, 250,000\`, and the first item after a colon that closes the figures of people the sentence names: \`the latest figures of registered Syrian refugees ... in each country are: Lebanon, 154,387; Jordan, 142,664\`;
  not a month: \`in June, 300\`),
  or a country and its number after a sentence that says people are hosted or received, with or without a count of its own (\`hosting the vast majority of Venezuelans, with Colombia accounting for some 1.3 million, followed by Peru, with 768,000, Chile 288,000\`, \`Turkey hosts 3.6 million refugees, Lebanon 1.5 million and Jordan 660,000\`: people, each placed in its country; hosts named in the plural (\`countries\`, \`neighbouring states\`) make every item a host; after any other subject, a country however written (\`Uganda currently hosts\`, \`The country hosts\`), only items listed alike are other hosts: after \`with\`, \`accounting\`, \`from\`, \`including\` they are where the people come from, \`Uganda hosts 1.6 million refugees, with South Sudan accounting for some 900,000\`, and are not drafted (the hosting nearest before the number decides); an item whose place humfig does not know is placed nowhere, never in the country around it),
  or a country and \`at\`, or a country's possessive, in a list that goes on from a count of people or households in the sentence (\`14.1 million people ..., followed by Afghanistan at 12 million and Syria at seven million\`, \`53,305 Syrians ..., followed by the Democratic Republic of the Congo’s 20,527, Iraq’s 11,161\`: each in its country and in the count's unit),
  or a place and "has" (\`Burundi has over 100 cases, while Nigeria has 39, Liberia has five\`) and the items after it with the verb left out (\`Sindh has reported 678, KPK 306, Balochistan 299\`) — never a year (\`Source: 2021 Global Humanitarian Overview\` after such a list),
  each item with its own hedge (\`more than 443,000 in Malawi\`; a month or a weekday is no place: \`120 in June\`; things too,
  \`52 shelters that were set up in SVG and 13 in Grenada\`; a kind of place before the name, \`290 deaths in the province of Al
  Haouz, 190 in the province of Taroudant\`, each in the place named right after it; never a year, \`in the last quarter of 2023 in South Sudan\`), and
  \`three of them in Goma\`, are counts of the same unit and indicator for each place, quoted as the
  item (\`eight in Kessa\`), dated by that count when the item gives no date of its own. The count
  before the list takes no place from it: its places are the parts'. An item after a comma, \`and\`, \`with\` or \`while\` whose
  noun is left out and which says where they are (\`63 people had died, with 41 dying on the streets, eight in hospitals and
  14 at home\`, \`six million people in rural areas and 1.7 million in urban areas\`, \`with more than 1.3 million (1,323,427)
  staying with host families\`) counts the same unit; not one that says when or in what state (\`300 in the same period\`,
  \`300 in need\`), nor after things where its own clause names people or harm (\`1,200 houses, and 40 in the village were killed\`). A count in parentheses right after a rounded one of the same people, within a tenth of it, is its exact
  count and a figure of its own, exact whatever the rounded one's hedge (\`almost 1.5 million (1,454,377)\`; not after money, \`$1.5 million (1,480,000)\`, nor a past level, \`up from 1.9 million (1,850,000)\`). \`two in each district\` names no place: it is drafted with the place of the count before
  and \`"breakdown": {"part": "in each district"}\`, a breakdown and never a total (its label names the part:
  \`Schools damaged, Ostra (in each district)\`, as every breakdown's does), with a review line
  saying it is a count for each, not their sum. \`CAR\` in capitals is the Central African Republic.
  A list that gives each place's share in parentheses (\`14.4 million people in need in Burkina Faso
  (3.5 m), Mali (5.9 m) and Niger (3.8 m)\`, \`320,305 refugees in Chad (61,200), ...\`) is read the
  same way, a spaced \`m\` alone in such parentheses meaning million; a count shared out among two
  or more countries takes none of them, nor a country named earlier: its place is left for review.
- **Responders** (\`deployed 150 volunteers\`, \`300 health workers\`, personnel, staff, soldiers (not \`child soldiers\`, who are people recruited), troops, police,
  firefighters, rescuers, peacekeepers, medics, and people mobilised, deployed or dispatched: \`mobilized half a million people\`) are not drafted unless the words after their number say
  they were harmed or evacuated (\`12 aid workers were killed\`, \`215 soldiers were among the
  dead\`, \`40 health workers died\`, \`Fifty-five soldiers have also been wounded\`, \`has left 198 medics dead\`, \`46,877 personnel were affected\`, \`thirty-nine health care workers were affected\`: the word of harm ends its clause, not \`200 troops killed 12 civilians\`) or a verb of harm governs them (\`killed 3 aid workers\`), or they are among the harmed (\`killed 553 people, including 22 healthcare workers\`);
  \`deployed 500 troops to recover the dead\` is no harm to them. A modifier may be two words
  joined by a slash (\`216 pregnant/breastfeeding women\`).

### Qualifiers

The words just before the number (or its currency sign):

| words | qualifier |
|---|---|
| approximately, approx. (glued on too: \`approx.13,000\`), app., about, around, some, roughly, an estimated, an estimated number of, an estimated total of, an estimate of, estimated, estimated at, circa, c., ~; French environ, Spanish alrededor de | \`approximately\` |
| nearly, almost, close to, just under, slightly less than, slightly under, nears, nearing; près de, cerca de | \`nearly\` |
| more than, over, upwards of, in excess of, just over, well over, tops, topped, exceeding, above, past, passed, passes, surpassed, exceeded, exceeds, crossed, crosses; passed (crossed, topped, breached ...) the N mark (after the noun it counts too, \`the\` before the number only before \`mark\`: \`Cholera cases have breached the 3 000 mark\` → person); a plus after the number, before its noun (\`1,500+ people\`, \`the 160,000-plus individuals\`); French plus de (\`plus de 7.400 habitations\`), Spanish más de | \`more-than\` |
| at least, no fewer than, no less than, not fewer than, not less than, a minimum of; au moins, pas moins de, al menos, no menos de | \`at-least\` |
| up to, as many as, as much as, a maximum of, could reach, may reach, might reach; a comparison denied: no more than, not more than, not exceeding, not exceed(ed), not over, not above, pas plus de, no más de | \`up-to\` |
| fewer than, less than, under, below; moins de, menos de | \`fewer-than\` |
| between X and Y, from X to Y | \`range\` (value X, low X, high Y) |

Without a qualifier word a figure is \`exact\`, as written (\`10.23 million people\` is exact:
the qualifier follows the hedge attached to the number), with one exception that the way of
writing itself rounds: a span in whole decades (\`three decades\`) is \`approximately\`. A vague
amount is \`at-least\`. A count in parentheses restating a hedged one shares its hedge (\`an
estimated 733,650 families (3.5 million people)\`). Numbers that look rounded (a scale word, a
multiple of 1,000) get a note suggesting \`approximately\`. **"Nearly all of
N":** \`nearly all of Nagorno-Karabakh's approximately 120,000 residents fled\` gives two figures:
the whole (≈120,000 residents, indicator from its noun) and the part (\`nearly\` 120,000, quote
from "nearly all" to the end of the clause, indicator from the predicate "fled"); the part's
notes say that its value is the whole's. Also \`almost all\`, \`virtually all\`, \`practically all\`.

### Stated equivalents

An amount of money followed by an amount in another currency, in parentheses or after \`, or\`,
\`, which is\`, \`, equivalent to\`, \`, the equivalent of\` (not a rate or a difference after it: \`$2 per person per day\`, \`$3 million short of\`)
— \`20 million Swiss Francs ($22 million)\`, \`CHF 20m, or about US$22m\`, \`140,000 dirhams, which is about $13,600,\`, \`AFN 50 million AFN (USD7.7
million)\` with the code written again after the amount, \`$5 million (± 221 million gourdes)\` with a sign of about after the bracket, \`$40 million [about K31 billion]\` in square brackets, \`14.3 billion meticais (223.4 million US dollars, at the current exchange rate)\` with a word on the rate before the bracket closes, \`3.6 million Swiss francs (3.3 million US dollars/2.7 million euros)\` with several equivalents joined by \`/\`, \`;\`, \`,\` or \`or\` (a slash without spaces too) — is **one** figure
(20,000,000 CHF) with a \`stated\` equivalent (22,000,000 USD) whose quote is the parenthesis. A
currency equivalent without its own qualifier is recorded as \`approximately\`: a conversion at
an unstated rate is rounded. Counts are not equivalents: \`5,000 people (1,200 households)\` is
two figures. An amount in parentheses after a number whose currency the text does not give there
(\`52.1 million (5.21 billion JPY)\`) is an equivalent, never a figure of its own. A smaller amount
in the same currency in parentheses, with words that say which part (\`USD 5 million ($3 million in
cash)\`, \`(... for food)\`, \`(... of which ...)\`), is neither an equivalent nor a second total: it is
drafted as a breakdown of the amount before it, \`"breakdown": {"part": "in cash"}\`, and its notes
say so.

### Dates (\`asOf\`)

Recognised: \`2023-09-28\`, \`September 28, 2023\`, \`Sept. 28\`, \`28 September 2023\`, \`28
September\` (the publication year; the year before if that would fall after publication), \`11th Oct 2022\` (also
glued to a weekday's comma: \`Tuesday,11th Oct 2022\`),
\`September 2023\` (\`2023-09\`; month names in capitals too, \`JANUARY 2024\`), weekday names (\`on Sunday\`: the latest Sunday on or before
publication), \`today\` and \`yesterday\` (with a numeric \`(08/04)\` after it read as part of it: where it is a date on or before
publication, day or month first, it is the day, \`Yesterday (30/05)\` in a text published on 1 June is 30 May; \`Yesterday alone,\` opening a sentence dates it),
\`two days ago\` (up to seven days). Spans of days before publication are never one day: \`last week\` is
the Monday to Sunday before publication's week, \`this week\` its Monday to publication (\`earlier this week\` to
the day before), \`over the weekend\` the latest Saturday and Sunday, \`last weekend\` those before publication's
week, \`earlier this month\` the month's first day to the day before, \`over the past week\` (\`in the last
month\`) the 7 (30) days up to publication; such a figure gets the span as its
\`period\` and its last day as \`asOf\`, as \`import hxl\` does with a start and an end, and its notes say so.
\`last month\` is the month before, \`2024-05\`: a month's \`asOf\` already covers its days. A figure's \`asOf\` is, in order: the nearest date in its clause (not one after
"since", "from", "until", "before", "after" or "between", nor one after publication); a date
that opens the sentence (\`On 14 March, ...\`, \`As of 2023-09-28, ...\`, \`In September 2023,
...\`, a dateline \`DRAVNO, 18 November (EFE) - ...\`, a time of the day before it, \`Early on Saturday, ...\`, after a bullet too: \`• On 20 February, ...\`), but not a date in the possessive or before the event it
names (\`Saturday's earthquake\`, \`The August 14 earthquake\`); the last day of a span of days that opens the sentence,
with the span as its \`period\` (\`Between Jan 1 and Aug 17, the WHO tracked ...\`, \`From 7 to 24 October, ...\`, \`Between the afternoons of 26 and 27 December, ...\`, \`Between 3 March 2022 through 3 February 2023, ...\`); a date in an earlier clause of the sentence that says
"as of" or "dated" it (\`as of figures received yesterday (Thursday), 612,134 people\`, \`a report dated
Tuesday, August 1, that ...\`, \`with data up to 18:00 on Tuesday, at least 493 people\`, a clause of its own that ends a span: \`Since two cases were confirmed on 2 October 2022, to 6 November 2022, the Ministry reported 6,814 suspected cases\`); the day a source said what the
sentence reports, for each of its figures (\`UNHCR said Friday that floods have killed hundreds, displaced 1.3 million ...\`), unless the
reported clause gives a day of its own, which a clause with both takes (\`said on Tuesday that 300 people died in the floods of 12 March
2019\`: 2019-03-12); a date the sentence's figures are counted to, after them and at the sentence's
end or before a clause of what it is counted since (\`... damages an estimated 130,000 houses as of August 18, according to the GoH\`,
\`4,500 deaths have been reported in north-west Syria, as of 6 March, since an earthquake ...\`, \`"113 people have been killed, 64 are
missing" as of the night of September 14, spokesman Zaw Min Tun said\`, \`with 127 others missing, as of Monday morning.\`, an \`as of\` date with its time of day opening the figures' clause, \`as of Jan 13 noon, 407 had been rescued\`, \`13 042 reported cases ..., up
to the end of 2 November\`, \`left 632 dead and 329 injured, according to an updated report established on Saturday at 7:00
a.m. by the Ministry\`); for an item of a
list that began in an earlier clause (\`sent 1,000 blankets, 500 mattresses and 80 tents\`: a
clause with nothing before its number but "and", a hedge or earlier items, and no verb of its
own), the date of the clause the list began in; for a sentence that continues the one before in
the paragraph (\`It ...\`, \`They ...\`, \`Of these, ...\`, \`Of this, ...\`, \`Among them ...\`, \`The breakdown: ...\`, \`Broken down ...\`, \`Another ...\`, \`In
addition ...\`, or \`also\` before the figure), the latest day the sentence before gives; for the lines under a
date heading (a line of at most 120 characters with no figure of its own, the date after \`As at\`, \`as of\`, \`Situation
on\`, \`Updated\`: \`As at 2 March 2024:\` over a list, \`KEY FIGURES (as of 1 March 2024)\` over a key-figure box, a title
\`Situation Report No. 5 (as of 21 August 2021)\`), the heading's day, until a sentence longer than 200 characters (prose) or
the next such heading; the day a report's title gives (one of the first three lines, at most 200 characters, naming a report,
sitrep, update, snapshot, bulletin, overview, dashboard, brief or flash: \`Nigeria: Floods - Situation Report No. 1 (as of 25
September 2024)\`), for every figure of the text with no day of its own, prose too, but not a sentence with a year or a period of its own
(\`In 2021, ...\`, \`last year\`); the
publication date when the clause is in the present tense (\`currently\`, \`now\`, \`to date\`,
\`is\`, \`are\`, \`has\`, \`have\`, \`remains\`); for an amount of money (an appeal, a pledge, a grant
announced in the text), the publication date; where the text opens with a dateline a week or less before publication
(\`NEW YORK, 10 May (OCHA) -- ...\`: a city in capitals, the day, perhaps the agency, a dash), that day instead, for both
and for \`today\`; otherwise none, and the draft uses the publication
date as a placeholder and says so. Without a publication date (option, header, or the latest
full date in the text), \`1970-01-01\` is the placeholder and the notes say to replace it.

### Places

Countries are recognised by name (\`Armenia\` → \`ARM\`, \`Democratic Republic of the Congo\`,
\`DRC\` → \`COD\`, ...) and named through the same ISO 3166 model as \`humfig import hxl\`
(\`findCountry\`): id the alpha-3 code, name the model's English name, so a draft and an imported
file name a country the same way. A heading in capitals that names a country (\`TIMOR LESTE\`)
places the figures after it; a dateline is not the place of every figure. Other places are learned from the
text and get a kebab-case id (\`Nagorno-Karabakh\` → \`nagorno-karabakh\`): a capitalised name
after a word of location or movement, a direction in lower case between (\`51,500 in southern Shan\`; not before a continent or a sea, \`in southern Africa\`) (\`in\`, \`into\`, \`within\`, \`across\`, \`near\`, \`at\`,
\`to\`, \`from\`, \`fleeing\`, \`fled\`, \`leaving\`, \`reached\`, ...) or of a disaster or attack
(\`floods hit Sorrel\`, \`struck\`, \`shelled\`, ...), after such a word and a kind of place (\`in the province of
Taroudant\`, \`struck the province of West Sumatra\`, \`on the island of Rhodes\`, one word between too: \`in the Greek island of
Rhodes\`; not \`southwest of the city of Marrakech\`; \`the province of\` a name is
no anaphor), before a kind of place (\`Lower Tavarra
province\`, \`Goris city\`), after "the" and ending in a geographic word (\`the Ostrel Valley\`,
\`the Gaza Strip\`), or in the possessive before a figure (\`Nagorno-Karabakh's approximately
120,000\`), or after the people of a place (\`the population of Kessa\`, \`residents of Marl\`). Demonyms (\`Armenian\`, \`Azerbaijani\`, \`French\` in \`the French island territory\`), acronyms, months, weekdays and
organisation words are not places. \`the region\`, \`the enclave\`, \`the area\`, \`the
territory\`, \`the province\`, ... mean the latest named place that is not a country; \`the
country\` the latest country. A place followed by "has pledged", "contributed", "donated",
"extends", "provides", "decided to provide", "will provide" ... (but not "announced by": \`a package to Fiji announced by
the minister\` goes to Fiji), or in the possessive before "assistance",
"aid", "support", "response" ..., is a donor, never a figure's place, and so is the city where
something was said (\`told reporters in Geneva\`, \`a briefing in New York\`). Storm names (\`Tropical
Cyclone Pam\`) are not places, nor is the name alone anywhere in a text that names the storm so (\`attributed the six
deaths to Yagi\` after \`Typhoon Yagi\`), nor a country in its currency's name (\`11.5 million New Zealand dollars\`) or in a publisher's (\`Kuwait News Agency\`, \`Jordan Times\`), nor a body of state (\`approval from Parliament\`), nor a title's words of aid or of a vague amount (\`Appeal To Aid Millions\`). A figure's place is, in order: a possessive right before it;
in its clause, then in its sentence (within 300 characters), the nearest place named as a
location (\`in X\`), then as an origin (\`from X\`, \`fleeing X\`), then any; the latest place
earlier in the paragraph; the latest place earlier in the text; otherwise \`unknown\`.

### Indicators

Guessed from words near the figure (within 300 characters): its clause first, then the other
clauses of its sentence that hold no figure of their own, then its unit noun; among matching
rules the nearest word wins, a word across "and", "but", "while", "with" or a relative pronoun ("which", "who", "where") counting as 40
characters farther (\`23 died and 4 remain missing\`: 4 is \`missing\`), and losing to the figure's own noun where that names an indicator (\`30,000 people have fled into Chad which was already hosting 400,000 refugees\`: \`refugees\`, not displaced). For counts: temporary accommodation, collective centres, shelters →
\`temporary-accommodation\`; without shelter, homeless → \`people-without-shelter\`; admitted
to hospital → \`hospitalised\`; in need, needed relief → \`people-in-need\`; reached (not a level a count reached, \`has reached 3,000,381.\`, \`has reached 8,567 as of Sunday\`), assisted, received →
\`people-reached\`; to assist, to reach, targeted → \`people-targeted\`; killed, deaths →
\`deaths\`; injured → \`injured\`; missing → \`missing\`; abducted, kidnapped → \`abducted\`;
returned → \`returnees\`; fled, displaced, exodus, evacuated, relocated, arrived → \`displaced\`; affected →
\`households-affected\` / \`people-affected\`; population, living in → \`population\`; the noun
\`refugees\` alone → \`refugees\`, and \`residents\` or \`inhabitants\` alone → \`population\` (\`30,000 residents had
been relocated\` are displaced). For durations: offensive, attack → \`offensive-duration\`;
blockade, siege → \`blockade-duration\`; holding, controlled → \`control-duration\`; "first visit
... in N decades" with the UN named → \`time-without-un-access\`; a war's or a conflict's length
(\`after 10 years of war\`, \`1,000 days of full-scale war\`) is context, and is not drafted. For money: appeal, requires, seeks → \`funding-required\`, and an amount an article opens, up to three words before \`appeal\` or \`response plan\`, whatever verb announces it (\`announced a $10.3 billion emergency funding appeal\`; not \`pledged $5 million to the appeal\`, \`at the appeal launch\`, \`after the flash appeal\`); received,
pledged, contributed, allocated, released, approved, set aside → \`funding-received\` (gave, will give, sent, offered, committed, provided, is providing, will provide, extended, announced too), but not an amount for each recipient (\`USD 500 each\`, \`per family\`, \`as relief to each household\`), which gets none. For percentages: funded → \`funding-coverage\`. Tonnes delivered →
\`aid-delivered\`; journeys (walked, travelled) → \`distance\`. Houses destroyed / damaged →
\`houses-destroyed\` / \`houses-damaged\`; schools and classrooms → \`schools-damaged\`; evacuation centres open →
\`evacuation-centres\`; kits, tents and other items delivered, distributed, sent or carried →
\`relief-items-delivered\`. No match: \`unknown\`.

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

Single-language (English) rules; ranges only as \`between X and Y\` and \`from X to Y\` (a dash
range is noted); "over"/"under" read as qualifiers even as prepositions (\`spread
over three days\`); place guesses prefer the nearest named place, so a sentence naming several
places may get the wrong one; a figure's date comes from its own sentence, or from the sentence
before when it continues it; an item of a list under a heading takes no place from its label.
`;
