/**
 * Places of an HXL file: #country / #adm0 (a country by ISO3 code or English name) and
 * #adm1..#adm3 (admin areas by p-code and name), in any combination. A row's place is its
 * deepest filled level; the levels above it become its parents; a row with every admin column
 * empty is its country (a national row). Where the file has no country column, a p-code's
 * prefix names the country, and a file whose p-codes all name one country gives that country
 * to its national rows. Ids: a country is its ISO3 code, an admin area its p-code (or, without
 * one, the country code and the name: `pan-los-santos`). Pure.
 */
import { countryByIso3, countryOfPcode, findCountry, findCountryInTable, isTerritoryOf, type Country } from '../domain/countries.js';
import type { Place } from '../facts/schema.js';
import { PCODE, PLACE_ID } from '../facts/rules.js';
import type { HxlTag } from './hxl-tags.js';
import { isNoPlace, kebab } from './hxl-values.js';
import { formerCountry } from './former-codes.js';

/** The columns of one level: code and name (either may be missing). */
export interface LevelColumns {
  /** 0 for #country / #adm0, 1 to 3 for #adm1..#adm3 */
  level: number;
  code?: number;
  name?: number;
  /** a source's own spelling of the name (+provider), read where the standard name is empty */
  altName?: number;
  /** an IPC or Cadre Harmonisé analysis area (#loc+area), which an analysis may group under another admin 1 than the last */
  analysisArea?: boolean;
}

const LEVEL_OF_TAG: ReadonlyMap<string, number> = new Map([
  ['#country', 0],
  ['#adm0', 0],
  ['#adm1', 1],
  ['#adm2', 2],
  ['#adm3', 3],
  // a location below the admin levels (a town, a camp, a region): a place without a level
  ['#loc', 4],
  // and so, where the file has no #loc, an area of admin level 4 (Libya's muhallas) or a village or site of IOM's
  // DTM lists (#village+code, #village+name): each row of such a list is its own place, never a repeat of its area's
  ['#adm4', 4],
  ['#village', 4],
  ['#site', 4],
  ['#settlement', 4],
]);
const NOT_THE_PLACE = new Set(['funder', 'donor', 'src', 'source', 'origin']);
const CODE_ATTRIBUTES = new Set(['code', 'pcode', 'id', 'iso3', 'iso2', 'iso', 'v_pcode', 'v_iso3', 'v_iso2']);

/**
 * The place columns of a table, by level, shallowest first. A code column has a code attribute
 * (+code, +pcode, +iso3 ...); a name column has +name or no attribute. Where two columns name
 * the same thing, the one without +provider (a source's own spelling) wins.
 */
