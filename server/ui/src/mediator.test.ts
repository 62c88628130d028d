import { describe, expect, it } from 'vitest';
import { defaultTarget, hasDealState, linkStates, share, tierStates, varyList } from './mediator';
import type { StateInfo } from './types';

const st = (id: number, name?: string): StateInfo => ({ id, yn: 'NN', name, description: '' });

describe('defaultTarget', () => {
  it('prefers a named state that reads like a deal', () => {
    const states = [st(1, 'war'), st(7, 'capitulation'), st(8, 'deal')];
    expect(defaultTarget(states, [7])).toBe(8);
    expect(hasDealState(states)).toBe(true);
  });
  it('falls back to the first equilibrium, then the first state', () => {
    const states = [st(1, 'today'), st(2), st(3)];
    expect(hasDealState(states)).toBe(false);
    expect(defaultTarget(states, [3, 2])).toBe(3);
    expect(defaultTarget(states, [])).toBe(1);
    expect(defaultTarget(states, null)).toBe(1);
    expect(defaultTarget([], null)).toBeNull();
  });
  it('does not take a word inside another word', () => {
    expect(hasDealState([st(1, 'dealer'), st(2, 'ordeal')])).toBe(false);
  });
});

describe('linkStates', () => {
  it('links labelled states and keeps the rest as text', () => {
    const s = linkStates('If Russia drops it (→ state 3): either Russia does not prefer state 3 to state 7 (capitulation) (true now).', 12);
    expect(s.filter((x) => x.state !== undefined).map((x) => [x.state, x.text])).toEqual([
      [3, 'state 3'],
      [3, 'state 3'],
      [7, 'state 7 (capitulation)'],
    ]);
    expect(s.map((x) => x.text).join('')).toBe('If Russia drops it (→ state 3): either Russia does not prefer state 3 to state 7 (capitulation) (true now).');
  });
  it('links every state of the tie groups a change reorders, but not the swap count', () => {
    const text = 'Smallest change to make it one: 1 swap: United States ranks 7 (capitulation) above [5, 8 (deal)] (now the other way round).';
    const s = linkStates(text, 12);
    expect(s.filter((x) => x.state !== undefined).map((x) => x.state)).toEqual([7, 5, 8]);
    expect(s.find((x) => x.state === 8)?.text).toBe('8 (deal)');
    expect(s.map((x) => x.text).join('')).toBe(text);
  });
  it('does not take "(true now)" for a state name', () => {
    const s = linkStates('Russia must prefer it to state 3 (true now), leaving it at state 4 (false now)', 12);
    expect(s.filter((x) => x.state !== undefined).map((x) => x.text)).toEqual(['state 3', 'state 4']);
  });
  it('leaves numbers that are not states as text', () => {
    const s = linkStates('392,200,704,000 of 1,170,505,728,000 profiles; state 99 is no state', 12);
    expect(s).toEqual([{ text: '392,200,704,000 of 1,170,505,728,000 profiles; state 99 is no state' }]);
  });
  it('handles several changes in one sentence', () => {
    const s = linkStates('3 swaps: United States ranks [3, 11] above 9 (now the other way round); Russia ranks 2 above 10 (now the other way round)', 12);
    expect(s.filter((x) => x.state !== undefined).map((x) => x.state)).toEqual([3, 11, 9, 2, 10]);
  });
});

describe('small helpers', () => {
  it('tierStates, share and varyList', () => {
    expect(tierStates(4)).toEqual([4]);
    expect(tierStates([3, 5])).toEqual([3, 5]);
    expect(tierStates('a statement')).toEqual([]);
    expect(share(392200704000, 1170505728000)).toBe('33.5%');
    expect(share(0, 10)).toBe('0%');
    expect(share(1, 1)).toBe('100%');
    expect(share(1, 100000)).toBe('< 0.1%');
    expect(share(null, 10)).toBe('');
    expect(varyList(['US', 'UA', 'RU'], ['RU', 'US'])).toEqual(['US', 'RU']);
  });
});
