/** Types of the generator (generate-facts.mjs), for the TypeScript tests that share it. */
import type { FactsFile } from '../../src/facts/schema.js';

export const GENERATOR_VERSION: number;
export const DEFAULT_SEED: number;

export interface GenerateOptions {
  figures: number;
  seed?: number;
  sourceText?: boolean;
}

/** A whole facts object and its source texts (relative path -> content). */
export function generateFacts(options: GenerateOptions): { facts: FactsFile; texts: Map<string, string> };

export interface Manifest {
  generator: number;
  seed: number;
  figures: number;
  sources: number;
  places: number;
  sampleIds: { first: string | null; middle: string | null; last: string | null };
  files: { facts: string; ndjson: string | null; bytes: number };
}

/** Writes DIR/facts.json, the source texts and, with ndjson, DIR/facts.ndjson; returns the manifest. */
export function writeDataset(dir: string, options: GenerateOptions & { ndjson?: boolean }): Manifest;
