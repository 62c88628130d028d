import { describe, expect, it } from 'vitest';
import {
  matchRef,
  parseValue,
  payoffTable,
  prefMode,
  setPayoff,
  switchForm,
  tiersOfRanking,
  tiersOfValues,
  tiersToPayoffs,
  tiersToRanking,
  withForm,
} from './prefs';
import type { StateInfo } from './types';

// Three options (a, b, c); "exactly one of b, c" leaves four states, numbered as Parley does.
const options = ['a', 'b', 'c'];
const states: StateInfo[] = [
  { id: 1, yn: 'NYN', name: 'talks', description: '' },
  { id: 2, yn: 'YYN', description: '' },
  { id: 3, yn: 'NNY', description: '' },
  { id: 4, yn: 'YNY', name: 'war', description: '' },
];

describe('state references', () => {
  it('match named states, Y/N/- strings, numbers and option values', () => {
    expect(matchRef('talks', states, options)).toEqual([1]);
    expect(matchRef('YYN', states, options)).toEqual([2]);
    expect(matchRef('y-n', states, options)).toEqual([2]);
    expect(matchRef('--Y', states, options)).toEqual([3, 4]);
    expect(matchRef(3, states, options)).toEqual([3]);
    expect(matchRef('4', states, options)).toEqual([4]);
    expect(matchRef({ a: true }, states, options)).toEqual([2, 4]);
    expect(matchRef({ a: false, c: true }, states, options)).toEqual([3]);
    // nothing: unknown names, wrong lengths, unknown options, numbers out of range
    expect(matchRef('peace', states, options)).toEqual([]);
    expect(matchRef('YY', states, options)).toEqual([]);
    expect(matchRef({ z: true }, states, options)).toEqual([]);
    expect(matchRef(9, states, options)).toEqual([]);
  });
});

describe('payoffs as a value per state', () => {
  it('reads values through any reference, and notes repeats and unresolved entries', () => {
    const t = payoffTable(
      [
        { state: 'talks', value: 5 },
        { state: '--Y', value: 1 },
        { state: 'war', value: 0 },
        { state: 'peace', value: 9 },
      ],
      states,
      options,
    );
    expect([...t.values.entries()]).toEqual([
      [1, 5],
      [3, 1],
      [4, 1],
    ]);
    expect(t.repeated).toEqual([4]);
    expect(t.unresolved).toEqual([3]);
  });

  it('changes an entry of one state in place', () => {
    const p = [
      { state: 'talks', value: 5 },
      { state: 'YYN', value: 2 },
    ];
    expect(setPayoff(p, states, options, 2, 7)).toEqual([
      { state: 'talks', value: 5 },
      { state: 'YYN', value: 7 },
    ]);
    expect(setPayoff(p, states, options, 1, null)).toEqual([{ state: 'YYN', value: 2 }]);
    // a state without a value gets a new entry, by name or Y/N string
    expect(setPayoff(p, states, options, 4, 0)).toEqual([...p, { state: 'war', value: 0 }]);
    expect(p).toEqual([
      { state: 'talks', value: 5 },
      { state: 'YYN', value: 2 },
    ]);
  });

  it('writes a group out state by state when one of its states changes, keeping every value', () => {
    const p = [
      { state: { a: true }, value: 3 },
      { state: 'talks', value: 1 },
      { state: 'peace', value: 9 },
    ];
    expect(setPayoff(p, states, options, 4, 8)).toEqual([
      { state: 'talks', value: 1 },
      { state: 'YYN', value: 3 },
      { state: 'war', value: 8 },
      { state: 'peace', value: 9 },
    ]);
  });

  it('orders states by value, ties together', () => {
    expect(tiersOfValues(new Map([[1, 2], [2, 5], [3, 2], [4, -1]]))).toEqual([[2], [1, 3], [4]]);
  });

  it('parses what is typed in a cell', () => {
    expect(parseValue(' 3 ')).toBe(3);
    expect(parseValue('-1.5')).toBe(-1.5);
    expect(parseValue('+2')).toBe(2);
    expect(parseValue('.5')).toBe(0.5);
    expect(parseValue('1e3')).toBe(1000);
    for (const bad of ['', '-', 'abc', '1,5', '3 4', 'Infinity', 'NaN']) expect(parseValue(bad)).toBeNull();
  });
});

