/** The staleness rule for rates: older than --max-age days is a warning, or exit 69 with --strict. */
import { ConversionUnavailableError } from '../errors.js';
import type { MoneyConversion } from '../convert/convert-money.js';
import type { Io } from './context.js';

export interface RateAgePolicy {
  maxAge: number;
  strict: boolean;
  /** today (YYYY-MM-DD): a requested day after it has no published rate yet, whatever its age */
  today?: string | undefined;
}

/** Warns on stderr (or throws with --strict) for every conversion whose rate is too old, or asked for a day to come. */
export function checkRateAge(conversions: readonly MoneyConversion[], policy: RateAgePolicy, io: Io, where?: string): void {
  for (const c of conversions) {
    const r = c.rate;
    if (r.kind === 'identity' || r.kind === 'user') continue;
    // (not where the rate used is of the day itself, or of a day after the one taken as today:
    // such a rate was published, whatever HUMFIG_TODAY says)
    const future = policy.today !== undefined && r.requestedDate > policy.today && r.ageDays > 0 && r.date <= policy.today;
    if (!future && r.ageDays <= policy.maxAge) continue;
    const age = `${r.ageDays} day${r.ageDays === 1 ? '' : 's'} before ${r.requestedDate}`;
    const message = future
      ? `the ${c.from}/${c.to} rate used is of ${r.date}, ${age}, a day after today (${policy.today}): no rate is published for it yet, so this is the latest rate, not that day's`
      : `the ${c.from}/${c.to} rate used is of ${r.date}, ${age} (more than --max-age ${policy.maxAge})`;
    if (policy.strict) {
      throw new ConversionUnavailableError(message, ['give --date, a newer table with --rates <file>, or a larger --max-age'], 'RATE_TOO_OLD');
    }
    // (a batch's line named, so that a warning among many says which request it is of)
    io.err(`humfig: warning: ${where === undefined ? '' : `${where}: `}${message}\n`);
  }
}
