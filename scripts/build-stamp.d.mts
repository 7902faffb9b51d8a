/** Types of the build stamp (build-stamp.mjs), for the TypeScript tests. */
export const STAMP_NAME: string;
export function treeDigest(root: string, dirs: string[], files: string[], skip?: (path: string) => boolean): { digest: string; problems: string[] };
export function readInputs(root?: string): { digest: string; problems: string[] };
export function outputsDigest(dist: string, root?: string): string;
export function stampText(inputs: string, dist: string, root?: string): string;
export function isFresh(inputs: string, root?: string): boolean;
export function problemLines(problems: string[]): string;
export function buildIfStale(root?: string): Promise<number>;
