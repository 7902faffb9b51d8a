#!/usr/bin/env node
/**
 * Deterministic generator of large, valid humfig-facts/1 files for the benchmarks.
 *
 *   node test/bench/generate-facts.mjs --figures 1000000 --seed 42 --out DIR [--ndjson]
 *
 * writes DIR/facts.json, DIR/sources/<id>.txt, with --ndjson DIR/facts.ndjson (the streamed
 * form: a header line, then one figure per line), and last DIR/manifest.json (counts and sample ids; its presence marks a complete
 * run, which is how bench.mjs decides that a cached file can be reused).
 *
 * The same seed always gives the same bytes: all randomness comes from our own PRNG
 * (mulberry32), never from Math.random, the clock or the locale.
 *
 * Every file passes `humfig validate`: quotes are sentences of the source's text file and
 * contain the value as written ("12,500", "2.8 million"), explicit low/high bracket the value,
 * ids are unique and every reference resolves.
 *
 * Why figures share quote sentences: each source has a bounded pool of statements (at most
 * POOL_CAP), and a million figures draw from ~36 x POOL_CAP sentences. Building one sentence
 * per figure would make ~100 MB of source text, so that `validate` would spend its time
 * reading text files and searching megabytes for each quote, which real sources (reports of
 * tens of kilobytes) never cause. With the pool, the facts file dominates, as in real use.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Bumped whenever the output for a given seed and size changes (bench.mjs keys its cache on it). */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 42;
/** Statements per source at most; see the header comment. */
const POOL_CAP = 600;

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and identical on every platform. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one PRNG stream. Separate streams keep the places and sources of a seed the
 *  same whatever the number of figures, so a small file is a recognisable sample of a big one. */
function rng(seed) {
  const next = mulberry32(seed);
  const api = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    /** weighted pick over [item, weight] pairs */
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of pairs) if ((r -= w) < 0) return item;
      return pairs[pairs.length - 1][0];
    },
    /** log-uniform integer: humanitarian counts span orders of magnitude */
    logInt: (lo, hi) => Math.round(Math.exp(Math.log(lo) + next() * (Math.log(hi) - Math.log(lo)))),
  };
  return api;
}

