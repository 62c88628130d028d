import { describe, expect, it } from 'vitest';
import { firmness, firmnessBadge, strengthOf, weakReasons, type StrengthResult } from './strength';
import type { Result } from './types';

// The analysis of examples/chicken-strength.yaml under Nash, GMR and SEQ, as the server answers it
// (StrengthApiTest): mutual swerving (state 4) holds under GMR only weakly, for Driver 2.
const strength: StrengthResult = {
  declared: { P1: { greatly: [{ better: [2], worse: [1], note: 'Driver 1 would rather lose face than the car.' }] }, P2: { greatGap: 3, greatly: [] } },
  concepts: {
    nash: { strongEquilibria: [2, 3], weakEquilibria: [], strongFor: { P1: [2, 3], P2: [2, 3] }, weakFor: { P1: [], P2: [] } },
    gmr: { strongEquilibria: [2, 3], weakEquilibria: [4], strongFor: { P1: [2, 3, 4], P2: [2, 3] }, weakFor: { P1: [], P2: [4] } },
    seq: { strongEquilibria: [2, 3], weakEquilibria: [], strongFor: { P1: [2, 3], P2: [2, 3] }, weakFor: { P1: [], P2: [] } },
  },
  weakly: [
    {
      concept: 'gmr',
      state: 4,
      party: 'P2',
      move: 2,
      mildlyWorse: true,
      text: "The sanctions that deter Driver 2's move to ‘p1Swerves’ (state 2) leave Driver 2 only mildly worse off.",
    },
  ],
};

const base = {
  title: 'Chicken with strength of preference',
  parameters: { concepts: ['nash', 'gmr', 'seq', 'sim'] },
  decisionMakers: [],
  options: [],
  states: [],
  statusQuo: null,
  rankings: {},
  explanations: [],
  graph: null,
} as Result;

const withStrength = { ...base, strength } as Result;

describe('strength of preference on the equilibrium cards', () => {
  it('marks a weak equilibrium and says why it holds only weakly', () => {
    expect(firmness(withStrength, 'gmr', 4)).toBe('weak');
    expect(weakReasons(withStrength, 'gmr', 4)).toEqual([strength.weakly[0].text]);
    expect(firmnessBadge('weak').text).toBe('only weakly');
  });

  it('marks strong equilibria, with no reasons', () => {
    expect(firmness(withStrength, 'gmr', 2)).toBe('strong');
    expect(firmness(withStrength, 'nash', 3)).toBe('strong');
    expect(weakReasons(withStrength, 'gmr', 2)).toEqual([]);
    expect(firmnessBadge('strong').title).toContain('greatly worse off');
  });

  it('says nothing where the model declares no strength or the concept has no strong version', () => {
    expect(strengthOf(base)).toBeNull();
    expect(firmness(base, 'gmr', 4)).toBeNull();
    expect(weakReasons(base, 'gmr', 4)).toEqual([]);
    expect(firmness(withStrength, 'sim', 4)).toBeNull();
    expect(firmness(withStrength, 'gmr', 1)).toBeNull(); // no equilibrium at all
  });
});
