/** The detail view of one figure (get in a table or plain text): what a reader needs to cite it. */
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../../src/derive/figure-record.js';
import { figureDetail } from '../../../src/output/figure-view.js';

const CENSUS: FigureRecord = {
  id: 'population-dma-2022',
  label: 'Population',
  indicator: 'population',
  value: 71_000,
  unit: 'person',
  qualifier: 'exact',
  low: null,
  high: null,
  asOf: '2022-12-31',
  place: { id: 'DMA', name: 'Dominica', iso3: 'DMA', level: 0, pcode: null, parent: null },
  source: { id: 'cod-ps', publisher: 'OCHA', title: 'COD-PS', published: '2023-01-10', url: null },
  quote: '71000',
  stated: [],
  notes: null,
  breakdown: null,
  period: { start: '2015-01-01', end: '2022-12-31' },
} as unknown as FigureRecord;

describe('figureDetail', () => {
  it('names the period a figure covers under its date, where its source gives one (a census of 2015 in force to 2022)', () => {
    const pairs = figureDetail(CENSUS);
    expect(pairs.map(([k]) => k).slice(5, 7)).toEqual(['as of', 'period']);
    expect(pairs.find(([k]) => k === 'period')?.[1]).toBe('2015-01-01 to 2022-12-31');
  });
  it('says no period where the figure has none', () => {
    expect(figureDetail({ ...CENSUS, period: null }).some(([k]) => k === 'period')).toBe(false);
  });
});
