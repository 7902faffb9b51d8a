/** Numbers for people: the functions of domain/number-text.ts, which the core's messages use too. */
export { formatNumber, groupDigits, plainNumber } from '../domain/number-text.js';
