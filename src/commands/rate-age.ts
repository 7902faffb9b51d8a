/** The staleness rule for rates: older than --max-age days is a warning, or exit 69 with --strict. */
import { ConversionUnavailableError } from '../errors.js';
import type { MoneyConversion } from '../convert/convert-money.js';
import type { Io } from './context.js';

export interface RateAgePolicy {
  maxAge: number;
  strict: boolean;
}

/** Warns on stderr (or throws with --strict) for every conversion whose rate is too old. */
export function checkRateAge(conversions: readonly MoneyConversion[], policy: RateAgePolicy, io: Io): void {
  for (const c of conversions) {
    const r = c.rate;
    if (r.kind === 'identity' || r.ageDays <= policy.maxAge) continue;
    const message = `the ${c.from}/${c.to} rate used is of ${r.date}, ${r.ageDays} days before ${r.requestedDate} (more than --max-age ${policy.maxAge})`;
    if (policy.strict) {
      throw new ConversionUnavailableError(message, ['give --date, a newer table with --rates <file>, or a larger --max-age'], 'RATE_TOO_OLD');
    }
    io.err(`humfig: warning: ${message}\n`);
  }
}
