import { describe, expect, it } from 'vitest';
import { attitudeRows, changeSummary, conceptsOf, hasAttitudes, relationalLabel, sign, type AttitudesResult } from './attitudes';
import type { ModelTree } from './types';

// examples/prisoners-dilemma-attitudes.yaml as the server answers it (POST …/attitudes, empty body,
// two concepts kept): each prisoner devoting towards the other.
const PD: AttitudesResult = {
  parley: '0.1.0',
  model: 'prisoners-dilemma-attitudes.yaml',
  attitudes: { declared: true, reading: 'weak', of: { P1: { P1: 1, P2: 1 }, P2: { P1: 1, P2: -1 } } },
  rseq: { standard: 'seq', stableFor: { P1: [1, 2, 3, 4], P2: [1, 2, 3, 4] }, equilibria: [1, 2, 3, 4], becomeStable: [2, 3], ceaseToBeStable: [] },
  rnash: { standard: 'nash', stableFor: { P1: [1, 2, 3, 4], P2: [1, 2, 3, 4] }, equilibria: [1, 2, 3, 4], becomeStable: [2, 3, 4], ceaseToBeStable: [1] },
  words: '',
};

describe('attitudes', () => {
  it('knows whether the model declares attitudes', () => {
    const tree: ModelTree = { decisionMakers: [] };
    expect(hasAttitudes(tree)).toBe(false);
    expect(hasAttitudes({ ...tree, attitudes: { P1: { P2: '+' } } })).toBe(true);
    expect(hasAttitudes(null)).toBe(false);
  });

  it('writes the matrix in signs, in model order, with names', () => {
    expect(sign(1)).toBe('+');
    expect(sign(0)).toBe('0');
    expect(sign(-1)).toBe('−');
    expect(sign(undefined)).toBe('?');
    const names = new Map([
      ['P1', 'Prisoner One'],
      ['P2', 'Prisoner Two'],
    ]);
    expect(attitudeRows(PD, ['P1', 'P2'], names)).toEqual([
      ['Prisoner One', '+', '+'],
      ['Prisoner Two', '+', '−'],
    ]);
  });

  it('lists the concepts in their order and says what changes', () => {
    expect(conceptsOf(PD).map((x) => x.id)).toEqual(['rnash', 'rseq']);
    expect(relationalLabel('rnash')).toBe('RNash');
    expect(relationalLabel('rgmr')).toBe('RGMR');
    expect(changeSummary('rnash', PD.rnash!, true)).toBe('Compared with Nash, under RNash 3 states become stable and 1 state ceases to be stable.');
    expect(changeSummary('rseq', PD.rseq!, true)).toBe('Compared with SEQ, under RSEQ 2 states become stable.');
    const same = { ...PD.rseq!, becomeStable: [], ceaseToBeStable: [] };
    expect(changeSummary('rseq', same, false)).toBe('The equilibria are those of SEQ: the self-interested attitudes change no verdict.');
  });
});
