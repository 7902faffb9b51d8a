/** Sectors as users and files write them: a cluster's attribute, name or code is one cluster. */
import { describe, expect, it } from 'vitest';
import { sectorCode, sectorOfAttribute } from '../../../src/domain/sectors.js';

describe('sectorCode', () => {
  it.each([
    ['Health', 'HEA'], ['HEA', 'HEA'], ['hea', 'HEA'],
    ['WASH', 'WSH'], ['Water, Sanitation and Hygiene', 'WSH'], ['wsh', 'WSH'],
    ['Food Security', 'FSC'], ['food_security', 'FSC'], ['FSC', 'FSC'],
    ['Child Protection', 'PRO_CPM'], ['PRO-CPM', 'PRO_CPM'], ['PRO_CPM', 'PRO_CPM'],
    ['Emergency Shelter and NFI', 'SHL'], ['Camp Coordination and Camp Management', 'CCM'],
  ])('%j is the cluster %s', (text, code) => {
    expect(sectorCode(text)).toBe(code);
  });

  it('leaves a sector it does not know as written, in lower case, so that a file\'s own sectors still match', () => {
    expect(sectorCode('Agriculture')).toBe('agriculture');
    expect(sectorCode(' Coordination and support services ')).toBe('coordination and support services');
  });

  it('reads an attribute only as an attribute is written, and no Object.prototype name', () => {
    expect(sectorOfAttribute('health')).toBe('HEA');
    expect(sectorOfAttribute('Health')).toBeUndefined();
    expect(sectorOfAttribute('constructor')).toBeUndefined();
    expect(sectorCode('constructor')).toBe('constructor');
  });

  it('knows the clusters by their Spanish and French names, accents or none (round 28)', () => {
    expect(['Educación', 'Salud', 'Santé', 'Protección', 'Seguridad alimentaria', 'Sécurité alimentaire', 'Agua, saneamiento e higiene', 'Eau, hygiène et assainissement', 'Albergue', 'Abris', 'Logística', 'Relèvement précoce'].map(sectorCode)).toEqual([
      'EDU', 'HEA', 'HEA', 'PRO', 'FSC', 'FSC', 'WSH', 'WSH', 'SHL', 'SHL', 'LOG', 'ERY',
    ]);
  });

  it("knows FTS's plan-cluster names: a cluster's name with 'Sector' or 'Cluster' after it, NFIs, Education in Emergencies (round 34)", () => {
    expect(['Food Security Sector', 'Health Cluster', 'Emergency Shelter and NFIs', 'Shelter/NFIs', 'Education in Emergencies', 'Protection Sector'].map(sectorCode)).toEqual(['FSC', 'HEA', 'SHL', 'SHL', 'EDU', 'PRO']);
  });
});
