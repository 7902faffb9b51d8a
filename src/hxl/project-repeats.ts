/**
 * Rows of a wide file that repeat one project's figures for each of its areas. A who-does-what-
 * where (3W/4W) export lists a project once per location: IFRC's 3W gives an Armenian cash
 * project's 6,120 people targeted on 11 rows, one per province, every other cell the same. Read
 * row by row, each province would get 6,120 of its own, and Armenia 67,320. Such rows are told
 * apart here, in the pre-pass, so that the import reads their figures once, at the place all
 * their areas share.
 *
 * Memory stays bounded: rows are keyed by a 52-bit hash of their cells (never their text), with
 * the first row's area and a few lines, for at most CANDIDATE_CAP keys. The first rows (the
 * sample the import decides from) say whether the file lists projects per area at all; where
 * they do not, the rest of the file is not looked at, and costs nothing.
 */
import type { CsvRecord } from './parse-hxl.js';
import { parseFigureValue } from './hxl-values.js';
import { hash52 } from './seen-ids.js';

/** Rows read as one project's figures listed for several areas. */
export interface ProjectGroup {
  /** the line of its first row: the figures are read there, once; its other rows are not read */
  firstLine: number;
  /** how many rows list it */
  rows: number;
  /** how many place levels below the country (shallowest first) all its rows share: 0, the country */
  shared: number;
  /** the first few rows' lines and areas, for the notes */
  lines: number[];
  areas: string[];
  /**
   * another project has the same cells but its figures, in areas that share the same place: each
   * is then a part of that place's figure, told apart by its first line (a `record` breakdown)
   */
  apart: boolean;
}

interface Candidate extends Omit<ProjectGroup, 'apart'> {
  /** its project cells without its figures, hashed */
  project: number;
  /** the first row's place cells, a hash per level below the country */
  levels: number[];
  /** how many different numbers other than zero its figure cells hold */
  values: number;
  /** the most significant digits of one of them (6120: 3; 13225700: 6) */
  digits: number;
  /** whether a row names another place than the first */
  differs: boolean;
}

/** A number with this many significant digits is no coincidence between two areas (12,345; 13,225,700; not 10,000 or 1,122). */
const EVIDENT_DIGITS = 5;

/** How many keys of rows a file's pre-pass follows at most (each a few hundred bytes), as SERIES_CAP does places and dates. */
const CANDIDATE_CAP = 200_000;

/** How many lines and areas a group keeps for its notes. */
const NAMED = 5;

export class ProjectRepeats {
  /** keys seen on several rows */
  private readonly candidates = new Map<number, Candidate>();
  /**
   * keys seen on one row so far: a slot in `slots` (its line, then a hash for each place level)
   * and in `slotAreas`; typed arrays rather than an object each, the many rows of a file that
   * are no project's cost about a tenth
   */
  private readonly firsts = new Map<number, number>();
  private slots = new Float64Array(0);
  private readonly slotAreas: string[] = [];
  /** 'sample' while the first rows are read; then 'file' where they list projects per area, 'off' where not */
  private phase: 'sample' | 'file' | 'off' = 'sample';
  private groups: ReadonlyMap<number, ProjectGroup> = new Map();

  /**
   * @param figureColumns the columns read as figures
   * @param projectColumns every other column the import uses but the places below the country
   *   (breakdowns, dates and periods, context, the country)
   * @param levelColumns the place columns below the country, a list for each level, shallowest first
   * @param cellOf a cell's text as the import reads it
   */
  constructor(
    private readonly figureColumns: readonly number[],
    private readonly projectColumns: readonly number[],
    private readonly levelColumns: ReadonlyArray<readonly number[]>,
    private readonly cellOf: (row: CsvRecord, index: number) => string,
  ) {}

  /** Learns a row of the pre-pass; `sampled` while the row is among the first the import decides from. */
  learn(row: CsvRecord, sampled: boolean): void {
    if (!sampled && this.phase === 'sample') this.endSample();
    if (this.phase === 'off') return;
    const key = this.keyOf(row);
    if (key === undefined) return;
    const seen = this.candidates.get(key) ?? this.promote(key, row);
    if (seen === undefined) {
      // (past the cap, a row of a new key is not followed: it is read as before, its area's own)
      if (this.firsts.size + this.candidates.size >= CANDIDATE_CAP) return;
      const width = 1 + this.levelColumns.length;
      const slot = this.slotAreas.length;
      if ((slot + 1) * width > this.slots.length) {
        const grown = new Float64Array(Math.max(1024, 2 * slot) * width);
        grown.set(this.slots);
        this.slots = grown;
      }
      this.slots[slot * width] = row.line;
      const levels = this.levelsOf(row);
      for (let i = 0; i < levels.length; i++) this.slots[slot * width + 1 + i] = levels[i]!;
      this.slotAreas.push(this.areaOf(row));
      this.firsts.set(key, slot);
      return;
    }
    const levels = this.levelsOf(row);
    let shared = 0;
    while (shared < seen.shared && levels[shared] === seen.levels[shared]) shared++;
    seen.shared = shared;
    if (!seen.differs) for (let i = 0; i < levels.length; i++) if (levels[i] !== seen.levels[i]) seen.differs = true;
    seen.rows++;
    if (seen.lines.length < NAMED) {
      seen.lines.push(row.line);
      seen.areas.push(this.areaOf(row));
    }
  }

