import { describe, expect, it } from 'vitest';
import { filterStates, findsOnServer, stateLabel } from './filters';
import type { Result } from './types';

const result = {
  title: 'Chicken',
  parameters: { concepts: ['nash', 'gmr'] },
  decisionMakers: [
    { id: 'P1', name: 'Driver 1', options: ['s1'] },
    { id: 'P2', name: 'Driver 2', options: ['s2'] },
  ],
  options: [],
  states: [
    { id: 1, yn: 'NN', name: 'crash', description: 'P1: none; P2: none' },
    { id: 2, yn: 'YN', name: 'p1Swerves', description: 'P1: swerves; P2: none' },
    { id: 3, yn: 'NY', name: 'p2Swerves', description: 'P1: none; P2: swerves' },
    { id: 4, yn: 'YY', name: 'bothSwerve', description: 'both swerve' },
  ],
  statusQuo: 1,
  rankings: {},
  explanations: [],
  graph: null,
  nash: { stableFor: { P1: [2, 3], P2: [2, 3] }, equilibria: [2, 3] },
  gmr: { stableFor: { P1: [2, 3, 4], P2: [2, 3, 4] }, equilibria: [2, 3, 4] },
} as unknown as Result;

const ids = (f: Parameters<typeof filterStates>[1]) => filterStates(result, f).map((s) => s.id);

describe('stability table filters', () => {
  it('keeps equilibria of the chosen concept', () => {
    expect(ids({ text: '', concept: 'nash', equilibriaOnly: true, stableFor: '' })).toEqual([2, 3]);
    expect(ids({ text: '', concept: 'gmr', equilibriaOnly: true, stableFor: '' })).toEqual([2, 3, 4]);
  });
  it('finds states by number, Y/N, name and words', () => {
    expect(ids({ text: '4', concept: 'nash', equilibriaOnly: false, stableFor: '' })).toEqual([4]);
    expect(ids({ text: 'ny', concept: 'nash', equilibriaOnly: false, stableFor: '' })).toEqual([3]);
    expect(ids({ text: 'crash', concept: 'nash', equilibriaOnly: false, stableFor: '' })).toEqual([1]);
    expect(ids({ text: 'swerves', concept: 'nash', equilibriaOnly: false, stableFor: '' })).toEqual([2, 3]);
  });
  it('keeps states stable for one decision maker', () => {
    expect(ids({ text: '', concept: 'gmr', equilibriaOnly: false, stableFor: 'P1' })).toEqual([2, 3, 4]);
  });
  it('asks the server when some states come without words, and uses what it found', () => {
    expect(findsOnServer(result)).toBe(false);
    // a large model's answer: the last state has no description
    const large = { ...result, states: [...result.states.slice(0, 3), { id: 4, yn: 'YY' }] } as unknown as Result;
    expect(findsOnServer(large)).toBe(true);
    // matching here does not fail on the state without words
    expect(filterStates(large, { text: 'both', concept: 'nash', equilibriaOnly: false, stableFor: '' }).map((s) => s.id)).toEqual([]);
    // the server's answer decides, combined with the other filters
    const found = new Set([3, 4]);
    expect(filterStates(large, { text: 'both', concept: 'nash', equilibriaOnly: false, stableFor: '' }, found).map((s) => s.id)).toEqual([3, 4]);
    expect(filterStates(large, { text: 'both', concept: 'gmr', equilibriaOnly: true, stableFor: '' }, found).map((s) => s.id)).toEqual([3, 4]);
    expect(filterStates(large, { text: 'both', concept: 'nash', equilibriaOnly: true, stableFor: '' }, found).map((s) => s.id)).toEqual([3]);
    // an empty text keeps every state whatever was found
    expect(filterStates(large, { text: ' ', concept: 'nash', equilibriaOnly: false, stableFor: '' }, found)).toHaveLength(4);
  });
  it('labels states with their names', () => {
    expect(stateLabel(result.states[0], 1)).toBe('1 (crash)');
    expect(stateLabel(undefined, 7)).toBe('7');
  });
});
