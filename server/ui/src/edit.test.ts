import { describe, expect, it } from 'vitest';
import {
  addDecisionMaker,
  addOption,
  blankModel,
  freshId,
  makeRule,
  patternToText,
  problemsElsewhere,
  problemsUnder,
  rankingToText,
  ruleKind,
  ruleValueText,
  statementsToText,
  textToPattern,
  textToRanking,
  textToStatements,
  validId,
} from './edit';

describe('model edits', () => {
  it('adds decision makers and options with fresh ids, leaving the old tree alone', () => {
    const m = blankModel('t');
    const m2 = addOption(addDecisionMaker(m), 2);
    expect(m.decisionMakers).toHaveLength(2);
    expect(m2.decisionMakers.map((d) => d.id)).toEqual(['A', 'B', 'DM1']);
    expect(m2.decisionMakers[2].options.map((o) => o.id)).toEqual(['dm1_option1', 'dm1_option2']);
    expect(freshId('x', ['x1', 'x2'])).toBe('x3');
  });

  it('checks ids as the model format does', () => {
    expect(validId('sign')).toBe(true);
    expect(validId('_a.b2')).toBe(true);
    expect(validId('2a')).toBe(false);
    expect(validId('a-b')).toBe(false);
    expect(validId('IFF')).toBe(false);
  });

  it('round-trips statements and keeps their provenance', () => {
    const before = [{ statement: 'sign', source: 'ap', quote: 'q' }, '-withdraw'];
    const text = statementsToText(before);
    expect(text).toBe('sign\n-withdraw');
    expect(textToStatements(text + '\n\n  offensive  ', before)).toEqual([before[0], '-withdraw', 'offensive']);
  });

  it('keeps the evidence of each statement through edits in place, reordering and retyping', () => {
    const before = [
      { statement: 'sign', source: 'ap', quote: 'we will sign' },
      { statement: '-withdraw', source: 'ap', quote: 'no withdrawal', note: 'Zelenskyy' },
      'settle',
    ];
    const memory = new Map();
    // a typo fixed in place keeps the evidence of the line it replaces
    const typo = textToStatements('signs\n-withdraw\nsettle', before, memory);
    expect(typo[0]).toEqual({ statement: 'signs', source: 'ap', quote: 'we will sign' });
    expect(typo[1]).toBe(before[1]);
    // reordered lines keep their own
    const moved = textToStatements('settle\n-withdraw\nsigns', typo, memory);
    expect(moved).toEqual(['settle', before[1], typo[0]]);
    // every line deleted, then typed again letter by letter in a new order: all evidence comes back
    let now = textToStatements('', moved, memory);
    expect(now).toEqual([]);
    let typed = '';
    for (const ch of '-withdraw\nsigns\nsettle') {
      typed += ch;
      now = textToStatements(typed, now, memory);
    }
    expect(now).toEqual([before[1], typo[0], 'settle']);
    // a new line gets none
    expect(textToStatements('-withdraw\nsigns\nsettle\nheads', now, memory)[3]).toBe('heads');
  });

  it('round-trips rankings with ties and numbers', () => {
    const r = textToRanking('deal\nstalemate, NYN-Y-\n3\n');
    expect(r).toEqual(['deal', ['stalemate', 'NYN-Y-'], 3]);
    expect(rankingToText(r)).toBe('deal\nstalemate, NYN-Y-\n3');
  });

  it('edits infeasibility rules by kind and keeps their provenance', () => {
    const rule = { exactlyOne: ['a', 'b'], source: 'ap' };
    expect(ruleKind(rule)).toBe('exactlyOne');
    expect(ruleValueText(rule)).toBe('a, b');
    expect(makeRule('requires', 'a, b', rule)).toEqual({ source: 'ap', requires: ['a', 'b'] });
    expect(makeRule('when', ' sign & -withdraw ', {})).toEqual({ when: 'sign & -withdraw' });
  });

  it('writes named-state patterns as Y/N text or option mappings', () => {
    expect(patternToText({ sign: true, war: false })).toBe('sign=Y, war=N');
    expect(textToPattern('sign=Y, war=N')).toEqual({ sign: true, war: false });
    expect(textToPattern(' NY- ')).toBe('NY-');
  });

  it('places problems under the part of the model they concern', () => {
    const ps = [
      { line: 3, column: 1, path: '/decisionMakers/0/options/1', message: 'a' },
      { line: 9, column: 1, path: '/decisionMakers/1', message: 'b' },
      { line: 1, column: 1, path: '', message: 'c' },
      { line: 2, column: 1, path: '/decisionMakers/10', message: 'd' },
    ];
    expect(problemsUnder(ps, '/decisionMakers/0').map((p) => p.message)).toEqual(['a']);
    expect(problemsUnder(ps, '/decisionMakers/1').map((p) => p.message)).toEqual(['b']);
    expect(problemsElsewhere(ps, ['/decisionMakers']).map((p) => p.message)).toEqual(['c']);
  });
});