  /** A key's second row: its first, out of the slots, as a candidate (the second has the same figures and project cells). */
  private promote(key: number, row: CsvRecord): Candidate | undefined {
    const slot = this.firsts.get(key);
    if (slot === undefined) return undefined;
    this.firsts.delete(key);
    const width = 1 + this.levelColumns.length;
    const levels: number[] = [];
    for (let i = 0; i < this.levelColumns.length; i++) levels.push(this.slots[slot * width + 1 + i]!);
    const line = this.slots[slot * width]!;
    // (distinct values: 500 targeted and 500 reached, a 3W's common 100 % achievement, are one piece of evidence, not two)
    const seen: number[] = [];
    let digits = 0;
    for (const c of this.figureColumns) {
      const parsed = parseFigureValue(this.cellOf(row, c));
      if (parsed.kind !== 'value' || parsed.value === 0) continue;
      if (!seen.includes(parsed.value)) seen.push(parsed.value);
      digits = Math.max(digits, significantDigits(parsed.value));
    }
    const values = seen.length;
    const candidate: Candidate = { firstLine: line, rows: 1, shared: levels.length, lines: [line], areas: [this.slotAreas[slot]!], levels, values, digits, differs: false, project: this.projectOf(row) };
    this.candidates.set(key, candidate);
    return candidate;
  }

  /**
   * After the pre-pass: which keys are groups. A group's rows name different places and alike
   * everything else the import reads, figures included. Honest per-area files have such rows by
   * chance, so likeness is not enough, and a group needs evidence that chance does not give:
   * - two figure cells or more that are different numbers other than zero (a project's 6,120 targeted and
   *   7,158 reached, alike on each row), or
   * - one with at least EVIDENT_DIGITS significant digits (13,225,700 targeted).
   * The rule was set on real files (each file's likeness read by eye): in a 3W of activities
   * (Guatemala's), up to four activities of one organisation, sector and month reach one small
   * count by chance (106 people in two municipalities; 4 digits at most), in its single figure
   * column; so three rows of one count, which looked like evidence, are none. Per-area files
   * without an organisation (an HNO, DTM) have likeness that two cells would take for a project
   * (DTM: 400 IDPs, 172 men, 228 women in two Haitian communes on one date; an HNO's 450 in need
   * and 450 targeted in nine municipalities): the import looks for projects in 3W files only.
   * A zero is no evidence: many areas have none of something.
   */
  decide(): ReadonlyMap<number, ProjectGroup> {
    const groups = new Map<number, ProjectGroup>();
    // (two projects of one organisation, sector and dates whose areas share one place: their figures there would be one)
    const places = new Map<number, number>();
    const placeOf = (c: Candidate) => hash52(`${c.project}|${c.levels.slice(0, c.shared).join('|')}`);
    for (const c of this.candidates.values()) {
      if (!isGroup(c)) continue;
      const place = placeOf(c);
      places.set(place, (places.get(place) ?? 0) + 1);
    }
    for (const [key, c] of this.candidates) {
      if (isGroup(c)) groups.set(key, { firstLine: c.firstLine, rows: c.rows, shared: c.shared, lines: c.lines, areas: c.areas, apart: places.get(placeOf(c))! > 1 });
    }
    this.forget();
    this.groups = groups;
    return groups;
  }

  /** The group a row of the main pass belongs to, if any. */
  groupOf(row: CsvRecord): ProjectGroup | undefined {
    if (this.groups.size === 0) return undefined;
    const key = this.keyOf(row);
    return key === undefined ? undefined : this.groups.get(key);
  }

  /** The row with the place cells its group's rows do not share emptied: its place is then the one they share. */
  sharedPlaceRow(row: CsvRecord, group: ProjectGroup): CsvRecord {
    const cells = row.cells.slice();
    for (let level = group.shared; level < this.levelColumns.length; level++) for (const c of this.levelColumns[level]!) if (c < cells.length) cells[c] = '';
    return { ...row, cells };
  }

