import { describe, expect, it } from 'vitest';
import { countryOfPcode, findCountry, foldName } from '../../../src/domain/countries.js';

describe('findCountry', () => {
  it.each([
    ['AFG', 'AFG'],
    ['afg', 'AFG'],
    ['AF', 'AFG'],
    ['Afghanistan', 'AFG'],
    ['  mali ', 'MLI'],
    ['Syria', 'SYR'],
    ['Syrian Arab Republic', 'SYR'],
    ['DR Congo', 'COD'],
    ['Democratic Republic of the Congo', 'COD'],
    ["Côte d'Ivoire", 'CIV'],
    ["Cote d'Ivoire", 'CIV'],
    ['CÔTE D’IVOIRE', 'CIV'],
    ['Ivory Coast', 'CIV'],
    ['Türkiye', 'TUR'],
    ['Turkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['occupied Palestinian territory', 'PSE'],
    ['State of Palestine', 'PSE'],
    ['Gambia', 'GMB'],
    ['Viet Nam', 'VNM'],
    ['Kosovo', 'XKX'],
    ['Haiti', 'HTI'],
    ['Burkina Faso', 'BFA'],
    ['Sudan', 'SDN'],
    ['South Sudan', 'SSD'],
    // the World Bank's spellings, as HDX files made from its tables write them
    ['Democratic Republic of Congo', 'COD'],
    ['Republic of Congo', 'COG'],
    ['Congo, Dem. Rep.', 'COD'],
    ['Kyrgyz Republic', 'KGZ'],
    ['Egypt, Arab Rep.', 'EGY'],
    ['St. Lucia', 'LCA'],
    ['St Kitts and Nevis', 'KNA'],
    ['West Bank and Gaza', 'PSE'],
    // names older HDX tables still write
    ['Macedonia', 'MKD'],
    ['The former Yugoslav Republic of Macedonia', 'MKD'],
    ['East Timor', 'TLS'],
    ['Brunei', 'BRN'],
    ['Palestinian Territories', 'PSE'],
    ['Tanzania, United Republic of', 'TZA'],
  ])('%s is %s', (text, iso3) => {
    expect(findCountry(text)?.iso3).toBe(iso3);
  });

  it.each([[''], ['Congo'], ['Atlantis'], ['ZZZ'], ['QQ'], ['x'.repeat(500)]])('%s is no country (unknown or ambiguous)', (text) => {
    expect(findCountry(text)).toBeUndefined();
  });

  it('gives ISO3, ISO2 and the English name', () => {
    expect(findCountry('mli')).toEqual({ iso3: 'MLI', iso2: 'ML', name: 'Mali' });
  });

  it('does not read keys of Object.prototype as names', () => {
    expect(findCountry('constructor')).toBeUndefined();
    expect(findCountry('__proto__')).toBeUndefined();
  });
});

describe('countryOfPcode', () => {
  it.each([
    ['AF01', 'AFG'],
    ['AF0101', 'AFG'],
    ['MLI01', 'MLI'],
    ['ML0101', 'MLI'],
    ['SDN001', 'SDN'],
    ['HT01', 'HTI'],
    ['AFG', 'AFG'],
    // (a dash after the country's letters, as some tables write them: round 32)
    ['NG-001', 'NGA'],
    ['AF-01', 'AFG'],
  ])('%s belongs to %s', (pcode, iso3) => {
    expect(countryOfPcode(pcode)?.iso3).toBe(iso3);
  });

  it.each([['01'], [''], ['QQ01'], ['AF--01'], ['IRQ-G01'], ['ABCD01']])('%s gives no country', (pcode) => {
    expect(countryOfPcode(pcode)).toBeUndefined();
  });
});

describe('foldName', () => {
  it('drops case, diacritics and punctuation', () => {
    expect(foldName('  Côte  d’Ivoire ')).toBe('cote d ivoire');
    expect(foldName('Bosnia & Herzegovina')).toBe('bosnia and herzegovina');
  });
});
