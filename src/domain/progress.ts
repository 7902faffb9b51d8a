/**
 * How long work tells how far it has got, without knowing who listens: the core (validation,
 * importers) calls `onProgress(done, total)` now and then; the command decides whether that
 * becomes a line on a terminal's stderr (src/commands/progress-line.ts) or nothing.
 */

/** `done` of `total` units (figures, rows, bytes); total is undefined when unknown. */
export type OnProgress = (done: number, total: number | undefined) => void;

/** The listener that does nothing, for callers that did not ask. */
export const NO_PROGRESS: OnProgress = () => {};
