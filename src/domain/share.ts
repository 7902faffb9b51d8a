/**
 * The value of a share written as a fraction, from its exact percentage (100 * part / whole):
 * "one in three" 33.3, "one in 12" 8.3, "1 in every 97 people" 1.03. One decimal as the corpus
 * conventions write a third, while that is within 1 % of the share (from 5 % up: 0.05 of 5), and
 * two below, where one decimal would blur it (1 in 97 and 1 in 103 would both be 1.0). The
 * extractor drafts this value and the facts format checks a quote against it.
 */
export function roundShare(percent: number): number {
  return percent < 5 ? Math.round(percent * 100) / 100 : Math.round(percent * 10) / 10;
}

/** The value drafts gave a share before small shares had two decimals: one decimal whatever its size (so a facts file made then stays valid). */
export function roundShareOneDecimal(percent: number): number {
  return Math.round(percent * 10) / 10;
}
