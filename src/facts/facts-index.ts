/**
 * A loaded facts file with its figures, places and sources by id, and the id lookup users
 * rely on: exact id, else a unique prefix, else "did you mean".
 */
import { UnknownFigureError, UsageError } from '../errors.js';
import { suggest } from '../domain/suggest.js';
import type { FactsFile, Figure, Place, Source } from './schema.js';
import type { WholeFile } from './stream/figure-sink.js';

export class FactsIndex {
  readonly figures: ReadonlyMap<string, Figure>;
  readonly places: ReadonlyMap<string, Place>;
  readonly sources: ReadonlyMap<string, Source>;

  /**
   * `allIds` lists every figure id of the file when `data` holds only some of its figures (a
   * streamed file read for a few ids): suggestions are then drawn from all of them.
   * `whole` is what a streamed file read for only some figures says of the whole of it (the
   * groups with only breakdowns, for summary; its indicators' names, for history and compare).
   */
  constructor(
    readonly data: FactsFile,
    private readonly allIds?: () => Iterable<string>,
    readonly whole: WholeFile = {},
  ) {
    this.figures = new Map(data.figures.map((f) => [f.id, f]));
    this.places = new Map(data.places.map((p) => [p.id, p]));
    this.sources = new Map(data.sources.map((s) => [s.id, s]));
  }

  /** The figure with this id, or the one whose id starts with it; throws UnknownFigureError. */
  resolveFigure(idOrPrefix: string): Figure {
    if (idOrPrefix.trim() === '') throw new UsageError('a figure id must not be empty');
    const exact = this.figures.get(idOrPrefix);
    if (exact) return exact;
    const matches: Figure[] = [];
    for (const f of this.data.figures) if (f.id.startsWith(idOrPrefix)) matches.push(f);
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) throw new UnknownFigureError(idOrPrefix, matches.map((f) => f.id), true);
    throw new UnknownFigureError(idOrPrefix, suggest(idOrPrefix, this.allIds ? this.allIds() : this.figures.keys()));
  }
}