  /** The end of the sample, which decides whether the rest of the file is looked at: only where it lists a project per area. */
  private endSample(): void {
    let some = false;
    for (const c of this.candidates.values()) if ((some = isGroup(c))) break;
    this.phase = some ? 'file' : 'off';
    if (!some) this.forget();
  }

  /** A row's figure and project cells, hashed; undefined where it has no figure cell. */
  private keyOf(row: CsvRecord): number | undefined {
    let key = '';
    let any = false;
    for (const c of this.figureColumns) {
      const cell = this.cellOf(row, c);
      if (cell !== '') any = true;
      // (each cell clipped, as the import's other keys are: a file of huge cells makes no huge key)
      key += `${cell.slice(0, 120)}\u0000`;
    }
    if (!any) return undefined;
    for (const c of this.projectColumns) key += `${this.cellOf(row, c).slice(0, 120)}\u0000`;
    return hash52(key);
  }

  private forget(): void {
    this.candidates.clear();
    this.firsts.clear();
    this.slots = new Float64Array(0);
    this.slotAreas.length = 0;
  }

  /** A row's project cells without its figures, hashed. */
  private projectOf(row: CsvRecord): number {
    let key = '';
    for (const c of this.projectColumns) key += `${this.cellOf(row, c).slice(0, 120)}\u0000`;
    return hash52(key);
  }

  private levelsOf(row: CsvRecord): number[] {
    const out: number[] = [];
    for (const cols of this.levelColumns) {
      let cells = '';
      for (const c of cols) cells += `${this.cellOf(row, c).slice(0, 120)}\u0000`;
      out.push(hash52(cells));
    }
    return out;
  }

  /** The row's most precise place as written (a name before a code), for the notes. */
  private areaOf(row: CsvRecord): string {
    for (let level = this.levelColumns.length - 1; level >= 0; level--) {
      for (const c of this.levelColumns[level]!) {
        const cell = this.cellOf(row, c);
        if (cell !== '') return cell.length <= 40 ? cell : `${cell.slice(0, 39)}…`;
      }
    }
    return '';
  }
}

/** Whether a candidate is a group: rows in different places, and the evidence decide() gives. */
function isGroup(c: Candidate): boolean {
  return c.differs && (c.values >= 2 || c.digits >= EVIDENT_DIGITS);
}

/** How many significant digits a number has: 6120 has 3, 13225700 has 6, 0.25 has 2. */
function significantDigits(value: number): number {
  return String(Math.abs(value)).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** "lines 3, 4, 5, 6, 7 and 6 more: Aragatsotn, Ararat, Armavir, Gegharkunik, Kotayk ..." */
function describeRows(group: ProjectGroup): string {
  const more = group.rows - group.lines.length;
  const areas = group.areas.filter((a) => a !== '');
  return `lines ${group.lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}${areas.length > 0 ? `: ${areas.join(', ')}${more > 0 ? ' ...' : ''}` : ''}`;
}

/** The label of a figure of a group: its own label, and for how many areas the file lists it. */
export function projectLabel(label: string, group: ProjectGroup): string {
  return `${label} (a project's total, listed for ${group.rows} areas${group.apart ? `, from line ${group.firstLine}` : ''})`;
}

/** The note of a figure of a group: which rows list it, and why it is read once. */
export function projectNote(group: ProjectGroup): string {
  const apart = group.apart ? ' Another project of the file has the same cells but its figures, in areas that share this place: each is a part of the place\'s figure, told apart by its first line (the record).' : '';
  return `The file gives these figures, and every other cell read, alike on ${group.rows} rows that differ only in their area (${describeRows(group)}): one project's total listed once per area, not each area's own figure; read once, at the place the areas share.${apart}`;
}

/** The report's note on the groups of a file: how many rows and projects, the first of them. */
export function describeProjectGroups(groups: ReadonlyMap<number, ProjectGroup>): string {
  let rows = 0;
  const first: string[] = [];
  for (const group of groups.values()) {
    rows += group.rows;
    if (first.length < 3) first.push(describeRows(group));
  }
  const n = groups.size;
  return `${rows} rows list ${n === 1 ? 'a project' : `${n} projects`} once per area, with the same figures and every other cell read alike but the place (${first.join('; ')}${n > 3 ? `; and ${n - 3} more` : ''}): ${n === 1 ? "the project's totals" : "each project's totals"}, not each area's own figures, so they are read once, at the place the areas share (the country, or the admin area above them)`;
}
