import { describe, expect, it } from 'vitest';
import { baseName, byFolder } from './folders';
import { parseHash, toHash } from './route';

describe('the workspace by folder', () => {
  it('lists the workspace folder first, then each subfolder by name', () => {
    const items = [
      { name: 'cases/older/elmira.yaml', folder: 'cases/older' },
      { name: 'zeta.yaml', folder: '' },
      { name: 'cases/chicken.yaml', folder: 'cases' },
      { name: 'alpha.yaml' },
      { name: 'b/x.yaml' },
    ];
    expect(byFolder(items).map(([f, xs]) => [f, xs.map((x) => x.name)])).toEqual([
      ['', ['zeta.yaml', 'alpha.yaml']],
      ['b', ['b/x.yaml']],
      ['cases', ['cases/chicken.yaml']],
      ['cases/older', ['cases/older/elmira.yaml']],
    ]);
    expect(baseName('cases/older/elmira.yaml')).toBe('elmira.yaml');
    expect(baseName('chicken.yaml')).toBe('chicken.yaml');
  });
});

describe('models in subfolders in the address', () => {
  it('keep their folders in one part of the address', () => {
    const r = { model: 'cases/older/elmira talks.yaml', tab: 'history' as const };
    expect(toHash(r)).toBe('#/cases%2Folder%2Felmira%20talks.yaml/history');
    expect(parseHash(toHash(r))).toEqual(r);
  });
});