export function placeColumns(tags: readonly (HxlTag | null)[], taken: readonly (string | null)[]): { levels: LevelColumns[]; used: Map<number, string> } {
  const byLevel = new Map<number, LevelColumns & { codeProvider?: boolean; nameProvider?: boolean }>();
  const used = new Map<number, string>();
  tags.forEach((t, c) => {
    if (!t || taken[c] !== null) return;
    let level = LEVEL_OF_TAG.get(t.tag);
    if (level === undefined) return;
    // (one column of places below the admin levels: #loc where the file has it, else the first of the others)
    if (level === 4 && t.tag !== '#loc' && tags.some((o, k) => o !== null && taken[k] === null && (o.tag === '#loc' || (o.tag !== t.tag && LEVEL_OF_TAG.get(o.tag) === 4 && k < c)))) return;
    let attrs = t.attributes.filter((a) => !/^i_[a-z]{2,3}$/.test(a));
    let area = false;
    if (level === 4) {
      // IPC and Cadre Harmonisé tables: #loc+level1 is an admin area of level 1 by name, #loc+area
      // the analysis area (a district, a livelihood zone), a place without level below it
      const n = attrs.map((a) => /^level([1-3])$/.exec(a)?.[1]).find((x) => x !== undefined);
      if (n !== undefined) level = Number(n);
      area = attrs.includes('area');
      attrs = attrs.filter((a) => !/^level[1-3]$/.test(a) && a !== 'area');
    }
    // a funder's or an origin's country (FTS flows, refugee tables) is not where the figure is
    if (attrs.some((a) => NOT_THE_PLACE.has(a))) return;
    const provider = attrs.includes('provider');
    const meaning = attrs.filter((a) => a !== 'provider');
    const cols = byLevel.get(level) ?? { level };
    byLevel.set(level, cols);
    if (area) cols.analysisArea = true;
    if (meaning.some((a) => CODE_ATTRIBUTES.has(a))) {
      if (cols.code === undefined || (cols.codeProvider && !provider)) {
        cols.code = c;
        cols.codeProvider = provider;
      }
    } else if (meaning.length === 0 || (meaning.length === 1 && meaning[0] === 'name')) {
      if (cols.name === undefined || (cols.nameProvider && !provider)) {
        if (cols.name !== undefined && cols.altName === undefined) cols.altName = cols.name;
        cols.name = c;
        cols.nameProvider = provider;
      } else if (cols.altName === undefined) {
        // (a provider's spelling, or the name in another language, +i_ar beside the English: read where the name is empty)
        cols.altName = c;
      }
    }
  });
  // a location's name beside its code, both narrowed the same way (WFP's and HAPI's markets:
  // #loc+market+code 2641 and #loc+market+name "Managua (oriental)"): the place's name
  const loc = byLevel.get(4);
  if (loc?.code !== undefined && loc.name === undefined) {
    const narrowing = (c: number, drop: (a: string) => boolean) =>
      tags[c]!.attributes.filter((a) => !drop(a) && a !== 'provider' && !/^i_[a-z]{2,3}$/.test(a)).sort().join('+');
    const wanted = narrowing(loc.code, (a) => CODE_ATTRIBUTES.has(a));
    const name = tags.findIndex((t, c) => t !== null && t.tag === '#loc' && taken[c] === null && t.attributes.includes('name') && narrowing(c, (a) => a === 'name') === wanted);
    if (wanted !== '' && name !== -1) loc.name = name;
  }
  const levels: LevelColumns[] = [];
  for (const level of [...byLevel.keys()].sort()) {
    const { codeProvider: _c, nameProvider: _n, ...cols } = byLevel.get(level)!;
    const tag = level === 0 ? 'country' : level === 4 ? 'loc' : `adm${level}`;
    if (cols.code !== undefined) used.set(cols.code, `place (#${tag} code)`);
    if (cols.name !== undefined) used.set(cols.name, `place name (#${tag})`);
    if (cols.altName !== undefined) used.set(cols.altName, `place name (#${tag}, another spelling or language, where the standard columns are empty)`);
    levels.push(cols);
  }
  return { levels, used };
}

/**
 * What data tools write in an empty place cell: pandas' `nan`, ArcGIS's `<Null>`, `None`, `-`.
 * Narrower than the "no value" of figure cells: `NA` is Namibia's ISO2 code.
 */