describe('rankings and payoffs carry the same order', () => {
  it('converts tie groups both ways', () => {
    const tiers = [[4], [1, 3], [2]];
    expect(tiersToRanking(tiers, states)).toEqual(['war', ['talks', 'NNY'], 'YYN']);
    expect(tiersToPayoffs(tiers, states)).toEqual([
      { state: 'talks', value: 2 },
      { state: 'YYN', value: 1 },
      { state: 'NNY', value: 2 },
      { state: 'war', value: 3 },
    ]);
    expect(tiersOfRanking(tiersToRanking(tiers, states), states, options)).toEqual(tiers);
    expect(tiersOfValues(payoffTable(tiersToPayoffs(tiers, states), states, options).values)).toEqual(tiers);
    expect(tiersOfRanking(['war', 'nowhere'], states, options)).toBeNull();
  });
});

describe('switching forms', () => {
  const tiers = [[4], [1, 3], [2]];

  it('keeps unknown comparisons and other keys', () => {
    expect(withForm({ statements: ['a'], unknown: [['talks', 'war']] }, 'ranking', ['war'])).toEqual({ ranking: ['war'], unknown: [['talks', 'war']] });
    expect(prefMode({ payoffs: [] })).toBe('payoffs');
    expect(prefMode({})).toBe('statements');
  });

  it('writes payoffs from the current order, and statements back as they were typed', () => {
    const start = { statements: ['a & -c', 'b'], unknown: [['talks', 'war']] };
    const toPayoffs = switchForm(start, 'payoffs', tiers, states, options, {});
    expect(toPayoffs.prefs).toEqual({ payoffs: tiersToPayoffs(tiers, states), unknown: [['talks', 'war']] });
    const back = switchForm(toPayoffs.prefs, 'statements', tiers, states, options, toPayoffs.stash);
    expect(back.prefs).toEqual(start);
    // without a stash, statements start empty (they cannot be derived from an order)
    expect(switchForm({ ranking: ['war'] }, 'statements', tiers, states, options, {}).prefs).toEqual({ statements: [] });
  });

  it("restores a form's own numbers when they still give the current order", () => {
    const own = [
      { state: 'war', value: 100 },
      { state: { b: false, c: true, a: false }, value: 50 },
      { state: 'talks', value: 50 },
      { state: 'YYN', value: -10 },
    ];
    const toRanking = switchForm({ payoffs: own }, 'ranking', tiers, states, options, {});
    expect(toRanking.prefs).toEqual({ ranking: ['war', ['talks', 'NNY'], 'YYN'] });
    const back = switchForm(toRanking.prefs, 'payoffs', tiers, states, options, toRanking.stash);
    expect(back.prefs).toEqual({ payoffs: own });
    // but not when the order changed in the meantime
    const changed = [[2], [4], [1, 3]];
    const edited = switchForm({ ranking: ['YYN', 'war', ['talks', 'NNY']] }, 'payoffs', changed, states, options, toRanking.stash);
    expect(edited.prefs).toEqual({ payoffs: tiersToPayoffs(changed, states) });
  });

  it('without a known order, restores what the form held or starts empty', () => {
    expect(switchForm({ statements: ['a'] }, 'payoffs', null, states, options, {}).prefs).toEqual({ payoffs: [] });
    expect(switchForm({ statements: ['a'] }, 'ranking', null, states, options, { ranking: ['war'] }).prefs).toEqual({ ranking: ['war'] });
  });
});
