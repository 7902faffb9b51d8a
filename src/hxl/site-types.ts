/**
 * A `#loc` column that holds kinds of site, not places. Insecurity Insight's incident lists tag the kind of
 * place an incident hit `#loc` ("Health Building", "Home", "Road", "No Information"): read as places, one
 * file made 2,844 of them, each region's figures sat on "Health Building" and "Road" and never on the
 * region, and "No Information" became a place. The cells tell such a column from one of towns or camps: a
 * few values, each written under many areas (a country's or admin 1's cells), where a town's name stays
 * under its own area. Such a column is read as a breakdown, `location-type`, and its figures stay at the
 * row's admin area; the report says so.
 *
 * One pass over at most SAMPLE_ROWS rows, before the layout is read; memory bounded by the caps below.
 */
import type { HxlRows } from './parse-hxl.js';
import { formatHashtag, type HxlTag } from './hxl-tags.js';

const SAMPLE_ROWS = 20_000;
/** More values than this and the column names places. */
const MAX_KINDS = 40;
/** Under how many areas a kind must be written, and how many kinds must be, for the column to hold kinds. */
const AREAS_PER_KIND = 3;
const KINDS_SPREAD = 3;
/** A column of kinds repeats them: rows at least this many times its values. */
const ROWS_PER_KIND = 10;

export interface SiteTypes {
  tags: (HxlTag | null)[];
  note: string;
}

/** The table's hashtags with a `#loc` column of kinds of site read as a breakdown (see above); undefined where none is. */
export function siteTypeColumns(table: HxlRows): SiteTypes | undefined {
  const { tags } = table;
  const locs = tags.flatMap((t, c) => (t !== null && t.tag === '#loc' && !t.attributes.some((a) => a === 'code' || a === 'id' || a === 'pcode' || a === 'market' || a === 'area' || a.startsWith('level')) ? [c] : []));
  // (only beside the admin areas it would sit under: without them a #loc is the row's only place)
  const areas = tags.flatMap((t, c) => (t !== null && /^#(?:country|adm[0-3])$/.test(t.tag) && !t.attributes.some((a) => a === 'origin' || a === 'funder' || a === 'donor') ? [c] : []));
  if (locs.length !== 1 || areas.length === 0) return undefined;
  const loc = locs[0]!;
  const kinds = new Map<string, Set<string>>();
  let rows = 0;
  let tooMany = false;
  table.eachRow((row) => {
    if (tooMany || rows >= SAMPLE_ROWS) return;
    const cell = (row.cells[loc] ?? '').trim();
    if (cell === '') return;
    rows++;
    let under = kinds.get(cell);
    if (under === undefined) {
      if (kinds.size >= MAX_KINDS) {
        tooMany = true;
        return;
      }
      kinds.set(cell, (under = new Set()));
    }
    if (under.size <= AREAS_PER_KIND) under.add(areas.map((c) => (row.cells[c] ?? '').trim().toLowerCase()).join('\u0000'));
  });
  if (tooMany || kinds.size === 0 || rows < kinds.size * ROWS_PER_KIND) return undefined;
  const spread = [...kinds.values()].filter((under) => under.size >= AREAS_PER_KIND).length;
  if (spread < KINDS_SPREAD) return undefined;
  const out = [...tags];
  // (a publisher's own hashtag of a kind, which the breakdown reading takes as the dimension "location-type")
  out[loc] = { tag: '#x_location_type', attributes: [] };
  const shown = [...kinds.keys()].slice(0, 3).map((k) => `'${k.slice(0, 30)}'`).join(', ');
  return {
    tags: out,
    note: `column ${loc + 1} ${JSON.stringify((table.labels[loc] ?? '').slice(0, 40))} ${formatHashtag(tags[loc]!)} holds kinds of site, not places (${kinds.size} values, such as ${shown}, each written under many areas): read as a breakdown, location-type, and the figures stay at each row's admin area`,
  };
}
