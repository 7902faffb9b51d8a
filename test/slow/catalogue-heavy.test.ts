/** The heavy cases of the catalogue of bad inputs (test/robustness/catalogue.ts): 50 MB strings and lines. */
import { defineCatalogue } from '../robustness/catalogue.js';

defineCatalogue({ heavy: true });
