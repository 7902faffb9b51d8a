/** The catalogue of bad inputs (catalogue.ts), without its heavy cases (npm run test:slow has them). */
import { defineCatalogue } from './catalogue.js';

defineCatalogue({ heavy: false });