const PLACEHOLDER = /^(?:nan|null|none|<null>|n\/a|#n\/a|-|_)$/i;

/** Whether a place cell holds only what a data tool writes for "empty" (see PLACEHOLDER). */
export function isPlaceholderCell(cell: string): boolean {
  return PLACEHOLDER.test(cell.trim());
}

export type PlaceResult = { ok: true; id: string } | { ok: false; reason: string };

/** Countries with a first-level area of the country's own name (Djibouti's region Djibouti, the department of Guatemala, Panamá, México). */
const AREA_NAMED_AS_COUNTRY: ReadonlySet<string> = new Set(['DJI', 'GTM', 'PAN', 'MEX', 'LUX', 'BLZ', 'SGP', 'MCO', 'SMR', 'AND', 'KWT']);

/** Builds the places of a file as its rows are read: one Map lookup per level and row. */
/** How many p-codes written with several names are remembered, and how many names each (for the note). */
const NAMED_CODES_CAP = 1000;
/** How many places keep the code (no p-code) they were first given, to tell apart places of one name by code. */
const NAMED_CODES_CAP_IDS = 200_000;
const NAMES_CAP = 20;

export class PlaceBook {
  private readonly places = new Map<string, Place>();
  /** level|code-or-name -> place id, for admin areas without a p-code */
  private readonly byKey = new Map<string, string>();
  /** a country code that names no current country -> what was done with it, said once for the file */
  private readonly codeNotes = new Map<string, string>();

  /**
   * @param fileCountry the country of the whole file, where its p-codes or country cells all name
   *   one (national rows and areas without a code get it)
   */
  constructor(
    private readonly fileCountry: Country | undefined,
    /** the country column follows another list than ISO 3166: none of its codes is read as an ISO country (said once by the import) */
    private readonly untrustedCodes = false,
    /** a location without a code named alike under two areas is two places (a site type, "Education Building"); not an IPC analysis area, which analyses regroup */
    private readonly locationsApart = false,
    /**
     * an admin 2 or 3 area without a p-code named as one under another area is another place (ACLED's Twic of
     * Warrap and of Jonglei); not in an IPC table, whose analyses regroup areas under other level-1 names
     */
    private readonly areasApart = false,
  ) {}

  /** The level of a place this book made (0 a country), or undefined for one of no level. */
  levelOf(id: string): number | undefined {
    return this.places.get(id)?.level;
  }

  /** The country (ISO3) a place of the file is in, where known. */
  iso3Of(id: string): string | undefined {
    return this.places.get(id)?.iso3;
  }

  /** What the file's withdrawn and non-ISO country codes were read as, once each. */
  notes(): string[] {
    const out = [...this.codeNotes.values()];
    if (this.namesOfCode.size > 0) {
      const shown = [...this.namesOfCode].slice(0, 3).map(([code, names]) => `${clipCode(code)} (${names.slice(0, 4).map((n) => `'${n.slice(0, 40)}'`).join(', ')}${names.length > 4 ? ' ...' : ''})`);
      out.push(
        `${this.namesOfCode.size}${this.namesOfCode.size >= NAMED_CODES_CAP ? ' or more' : ''} p-code${this.namesOfCode.size === 1 ? ' is' : 's are'} written with several names: ${shown.join(', ')}${this.namesOfCode.size > 3 ? ', ...' : ''}; each is one place, named as first written, and its rows are kept under it: check the file's codes (they may be cut short or reused)`,
      );
    }
    if (this.unnested.size > 0) {
      const shown = [...this.unnested].slice(0, 3).map(([code, parent]) => `${clipCode(code)} under ${clipCode(parent)}${this.places.get(parent)?.name ? ` '${this.places.get(parent)!.name.slice(0, 40)}'` : ''}`);
      out.push(
        `${this.unnested.size}${this.unnested.size >= NAMED_CODES_CAP ? ' or more' : ''} p-code${this.unnested.size === 1 ? ' does' : 's do'} not begin with the p-code of the area the row names as ${this.unnested.size === 1 ? 'its' : 'their'} parent (${shown.join(', ')}${this.unnested.size > 3 ? ', ...' : ''}): one of the two codes is wrong, so ${this.unnested.size === 1 ? 'it is' : 'each is'} placed under the nearest code above it that it begins with, else under its country, not under that area (--within of the area leaves ${this.unnested.size === 1 ? 'it' : 'them'} out): check the file's codes`,
      );
    }
    if (this.notPcodes.size > 0) {
      const shown = [...this.notPcodes].slice(0, 3).map((code) => `'${clipCode(code)}'`);
      out.push(
        `${this.notPcodes.size}${this.notPcodes.size >= NAMED_CODES_CAP ? ' or more' : ''} admin code${this.notPcodes.size === 1 ? ' is not a p-code' : 's are not p-codes'} (${shown.join(', ')}${this.notPcodes.size > 3 ? ', ...' : ''}; a p-code is an ISO2 or ISO3 country code followed by a digit, such as AF01 or MLI0101): ${this.notPcodes.size === 1 ? 'its place is' : 'their places are'} known by ${this.notPcodes.size === 1 ? 'its name' : 'their names'} and carr${this.notPcodes.size === 1 ? 'ies' : 'y'} no p-code, so --place and --within take the name, not the code`,
      );
    }
    if (this.namedApart.length > 0) {
      out.push(
        `admin areas without a p-code have one name under two areas, each a place of its own: ${this.namedApart.join('; ')}${this.namedApart.length >= 3 ? '; ...' : ''}; the first row's is named alone and the others under their parent, so which is which follows the order of the rows: compare two editions of the file by place name and parent, not by id`,
      );
    }
    if (this.codedApart.length > 0) {
      out.push(`areas of one name under one area with different codes (not p-codes) are places of their own, the second's id ending in its code: ${this.codedApart.join('; ')}${this.codedApart.length >= 3 ? '; ...' : ''}`);
    }
    if (this.countless.length > 0) {
      out.push(`no column names the country and no p-code says it: admin areas such as ${this.countless.map((id) => `'${clipCode(id)}'`).join(', ')} are in no country (--within cannot reach them; --country ISO3 gives the file its country)`);
    }
    return out;
  }

  /** admin codes that are not p-codes (IOM DTM's 'IRQ-G01'), for the note (bounded: NAMED_CODES_CAP) */
  private readonly notPcodes = new Set<string>();
  /** the code (no p-code) a place of a name was first given, as written (at most NAMED_CODES_CAP_IDS) */
  private readonly codeOfId = new Map<string, string>();
  /** places of one name, level and parent told apart by their codes, for the note (the first three) */
  private readonly codedApart: string[] = [];

  /** the first few admin areas of one name under two areas, each a place of its own, for the note */
  private readonly namedApart: string[] = [];

  /** the first few admin areas made without a country, for the note */
  private readonly countless: string[] = [];

  /** p-codes that do not begin with the p-code of the parent their row gives (a file's broken admin 1 codes): code -> that parent */
  private readonly unnested = new Map<string, string>();

  /** p-codes written with other names than the first (a truncated code shared by ten states): code -> the names, first one first */
  private readonly namesOfCode = new Map<string, string[]>();

  /** Records a name a row gives a p-code already named otherwise (bounded: NAMED_CODES_CAP codes, NAMES_CAP names each). */
  private noteName(code: string, first: string, name: string): void {
    if (name === '' || name.toLowerCase() === first.toLowerCase()) return;
    let names = this.namesOfCode.get(code);
    if (names === undefined) {
      if (this.namesOfCode.size >= NAMED_CODES_CAP) return;
      this.namesOfCode.set(code, (names = [first]));
    }
    if (names.length < NAMES_CAP && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }

  /**
   * The places made so far, in the order first seen. A place of a p-code put under its country for
   * want of an admin 1 cell on its rows (HNO's districts, "AF0101" with its province cell empty) goes
   * under the place of the longest p-code of a level above that its code begins with ("AF01", Kabul
   * province), where the file gives one: a province's --within then holds its districts. (Up to
   * twelve prefixes a place, each a lookup: linear.)
   */
  list(): Place[] {
    for (const place of this.places.values()) {
      if (place.pcode === undefined || place.level === undefined || place.level < 2 || place.iso3 === undefined || place.parent !== place.iso3) continue;
      for (let n = place.pcode.length - 1; n >= 3; n--) {
        const above = this.places.get(place.pcode.slice(0, n));
        if (above !== undefined && above.level !== undefined && above.level >= 1 && above.level < place.level && above.iso3 === place.iso3) {
          place.parent = above.id;
          break;
        }
      }
    }
    // a district under a province the row named without its code ("Barh-El-Gazel" with the code cell empty, TD1902 under
    // it): under the province of that name whose p-code its own begins with (TD19, named on other rows), not a second one
    for (const place of this.places.values()) {
      if (place.pcode === undefined || place.parent === undefined) continue;
      const above = this.places.get(place.parent);
      if (above === undefined || above.pcode !== undefined || above.level === undefined || above.level < 1 || above.iso3 !== place.iso3) continue;
      for (let n = place.pcode.length - 1; n >= 3; n--) {
        const coded = this.places.get(place.pcode.slice(0, n));
        if (coded !== undefined && coded.level === above.level && coded.iso3 === above.iso3 && sameName(coded.name, above.name)) {
          place.parent = coded.id;
          break;
        }
      }
    }
    return [...this.places.values()];
  }

  private add(place: Place): string {
    if (!this.places.has(place.id)) this.places.set(place.id, place);
    return place.id;
  }

  private country(c: Country, name: string): string {
    if (this.places.has(c.iso3)) return c.iso3;
    // the file's name where it is one of the country's names ("Türkiye", "DR Congo"); else the English
    // name, so that --place and --within find it by that: a misspelt cell ("Mozambiaue" with MOZ), a name
    // in another language ("Tchad"), or an abbreviation ("CAR") is no name users will look it up by
    // (an abbreviation: three letters or fewer not in title case, "CAR", "DRC", "oPt"; "IRAN", "CHAD", "Laos" are names)
    const abbreviation = name.length <= 3 && !/^\p{Lu}\p{Ll}+$/u.test(name);
    const own = name !== '' && !abbreviation && findCountry(name)?.iso3 === c.iso3;
    return this.add({ id: c.iso3, name: (own ? name : c.name).slice(0, 200), iso3: c.iso3, level: 0 });
  }

  /** The place of a row, given the code and name cells of each level (shallowest first). */
  placeOf(raw: ReadonlyArray<{ level: number; code: string; name: string }>): PlaceResult {
    let country: Country | undefined;
    let renamed = false;
    let countryCell: { code: string; name: string } | undefined;
    const admin: Array<{ level: number; code: string; name: string }> = [];
    for (const r of raw) {
      const cell = PLACEHOLDER.test(r.code) || PLACEHOLDER.test(r.name) ? { level: r.level, code: PLACEHOLDER.test(r.code) ? '' : r.code, name: PLACEHOLDER.test(r.name) ? '' : r.name } : r;
      if (cell.level === 0 && /[,;|]/.test(cell.code)) return { ok: false, reason: `'${cell.code.slice(0, 40)}' names several countries; a figure has one place` };
      if (cell.level === 0) countryCell = cell;
      else if (cell.code !== '' || cell.name !== '') admin.push(cell);
    }
    if (countryCell && (countryCell.code !== '' || countryCell.name !== '')) {
      // (where the codes are untrusted, a name cell that is a three-letter code is one of them too)
      const byCode = (!this.untrustedCodes && countryCell.code && findCountry(countryCell.code)) || undefined;
      // (a name in Spanish, French or Portuguese too: R4V's "Brasil", "República Dominicana")
      const byName = (countryCell.name && !(this.untrustedCodes && /^[A-Za-z]{3}$/.test(countryCell.name)) && findCountryInTable(countryCell.name)) || undefined;
      country = byCode ?? byName;
      // "Madagascar Flash Appeal", "Mozambique Gombe Flash Appeal" in a country column with no code (HPC's plans of a
      // year): the appeal of that one country, its country (not "Ukraine (RRP)", a regional plan for the refugees of one)
      if (country === undefined && countryCell.code === '' && countryCell.name !== '') {
        country = flashAppealCountry(countryCell.name);
        if (country !== undefined && !this.codeNotes.has(countryCell.name) && this.codeNotes.size < 100) this.codeNotes.set(countryCell.name, `'${clipCode(countryCell.name)}' is read as ${country.name} (${country.iso3}): an appeal or a plan for one country`);
      }
      // a code and a name of two countries ("Zimbabwe" with ZMB, Zambia's code): the admin p-codes decide, else neither
      // (a name of two or three capitals is a code or a placeholder, "NA", not a name)
      // (a territory's code beside its state's name, JHU's "Hong Kong,China,...,HKG": the territory, its name in an admin
      // cell no area of it)
      if (byCode !== undefined && byName !== undefined && isTerritoryOf(byCode.iso3, byName.iso3)) {
        country = byCode;
        for (let i = admin.length - 1; i >= 0; i--) if (admin[i]!.code === '' && findCountry(admin[i]!.name)?.iso3 === byCode.iso3) admin.splice(i, 1);
      } else if (byCode !== undefined && byName !== undefined && byCode.iso3 !== byName.iso3 && !NO_NAME.test(countryCell.name.trim())) {
        const pcodeCountry = admin.map((a) => (a.code ? countryOfPcode(a.code) : undefined)).find((c) => c !== undefined);
        if (pcodeCountry?.iso3 === byCode.iso3 || pcodeCountry?.iso3 === byName.iso3) {
          country = pcodeCountry;
          // (said once a pair: the file's country column is wrong on those rows)
          const pair = `${byCode.iso3}\u0000${byName.iso3}`;
          if (!this.codeNotes.has(pair) && this.codeNotes.size < 100) {
            const wrong = pcodeCountry.iso3 === byCode.iso3 ? `name '${clipCode(countryCell.name)}'` : `code ${clipCode(countryCell.code)}`;
            this.codeNotes.set(pair, `the country code ${clipCode(countryCell.code)} (${byCode.name}) and the country name '${clipCode(countryCell.name)}' (${byName.iso3}) name two countries; the p-codes (${clipCode(admin.find((a) => a.code !== '')!.code)}) say ${pcodeCountry.name}, so its rows are read as ${pcodeCountry.iso3} and the ${wrong} is taken for a slip: check it`);
          }
        } else return { ok: false, reason: `the country code ${clipCode(countryCell.code)} (${byCode.name}) and the country name '${clipCode(countryCell.name)}' (${byName.iso3}) name two countries, and no p-code says which` };
      }
      const code = countryCell.code.toUpperCase().trim();
      const former = country === undefined && code !== '' && !this.untrustedCodes ? formerCountry(code) : undefined;
      // a withdrawn code of a country renamed, or merged into another (ZAR: Zaire, now COD): that country now
      if (former?.now !== undefined) {
        country = countryByIso3(former.now);
        renamed = true;
        if (country && !this.codeNotes.has(code)) this.codeNotes.set(code, `'${code}' is the withdrawn ISO 3166 code of ${former.name} (until ${former.until}), now ${country.name} (${country.iso3}): its rows are read as ${country.iso3}`);
      }
      if (country === undefined) {
        // a code that is no country (IDMC's AB9, Abyei Area; YUG, which split into several): a
        // place of its own, without level or country, and said once
        // (a code of the file's own list, UNHCR's AUS for Austria, never takes the id or the name of the ISO country
        // it spells, Australia's AUS: `--place AUS` must not answer with Austria)
        // (a bare #country cell of three letters in such a file is one of its codes too)
        const ownCode = !this.untrustedCodes ? '' : code !== '' ? (countryCell.name === '' ? code : '') : /^[A-Za-z]{3}$/.test(countryCell.name.trim()) ? countryCell.name.trim().toUpperCase() : '';
        const id = ownCode ? kebab(`code ${ownCode}`) : PLACE_ID.test(code) ? code : kebab(countryCell.name || countryCell.code);
        if (!id) return { ok: false, reason: `'${clipCode(countryCell.code || countryCell.name)}' is not a country` };
        const name = (ownCode ? `${ownCode} (the file's own code, not ISO 3166)` : (former?.name ?? (countryCell.name || countryCell.code))).slice(0, 200);
        if (!this.codeNotes.has(id) && !this.untrustedCodes) {
          this.codeNotes.set(
            id,
            former
              ? `'${clipCode(code)}' is the withdrawn ISO 3166 code of ${former.name} (until ${former.until}), which split into several countries: its rows have a place of their own, '${clipCode(id)}', in no country`
              : `'${clipCode(countryCell.code || countryCell.name)}'${countryCell.name && countryCell.code ? ` (${clipCode(countryCell.name)})` : ''} is no ISO 3166 country: its rows have a place of their own, '${clipCode(id)}', in no country`,
          );
        }
        if (admin.length === 0) return { ok: true, id: this.add({ id, name }) };
      }
    }
    if (country === undefined) {
      for (const a of admin) {
        const c = a.code ? countryOfPcode(a.code) : undefined;
        if (c) {
          country = c;
          break;
        }
      }
    }
    country ??= this.fileCountry;
    // an admin cell that names the row's own country, with no code ("Afghanistan" in the province column of a
    // mine action table's national row): the country itself, not a province of it
    // (not in a country with a first-level area of its own name: Djibouti's region Djibouti, Guatemala's department)
    if (country !== undefined && !AREA_NAMED_AS_COUNTRY.has(country.iso3)) {
      const own = country.iso3;
      for (let i = admin.length - 1; i >= 0; i--) if (admin[i]!.code === '' && admin[i]!.name.length <= 80 && findCountry(admin[i]!.name)?.iso3 === own) admin.splice(i, 1);
    }
    // a renamed country is named as it is now, not as the file's old name (Zaire)
    let parent = country ? this.country(country, renamed ? '' : (countryCell?.name ?? '')) : undefined;
    if (admin.length === 0) {
      return parent ? { ok: true, id: parent } : { ok: false, reason: 'no place: the admin columns are empty and no country is given' };
    }
    // the p-codes of this row's places so far, the shallowest first
    const chain: string[] = [];
    for (const a of admin) {
      // (a p-code with a dash after its country's letters, "NG-001": the p-code NG001; not an ISO 3166-2
      // subdivision's code of two digits, "KE-30" Nairobi, which is no p-code)
      const code = a.code.toUpperCase().replace(/\s+/g, '').replace(/^([A-Z]{2,3})-(\d{3,}[A-Z0-9]*)$/, '$1$2');
      let id: string;
      if (code && PCODE.test(code)) {
        id = code;
        // the same code as the level above on the row ("SO22, Banadir" as admin 1 and admin 2): that place
        if (parent === id && this.places.has(id)) continue;
        // a p-code that begins with none of the p-codes above it on its row (NG021023, of Katsina, under NG002,
        // Adamawa: the file's admin 1 codes cut short and padded): the codes disagree, so the place goes under
        // its country, and that is said. (A scheme that skips a level, Myanmar's townships under a district
        // MMR001D001, nests in a code further up; a padded one, PH012800000, in its code without the zeros.)
        if (parent !== undefined && parent !== country?.iso3 && PCODE.test(parent) && parent.slice(0, 2) === code.slice(0, 2) && !nestsBelow(code, chain)) {
          if (!this.places.has(id) && (this.unnested.has(code) || this.unnested.size < NAMED_CODES_CAP)) this.unnested.set(code, parent);
          // (under the nearest code above it that it begins with, CF1251 under CF12; else its country)
          parent = [...chain].reverse().find((above) => nestsIn(code, above)) ?? country?.iso3;
        }
        const known = this.places.get(id);
        // (a p-code a file gives at two levels, its own codes broken: one place, at the level first given)
        if (known !== undefined && known.level !== (a.level <= 3 ? a.level : undefined)) {
          return { ok: false, reason: `the p-code ${clipCode(code)} is given here as admin ${a.level} but earlier as ${known.level === 0 ? 'a country' : known.level === undefined ? 'a location' : `admin ${known.level}`}: one p-code names one place` };
        }
        if (known !== undefined && a.name !== '') {
          // a place first known by its code alone (a row that tagged only #adm3+code), named now: named so,
          // and under the parent this row gives where its code nests in it (it was under its country)
          if (known.name === code && a.name.trim() !== '') {
            known.name = a.name.slice(0, 200);
            if (parent !== undefined && parent !== known.parent && known.parent === country?.iso3 && PCODE.test(parent) && nestsIn(code, parent)) known.parent = parent;
          } else this.noteName(code, known.name, a.name.slice(0, 200));
        }
      } else {
        if (code !== '' && !isNoPlace(code) && (this.notPcodes.has(code) || this.notPcodes.size < NAMED_CODES_CAP)) this.notPcodes.add(code);
        const key = `${a.level}|${parent ?? ''}|${code.toLowerCase()}|${a.name.toLowerCase()}`;
        const known = this.byKey.get(key);
        if (known !== undefined) {
          parent = known;
          continue;
        }
        id = kebab(`${country ? country.iso3.toLowerCase() : ''}-${a.name || code}`) || 'place';
        // a district named as its province (Hirat in Hirat) is another place: named under its parent.
        // One name at one level stays one place, whatever its parent (IPC files group a prefecture
        // under another level-1 name from one analysis to the next)
        const taken = this.places.get(id);
        // (but a placeholder, "Unspecified" or "AB01-XXX", is the unnamed part of its parent: one per parent)
        if (parent !== undefined && isNoPlace(a.name || code)) id = kebab(`${parent}-${a.name || code}`) || 'place';
        else if (taken !== undefined && taken.level !== (a.level <= 3 ? a.level : undefined)) id = kebab(`${parent ?? ''}-${a.name || code}`) || 'place';
        // an area of one name under two areas of the level above, each named (ACLED's Twic county of
        // Warrap and of Jonglei; Afghanistan's two Dawlatabad districts): two places, the second named
        // under its parent; the level above must be named for this, so a row that leaves it empty
        // stays with the area of that name
        else if (this.areasApart && taken !== undefined && a.level >= 2 && a.level <= 3 && parent !== undefined && taken.parent !== undefined && taken.parent !== parent && this.places.get(parent)?.level === a.level - 1 && this.places.get(taken.parent)?.level === a.level - 1) {
          id = kebab(`${parent}-${a.name || code}`) || 'place';
          if (!this.places.has(id) && this.namedApart.length < 3) this.namedApart.push(`'${clipCode(a.name || code)}' under '${clipCode(taken.parent)}' and '${clipCode(parent)}' ('${clipCode(taken.id)}', '${clipCode(id)}')`);
        }
        // two locations of one name and different codes (two markets called "Central") are two places
        else if (taken !== undefined && a.level === 4 && code !== '' && a.name !== '') id = kebab(`${country ? country.iso3.toLowerCase() : ''}-${a.name}-${code}`) || 'place';
        // and so are two areas of one name, level and parent whose codes, though no p-codes, differ (IOM DTM's Somalia:
        // the village Xawaadley, NA-3807-L11-003_1, and the IDP site Xawaadley, SOMs027961, both of Balcad)
        else if (taken !== undefined && code !== '' && a.name !== '' && taken.parent === parent && this.codeOfId.has(id) && this.codeOfId.get(id)!.toLowerCase() !== code.toLowerCase()) {
          id = kebab(`${id}-${code}`) || 'place';
          if (this.codedApart.length < 3 && !this.places.has(id)) this.codedApart.push(`'${clipCode(a.name)}' (${clipCode(this.codeOfId.get(taken.id) ?? '')} and ${clipCode(code)})`);
        }
        // and a location of one name under two areas (Insecurity Insight's site type "Education Building" in two provinces) is two
        else if (this.locationsApart && taken !== undefined && a.level === 4 && taken.parent !== parent) id = kebab(`${parent ?? ''}-${a.name || code}`) || 'place';
        // (still a place of another level: a district named as a state, under the country itself or
        // under another state, "NASARAWA" the LGA of Kano and Nasarawa State: the level tells them apart)
        const clash = this.places.get(id);
        if (clash !== undefined && clash.level !== (a.level <= 3 ? a.level : undefined)) id = kebab(`${id}-adm${a.level}`) || 'place';
        this.byKey.set(key, id);
        if (code !== '' && !this.codeOfId.has(id) && this.codeOfId.size < NAMED_CODES_CAP_IDS) this.codeOfId.set(id, code);
      }
      // (a placeholder code with no name, "AF01-XXX", is named as what it marks, never by the code)
      const place: Place = { id, name: (a.name || (isNoPlace(code) ? 'Unspecified' : code)).slice(0, 200) };
      if (a.level <= 3) place.level = a.level;
      if (country) place.iso3 = country.iso3;
      else if (this.countless.length < 3 && !this.places.has(id)) this.countless.push(id);
      if (code && PCODE.test(code)) place.pcode = code;
      if (parent !== undefined && parent !== id) place.parent = parent;
      parent = this.add(place);
      if (PCODE.test(parent)) chain.push(parent);
    }
    return { ok: true, id: parent! };
  }
}

/**
 * Whether a p-code begins with another's; in a scheme of one width, padded with zeros, with the other's
 * trailing zeros taken off (PH012812000 in PH012800000; but NG021023 is not in NG020).
 */
function nestsIn(code: string, above: string): boolean {
  if (code.length !== above.length) return code.startsWith(above);
  const stem = above.replace(/0+$/, '');
  return stem.length > 2 && code.startsWith(stem);
}

/**
 * Whether a p-code nests in the place right above it on its row, or, where that place's code has a
 * segment of letters (Myanmar's district MMR001D001, which its townships' codes skip), in the one above that.
 */
function nestsBelow(code: string, chain: readonly string[]): boolean {
  for (let k = chain.length - 1; k >= 0; k--) {
    if (nestsIn(code, chain[k]!)) return true;
    if (!/^[A-Z]{2,3}\d+[A-Z]+\d/.test(chain[k]!)) return false;
  }
  return false;
}

/** Whether two place names are one, whatever their case, accents, spaces and hyphens ("Barh-El-Gazel", "Barh El Gazel"). */
export function sameName(a: string, b: string): boolean {
  return foldPlaceName(a) === foldPlaceName(b);
}

/** A place name without its case, accents, spaces, hyphens and marks: what sameName compares. */
export function foldPlaceName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A placeholder in a name cell that is also a country's two-letter code: "NA" (Namibia) for "not available". */
const NO_NAME = /^(?:NA|N\/A|ND|NK|NS)$/i;

/** A code as a message shows it: a file's cell may be of any length. */
function clipCode(code: string): string {
  return code.length > 60 ? `${code.slice(0, 60)}...` : code;
}

/** The one country all these codes and names point to, or undefined when none or several. */
export function singleCountry(codes: Iterable<string>): Country | undefined {
  let found: Country | undefined;
  for (const code of codes) {
    const c = countryOfPcode(code) ?? findCountry(code);
    if (c === undefined) continue;
    if (found !== undefined && found.iso3 !== c.iso3) return undefined;
    found = c;
  }
  return found;
}

export { countryByIso3 };

/** The kinds of appeal or plan one country has, as a country column names them after it ("Lebanon ERP", "Ukraine Flash Appeal 2022"). */
const PLAN_KINDS = String.raw`(?:flash\s+appeal|ERP|HRP|HNRP|emergency\s+response\s+plan|humanitarian\s+(?:needs\s+and\s+)?response\s+plan)(?:\s+\d{4})?`;
const ONE_COUNTRY_PLAN = new RegExp(String.raw`^(.{2,80}?)\s+${PLAN_KINDS}$`, 'iu');
/** A cell that ends in such a plan's kind: a cheap test before flashAppealCountry reads its country. */
export const PLAN_NAMED = new RegExp(String.raw`\s${PLAN_KINDS}\s*$`, 'i');

/** The one country a flash appeal's name opens with ("Mozambique Gombe Flash Appeal": Mozambique), or undefined. */
export function flashAppealCountry(name: string): ReturnType<typeof findCountryInTable> | undefined {
  // (and a one-country plan named by its kind: "Lebanon ERP", "Yemen HRP", "Libya Emergency Response Plan"; not a
  // regional refugee plan, "Ukraine (RRP)", "Syria 3RP", whose people are in other countries)
  const m = ONE_COUNTRY_PLAN.exec(name.trim());
  // (not an appeal of several countries or of a region: "Sudan and Chad Flash Appeal", "Ukraine Regional Flash Appeal")
  if (!m || /(?:^|[^\p{L}])(?:and|&|regional|region|sub-?regional)(?![\p{L}])|,/iu.test(m[1]!)) return undefined;
  // (the country's name, or with one or two words after it that name a place or an event in it: "Gombe")
  const words = m[1]!.split(/\s+/);
  for (let drop = 0; drop <= 2 && drop < words.length; drop++) {
    const found = findCountryInTable(words.slice(0, words.length - drop).join(' '));
    if (found) return found;
  }
  return undefined;
}
