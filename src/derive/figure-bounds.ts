/**
 * A figure's interval: its explicit low/high when the facts file gives them, otherwise the
 * interval its qualifier implies (domain/qualifier.ts). `null` is an open end.
 */
import { impliedBounds, type Qualifier } from '../domain/qualifier.js';

export interface Bounds {
  low: number | null;
  high: number | null;
  /** 'explicit' when the facts file states them, 'qualifier' when derived from the qualifier */
  origin: 'explicit' | 'qualifier';
}

/** The interval of a value with a qualifier and optional explicit bounds. */
export function figureBounds(fig: { value: number; qualifier: Qualifier; low?: number | undefined; high?: number | undefined }): Bounds {
  const implied = impliedBounds(fig.value, fig.qualifier);
  const explicit = fig.low !== undefined || fig.high !== undefined;
  return {
    low: fig.low ?? implied.low,
    high: fig.high ?? implied.high,
    origin: explicit ? 'explicit' : 'qualifier',
  };
}
