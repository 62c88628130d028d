import { describe, expect, it } from 'vitest';
import {
  conceptLabel,
  conceptMeaning,
  foresightSentence,
  horizonOf,
  isForesight,
  requestConcepts,
  resultConcepts,
  withHorizon,
  withNM,
  withStandard,
} from './foresight';
import type { Result } from './types';

describe('foresight concepts', () => {
  it('recognises L_h and NM', () => {
    expect(['L1', 'L2', 'L12', 'NM'].every(isForesight)).toBe(true);
    expect(['L0', 'nash', 'seq', 'l2', 'NMX'].some(isForesight)).toBe(false);
  });
  it('sets, changes and removes the horizon, keeping the other concepts', () => {
    const a = withHorizon(['nash', 'seq'], 2);
    expect(a).toEqual(['nash', 'seq', 'L2']);
    expect(horizonOf(a)).toBe(2);
    const b = withHorizon(withNM(a, true), 3);
    expect(b).toEqual(['nash', 'seq', 'L3', 'NM']);
    expect(withHorizon(b, null)).toEqual(['nash', 'seq', 'NM']);
    expect(withNM(b, false)).toEqual(['nash', 'seq', 'L3']);
    expect(() => withHorizon(['nash'], 0)).toThrow(/from 1 to 1000/);
    expect(() => withHorizon(['nash'], 1.5)).toThrow();
  });
  it('keeps foresight when the standard concepts change', () => {
    expect(withStandard(['nash', 'L2', 'NM'], ['gmr', 'seq'])).toEqual(['gmr', 'seq', 'L2', 'NM']);
  });
  it('asks for foresight only with two decision makers', () => {
    expect(requestConcepts(['nash', 'L2', 'NM'], 2)).toEqual(['nash', 'L2', 'NM']);
    expect(requestConcepts(['nash', 'L2', 'NM'], 3)).toEqual(['nash']);
    expect(requestConcepts(['nash', 'L2'], undefined)).toEqual(['nash']);
  });
  it('asks for SIM and SEQ+SIM only of a model with options', () => {
    const six = ['nash', 'gmr', 'smr', 'seq', 'sim', 'seqsim'];
    expect(requestConcepts(six, 3, true)).toEqual(['nash', 'gmr', 'smr', 'seq']);
    expect(requestConcepts([...six, 'L2'], 2, true)).toEqual(['nash', 'gmr', 'smr', 'seq', 'L2']);
    expect(requestConcepts(six, 3, false)).toEqual(six);
    expect(requestConcepts(six, 3)).toEqual(six);
  });
  it('lists the columns of a result, foresight last', () => {
    const r = { parameters: { concepts: ['nash', 'seq'], foresight: ['L2', 'NM'] } } as unknown as Result;
    expect(resultConcepts(r)).toEqual(['nash', 'seq', 'L2', 'NM']);
    const plain = { parameters: { concepts: ['gmr'] } } as unknown as Result;
    expect(resultConcepts(plain)).toEqual(['gmr']);
  });
  it('labels and explains', () => {
    expect(conceptLabel('seqsim')).toBe('SEQ+SIM');
    expect(conceptLabel('L2')).toBe('L2');
    expect(conceptMeaning('L1')).toContain('1 move ahead');
    expect(conceptMeaning('L3')).toContain('3 moves ahead');
    expect(foresightSentence('L2', 'Player 1', 'Player 2')).toContain("its own move and Player 2's reply");
    expect(foresightSentence('NM', 'P1', 'P2')).toContain('long horizon');
  });
});