/** A sub-seed for stream `name`, so that adding a stream does not shift the others. */
function subSeed(seed, name) {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const COUNTRIES = [
  ['ARM', 'Armenia'], ['AZE', 'Azerbaijan'], ['GEO', 'Georgia'], ['TUR', 'Türkiye'], ['SYR', 'Syrian Arab Republic'],
  ['UKR', 'Ukraine'], ['SDN', 'Sudan'], ['SSD', 'South Sudan'], ['TCD', 'Chad'], ['ETH', 'Ethiopia'],
  ['SOM', 'Somalia'], ['KEN', 'Kenya'], ['YEM', 'Yemen'], ['AFG', 'Afghanistan'], ['PAK', 'Pakistan'],
  ['BGD', 'Bangladesh'], ['MMR', 'Myanmar'], ['COD', 'Democratic Republic of the Congo'], ['NGA', 'Nigeria'],
  ['MLI', 'Mali'], ['BFA', 'Burkina Faso'], ['NER', 'Niger'], ['HTI', 'Haiti'], ['LBY', 'Libya'],
  ['MOZ', 'Mozambique'], ['LBN', 'Lebanon'], ['JOR', 'Jordan'], ['IRQ', 'Iraq'],
];
const SYLLABLES_A = ['Ar', 'Nor', 'Va', 'Ka', 'Go', 'Me', 'Sa', 'Ta', 'Da', 'Ba', 'Le', 'Zan', 'Ker', 'Mar', 'Sha', 'Ti', 'Ha', 'Ro'];
const SYLLABLES_B = ['ra', 'de', 'lo', 'ni', 'ma', 'ba', 'va', 'ri', 'sha', 'ku', 'to', 'ze', ''];
const SYLLABLES_C = ['vank', 'shen', 'dzor', 'abad', 'pur', 'kent', 'vil', 'gar', 'tsi', 'mel', 'lar', 'sor'];
const PLACE_KINDS = [['district', 'District'], ['province', 'Province'], ['camp', 'Camp'], ['municipality', 'Municipality'], ['settlement', 'Settlement']];
const SUBNATIONAL_PLACES = 280;

const PUBLISHERS = [
  ['ocha', 'UN Office for the Coordination of Humanitarian Affairs', ['flash-update', 'Flash Update'], ['sitrep', 'Situation Report']],
  ['unhcr', 'UNHCR', ['operational-update', 'Operational Update'], ['emergency-update', 'Emergency Update']],
  ['iom-dtm', 'IOM Displacement Tracking Matrix', ['mobility-snapshot', 'Mobility Snapshot'], ['site-assessment', 'Site Assessment']],
  ['ifrc', 'IFRC', ['emergency-appeal', 'Emergency Appeal'], ['operation-update', 'Operation Update']],
  ['unicef', 'UNICEF', ['humanitarian-sitrep', 'Humanitarian Situation Report'], ['appeal', 'Humanitarian Action for Children']],
  ['wfp', 'World Food Programme', ['situation-report', 'Situation Report'], ['market-monitor', 'Market Monitor']],
  ['gov', 'Government migration service', ['press-release', 'Press Release'], ['bulletin', 'Bulletin']],
  ['reach', 'REACH Initiative', ['rapid-assessment', 'Rapid Needs Assessment'], ['factsheet', 'Factsheet']],
  ['nrc', 'Norwegian Refugee Council', ['briefing', 'Briefing Note'], ['report', 'Report']],
];
const REPORTS_PER_KIND = 2;

/** Indicators with their unit family and how often they occur. */
const INDICATORS = [
  ['displaced', 'people', 24],
  ['population', 'people', 8],
  ['temporary-accommodation', 'people', 10],
  ['returnees', 'people', 8],
  ['refugees', 'people', 10],
  ['people-in-need', 'people', 10],
  ['households-displaced', 'households', 8],
  ['funding-required', 'money', 12],
  ['funding-received', 'money', 10],
];
const QUALIFIER_WORDS = {
  exact: [''],
  approximately: ['approximately ', 'about ', 'around ', 'some '],
  nearly: ['nearly ', 'almost '],
  'more-than': ['more than ', 'over '],
  'at-least': ['at least '],
  'fewer-than': ['fewer than '],
  'up-to': ['up to '],
};
const CURRENCIES = [['USD', 'US dollars'], ['CHF', 'Swiss francs'], ['EUR', 'euros']];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FILLER = [
  'The situation remains volatile and access to some areas is limited.',
  'Humanitarian partners continue to scale up their response.',
  'Figures are provisional and may be revised as verification continues.',
  'Priority needs include shelter, food, water and psychosocial support.',
  'Winter conditions are expected to increase needs in the coming weeks.',
  'Coordination meetings are held weekly with local authorities.',
];

// ---------------------------------------------------------------------------------------------
// Writing numbers and dates as a source would

const pad2 = (n) => String(n).padStart(2, '0');

/** A day of 2023 as YYYY-MM-DD; day 0 is 1 January. */
function dayOf2023(day) {
  const d = new Date(Date.UTC(2023, 0, 1 + day));
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** "2023-09-28" -> "28 September 2023" */
function proseDate(iso) {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** 12500 -> "12,500", grouped by hand so the locale of the machine cannot change it. */
function grouped(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A value as a report would write it: "2.8 million" when it is a round number of millions. */
function written(n, r) {
  if (n >= 1_000_000 && n % 100_000 === 0 && r.chance(0.7)) {
    const tenths = n / 100_000; // an integer: no float division touches the digits
    const whole = Math.floor(tenths / 10);
    return tenths % 10 === 0 ? `${whole} million` : `${whole}.${tenths % 10} million`;
  }
  return grouped(n);
}

/** Round to `digits` significant digits, as sources round counts that are not exact. */
function roundSig(n, digits) {
  if (n < 10 ** digits) return n;
  const step = 10 ** (Math.floor(Math.log10(n)) + 1 - digits);
  return Math.round(n / step) * step;
}

/** Wraps prose at ~78 columns; the checker folds whitespace, so quotes may span lines. */
function wrap(text, width = 78) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The world: places, sources and what each source says

function makePlaces(seed) {
  const r = rng(subSeed(seed, 'places'));
  const places = COUNTRIES.map(([iso3, name]) => ({ id: iso3, name, iso3 }));
  const seen = new Set();
  while (places.length < COUNTRIES.length + SUBNATIONAL_PLACES) {
    const stem = r.pick(SYLLABLES_A) + r.pick(SYLLABLES_B) + r.pick(SYLLABLES_C);
    const [kindId, kindName] = r.pick(PLACE_KINDS);
    const id = `${stem.toLowerCase()}-${kindId}`;
    if (seen.has(id)) continue;
    seen.add(id);
    places.push({ id, name: `${stem} ${kindName}` });
  }
  return places;
}

function makeSources(seed, withText) {
  const r = rng(subSeed(seed, 'sources'));
  const sources = [];
  for (const [code, publisher, ...kinds] of PUBLISHERS) {
    for (const [kindId, kindName] of kinds) {
      for (let k = 0; k < REPORTS_PER_KIND; k++) {
        const number = r.int(1, 40);
        const id = `${code}-${kindId}-${pad2(number + k * 40)}`;
        // published in the second half of 2023, so that figures can be dated before it
        const published = dayOf2023(r.int(180, 364));
        sources.push({
          id,
          publisher,
          title: `${kindName} No. ${number + k * 40}: population movement and humanitarian needs`,
          published,
          url: r.chance(0.85) ? `https://example.org/${code}/${id}` : null,
          ...(withText ? { text: `sources/${id}.txt` } : {}),
        });
      }
    }
  }
  return sources;
}

/**
 * One sentence a source states, with everything a figure needs from it. The quote is the
 * whole sentence, so it occurs verbatim in the source text built from these sentences.
 */
function makeStatement(r, source, places) {
  const [indicator, family] = r.weighted(INDICATORS.map((i) => [i, i[2]]));
  const place = r.pick(places);
  const asOf = dayOf2023(r.int(0, dayOfYear(source.published)));
  const when = proseDate(asOf);
  const qualifier = r.weighted([['exact', 30], ['approximately', 35], ['nearly', 8], ['more-than', 12], ['at-least', 6], ['fewer-than', 4], ['up-to', 5]]);
  const q = r.pick(QUALIFIER_WORDS[qualifier]);

  let value;
  let unit;
  let amount; // the value as written in the sentence
  if (family === 'money') {
    const [code, words] = r.pick(CURRENCIES);
    unit = code;
    value = roundSig(r.logInt(50_000, 400_000_000), qualifier === 'exact' ? 4 : 2);
    const num = written(value, r);
    amount = r.chance(0.5) ? `${code} ${num}` : `${num} ${words}`;
  } else {
    unit = family === 'households' ? 'household' : 'person';
    const [lo, hi] = indicator === 'population' ? [20_000, 5_000_000] : family === 'households' ? [20, 300_000] : [50, 2_000_000];
    value = r.logInt(lo, hi);
    if (qualifier !== 'exact') value = roundSig(value, r.pick([2, 2, 3]));
    amount = written(value, r);
  }

  let sentence;
  let label;
  let stated;
  switch (indicator) {
    case 'displaced': {
      label = `People displaced in ${place.name}`;
      if (r.chance(0.2) && value >= 100) {
        // a second count in the same sentence, recorded as `stated`
        const households = roundSig(Math.max(1, Math.round(value / 3.6)), 2);
        sentence = `As of ${when}, ${q}${amount} people (about ${grouped(households)} households) had been displaced in ${place.name}.`;
        stated = [{ value: households, unit: 'household', qualifier: 'approximately', quote: sentence }];
      } else {
        sentence = `As of ${when}, ${q}${amount} people had been displaced in ${place.name}.`;
      }
      break;
    }
    case 'population':
      label = `Population of ${place.name}`;
      sentence = `${place.name} had a population of ${q}${amount} as of ${when}.`;
      break;
    case 'temporary-accommodation':
      label = `People in temporary accommodation in ${place.name}`;
      sentence = `On ${when}, ${q}${amount} people were staying in temporary accommodation in ${place.name}.`;
      break;
    case 'returnees':
      label = `Returnees recorded in ${place.name}`;
      sentence = `By ${when}, ${q}${amount} returnees had been recorded in ${place.name}.`;
      break;
    case 'refugees':
      label = `Refugees arrived in ${place.name}`;
      sentence = `Authorities reported that ${q}${amount} refugees had arrived in ${place.name} by ${when}.`;
      break;
    case 'people-in-need':
      label = `People in need of humanitarian assistance in ${place.name}`;
      sentence = `As of ${when}, ${q}${amount} people in ${place.name} needed humanitarian assistance.`;
      break;
    case 'households-displaced':
      label = `Households displaced in ${place.name}`;
      sentence = `Assessments found ${q}${amount} households displaced in ${place.name} as of ${when}.`;
      break;
    case 'funding-required':
      label = `Funding required for the response in ${place.name}`;
      sentence = `The response plan for ${place.name} requires ${q}${amount}, according to the revision of ${when}.`;
      break;
    case 'funding-received':
      label = `Funding received for the response in ${place.name}`;
      sentence = `Donors had provided ${q}${amount} for the response in ${place.name} by ${when}.`;
      break;
  }

  // explicit ranges, sometimes: always bracketing the value (low <= value <= high)
  let low;
  let high;
  if (qualifier === 'approximately' && r.chance(0.25)) {
    low = Math.floor(value * 0.9);
    high = Math.ceil(value * 1.1);
  } else if (qualifier === 'nearly' && r.chance(0.5)) {
    low = Math.floor(value * 0.9);
    high = value;
  }

  return { indicator, place: place.id, placeSlug: place.id.toLowerCase(), asOf, qualifier, value, unit, label, quote: sentence, low, high, stated };
}

function dayOfYear(iso) {
  return Math.round((Date.UTC(2023, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - Date.UTC(2023, 0, 1)) / 86_400_000);
}

/** A source's text file: a header, then its statements in paragraphs with some filler. */
function sourceTextOf(source, statements, seed) {
  const r = rng(subSeed(seed, `text:${source.id}`));
  const paragraphs = [`${source.title}\n${source.publisher}, ${proseDate(source.published)}`];
  for (let i = 0; i < statements.length; ) {
    const size = r.int(2, 5);
    const sentences = statements.slice(i, i + size).map((s) => s.quote);
    if (r.chance(0.4)) sentences.push(r.pick(FILLER));
    paragraphs.push(wrap(sentences.join(' ')));
    i += size;
  }
  return `${paragraphs.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The dataset

/**
 * The parts of a dataset: `head` (format, dataset, sources, places), `texts` (relative path ->
 * content of each source text) and `figures()`, an iterator that yields the figures one by one,
 * so that a writer can stream a million of them without holding them all.
 */
export function createDataset({ figures, seed = DEFAULT_SEED, sourceText = true } = {}) {
  if (!Number.isSafeInteger(figures) || figures < 0) throw new RangeError(`figures must be a whole number >= 0, not ${figures}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be a whole number from 0 to 4294967295, not ${seed}`);
  const places = makePlaces(seed);
  const sources = makeSources(seed, sourceText);
  const poolSize = Math.max(1, Math.min(POOL_CAP, Math.ceil(figures / sources.length)));
  const pools = sources.map((s) => {
    const r = rng(subSeed(seed, `statements:${s.id}`));
    return Array.from({ length: poolSize }, () => makeStatement(r, s, places));
  });
  const texts = new Map();
  if (sourceText) sources.forEach((s, i) => texts.set(s.text, sourceTextOf(s, pools[i], seed)));

  const head = {
    format: 'humfig-facts/1',
    dataset: {
      id: `generated-${figures}-seed-${seed}`.replace(/[^a-z0-9-]/g, ''),
      title: `Generated benchmark dataset: ${grouped(figures)} figures (seed ${seed})`,
      description: 'Synthetic figures made by test/bench/generate-facts.mjs for benchmarks. Places, sources and numbers are invented.',
      updated: '2023-12-31',
    },
    sources,
    places,
  };

  // width of the running number in ids: "00042" for small files, wider for big ones
  const width = Math.max(5, String(figures).length);
  function* figureIterator() {
    const r = rng(subSeed(seed, 'figures'));
    for (let i = 0; i < figures; i++) {
      const s = r.int(0, sources.length - 1);
      const st = r.pick(pools[s]);
      const figure = {
        id: `${st.indicator}-${st.placeSlug}-${String(i).padStart(width, '0')}-${st.asOf}`,
        label: st.label,
        indicator: st.indicator,
        value: st.value,
        unit: st.unit,
        qualifier: st.qualifier,
        ...(st.low !== undefined ? { low: st.low, high: st.high } : {}),
        place: st.place,
        asOf: st.asOf,
        source: sources[s].id,
        quote: st.quote,
        ...(st.stated ? { stated: st.stated } : {}),
      };
      if (r.chance(0.03)) figure.notes = 'Provisional figure; subject to verification by partners.';
      yield figure;
    }
  }
  return { head, texts, figures: figureIterator };
}

/** A whole facts object and its source texts: `{ facts, texts }` with texts a Map of relative path -> content. */
export function generateFacts({ figures, seed = DEFAULT_SEED, sourceText = true } = {}) {
  const { head, texts, figures: iterate } = createDataset({ figures, seed, sourceText });
  return { facts: { ...head, figures: [...iterate()] }, texts };
}

/** Appends strings and writes them in ~1 MiB chunks, so no file-sized string is ever built. */
class ChunkWriter {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.parts = [];
    this.size = 0;
    this.bytes = 0;
  }
  write(s) {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) this.flush();
  }
  flush() {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    for (let off = 0; off < buf.length; ) off += writeSync(this.fd, buf, off);
    this.bytes += buf.length;
    this.parts = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/** Writes DIR/facts.json (one figure per line), the source texts and optionally facts.ndjson. */
export function writeDataset(dir, { figures, seed = DEFAULT_SEED, sourceText = true, ndjson = false }) {
  const { head, texts, figures: iterate } = createDataset({ figures, seed, sourceText });
  mkdirSync(dir, { recursive: true });
  for (const [rel, content] of texts) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }

  const out = new ChunkWriter(join(dir, 'facts.json'));
  const nd = ndjson ? new ChunkWriter(join(dir, 'facts.ndjson')) : undefined;
  // the streamed form's header: the document without its figures, on one line
  nd?.write(`${JSON.stringify(head)}\n`);
  const list = (items) => items.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  out.write(`{\n  "format": ${JSON.stringify(head.format)},\n  "dataset": ${JSON.stringify(head.dataset, null, 2).replace(/\n/g, '\n  ')},\n`);
  out.write(`  "sources": [\n${list(head.sources)}\n  ],\n  "places": [\n${list(head.places)}\n  ],\n  "figures": [`);
  const ids = [];
  let i = 0;
  for (const f of iterate()) {
    const line = JSON.stringify(f);
    out.write(`${i === 0 ? '\n' : ',\n'}    ${line}`);
    nd?.write(`${line}\n`);
    // sample ids for benchmarks: the first, the middle and the last figure
    if (i === 0 || i === Math.floor(figures / 2) || i === figures - 1) ids.push(f.id);
    i++;
  }
  out.write(`${figures > 0 ? '\n  ' : ''}]\n}\n`);
  out.close();
  nd?.close();

  const manifest = {
    generator: GENERATOR_VERSION,
    seed,
    figures,
    sources: head.sources.length,
    places: head.places.length,
    sampleIds: { first: ids[0] ?? null, middle: ids[1] ?? ids[0] ?? null, last: ids[ids.length - 1] ?? null },
    files: { facts: 'facts.json', ndjson: ndjson ? 'facts.ndjson' : null, bytes: out.bytes },
  };
  // written last: its presence means the files above are complete
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

// ---------------------------------------------------------------------------------------------
// Command line

function main() {
  const { values } = parseArgs({
    options: {
      figures: { type: 'string', default: '1000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
      ndjson: { type: 'boolean', default: false },
      'no-source-text': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.out) {
    const usage = 'usage: node test/bench/generate-facts.mjs --figures N [--seed S] --out DIR [--ndjson] [--no-source-text]';
    (values.help ? console.log : console.error)(usage);
    process.exit(values.help ? 0 : 2);
  }
  const figures = Number(values.figures.replace(/_/g, ''));
  const seed = Number(values.seed);
  const started = process.hrtime.bigint();
  const manifest = writeDataset(values.out, { figures, seed, sourceText: !values['no-source-text'], ndjson: values.ndjson });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.error(`wrote ${grouped(figures)} figures (${(manifest.files.bytes / 1048576).toFixed(1)} MiB) to ${join(values.out, 'facts.json')} in ${seconds.toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (err) {
    console.error(`generate-facts: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
