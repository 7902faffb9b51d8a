/**
 * The one decision about colour, made once in cli.ts and passed to every renderer (chalk and
 * the table renderer alike). Order: --no-color / --color never|always, then NO_COLOR (any non-empty
 * value: no colour), then FORCE_COLOR (0 or false: none; anything else: colour), then
 * TERM=dumb (none), then whether stdout is a terminal.
 */
export type ColorMode = 'auto' | 'always' | 'never';
export const COLOR_MODES: readonly ColorMode[] = ['auto', 'always', 'never'];

export function decideColor(mode: ColorMode, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (mode !== 'auto') return mode === 'always';
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
