import { describe, expect, it } from 'vitest';
import { checkStructure, linkStates, pathLegs, pathStates, pathText, stableSets } from './evolution';

describe('linkStates', () => {
  it('turns every mention of a state into a piece of its own', () => {
    const s = 'A joint move by United States and Ukraine reaches state 12; then Russia accepts (→ state 8 (deal)). State 8 (deal) holds.';
    const pieces = linkStates(s);
    expect(pieces.filter((p) => p.state !== undefined)).toEqual([
      { text: 'state 12', state: 12 },
      { text: 'state 8 (deal)', state: 8 },
      { text: 'State 8 (deal)', state: 8 },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(s);
  });
  it('leaves words alone that only look like states', () => {
    expect(linkStates('12 states, the statement 3, states 1 and 2')).toEqual([{ text: '12 states, the statement 3, states 1 and 2' }]);
  });
  it('links only known states when told which exist', () => {
    const pieces = linkStates('state 3 or state 99', new Set([3]));
    expect(pieces).toEqual([{ text: 'state 3', state: 3 }, { text: ' or state 99' }]);
  });
});

describe('paths', () => {
  const steps = [
    { by: 'US+UA', from: 9, to: 12, joint: true },
    { by: 'RU', from: 12, to: 8, joint: false },
  ];
  it('lists the states a path visits', () => {
    expect(pathStates(steps)).toEqual([9, 12, 8]);
    expect(pathStates([])).toEqual([]);
    expect(pathText(pathStates(steps))).toBe('9 → 12 → 8');
  });
  it('says which legs the state graph draws and which are joint moves', () => {
    const moves = [
      { from: 9, to: 10 },
      { from: 12, to: 8 },
      { from: 10, to: 12 },
    ];
    expect(pathLegs([9, 12, 8], moves)).toEqual([
      { from: 9, to: 12, drawn: false },
      { from: 12, to: 8, drawn: true },
    ]);
    expect(pathLegs([9, 10, 12, 8], moves).every((l) => l.drawn)).toBe(true);
  });
});

describe('checkStructure', () => {
  const dms = ['US', 'UA', 'RU'];
  it('accepts both notations and nothing', () => {
    expect(checkStructure('[US,UA],RU', dms)).toBe('');
    expect(checkStructure('us+ua', dms)).toBe('');
    expect(checkStructure('  ', dms)).toBe('');
  });
  it('names unknown and repeated decision makers', () => {
    expect(checkStructure('[US,XX],RU', dms)).toBe("unknown decision maker 'XX'; the decision makers are US, UA, RU");
    expect(checkStructure('[US,UA],US', dms)).toBe('US appears twice');
  });
});

describe('stableSets', () => {
  it('reads a concept of a result, or nothing', () => {
    const r = { cnash: { stableFor: { RU: [7, 8] }, equilibria: [8], individualEquilibria: [8, 9] }, title: 'x' };
    expect(stableSets(r, 'cnash')?.equilibria).toEqual([8]);
    expect(stableSets(r, 'title')).toBeNull();
    expect(stableSets(r, 'cgmr')).toBeNull();
  });
});
