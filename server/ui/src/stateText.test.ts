import { describe, expect, it } from 'vitest';
import { makeRule, rankingToText, ruleValueText, textToRanking } from './edit';
import { formHint, parseValues, rankLineToText, stateExamples, stateToText, textToPattern, textToRankLine, textToState } from './stateText';

const OPTIONS = ['dam', 'pipe', 'sue'];

describe('one state syntax in every field of the form', () => {
  it('reads each way of typing a state', () => {
    expect(textToState(' today ')).toBe('today');
    expect(textToState('YN-')).toBe('YN-');
    expect(textToState('12')).toBe(12);
    expect(textToState('dam=Y, pipe=N')).toEqual({ dam: true, pipe: false });
    expect(textToState('{dam=Y, pipe=n}')).toEqual({ dam: true, pipe: false });
    // the file's own spelling, which the model's messages use, is taken too
    expect(textToState('{dam: true, pipe: false}')).toEqual({ dam: true, pipe: false });
    expect(textToState('dam=yes, sue=no')).toEqual({ dam: true, sue: false });
  });

  it('keeps option values that do not read as typed, for the check to name', () => {
    expect(parseValues('dam=maybe')).toBeNull();
    expect(textToState('dam=maybe')).toBe('dam=maybe');
    expect(parseValues('dam')).toBeNull();
    expect(parseValues('')).toBeNull();
  });

  it('writes option values back as typed, so a field shows what it holds', () => {
    for (const t of ['today', 'YN-', '12', 'dam=Y, pipe=N']) expect(stateToText(textToState(t))).toBe(t);
    expect(textToPattern('3')).toBe('3'); // a pattern has no state numbers
    expect(textToPattern('sue=N')).toEqual({ sue: false });
  });

  it('reads ranking lines: ties at commas, option values alone or in braces', () => {
    expect(textToRankLine('dam=Y, pipe=N')).toEqual({ dam: true, pipe: false });
    expect(textToRankLine('today, {dam=Y, pipe=N}, 4')).toEqual(['today', { dam: true, pipe: false }, 4]);
    expect(rankLineToText(['today', { dam: true, pipe: false }])).toBe('today, {dam=Y, pipe=N}');
    // the ranking help's example of tied option values
    expect(textToRankLine('{dam=Y}, {dam=N}')).toEqual([{ dam: true }, { dam: false }]);
    const text = 'today\ndam=Y, sue=N\n{pipe=Y}, NNY\n3';
    expect(textToRanking(text)).toEqual(['today', { dam: true, sue: false }, [{ pipe: true }, 'NNY'], 3]);
    expect(rankingToText(textToRanking(text))).toBe(text);
  });

  it('takes option values in a pattern rule', () => {
    const r = makeRule('pattern', 'dam=Y, pipe=Y', { source: 'news' });
    expect(r).toEqual({ source: 'news', pattern: { dam: true, pipe: true } });
    expect(ruleValueText(r)).toBe('dam=Y, pipe=Y');
    expect(makeRule('pattern', ' YY- ', {})).toEqual({ pattern: 'YY-' });
  });

  it('gives examples that the fields take, with the model own options', () => {
    const pattern = stateExamples(OPTIONS, ['today']);
    expect(pattern).toEqual({ yn: 'YN-', values: 'dam=Y, pipe=N', named: 'today' });
    expect(textToPattern(pattern.yn)).toBe('YN-');
    expect(textToPattern(pattern.values)).toEqual({ dam: true, pipe: false });
    // for one exact state (a status quo): a feasible state, every option given
    const exact = stateExamples(OPTIONS, [], 'NYN');
    expect(exact).toEqual({ yn: 'NYN', values: 'dam=N, pipe=Y, sue=N', named: undefined });
    expect(textToState(exact.values)).toEqual({ dam: false, pipe: true, sue: false });
    expect(stateExamples([], []).values).toBe('option=Y');
  });

  it("words the model's hints in the form's syntax, with examples the fields take", () => {
    const hint = formHint('write a Y/N/- string, a state number or {option: true, ...}', OPTIONS);
    expect(hint).toBe('write a Y/N/- string, a state number or dam=Y, pipe=N');
    expect(textToState(hint.slice(hint.indexOf('dam=')))).toEqual({ dam: true, pipe: false });
    expect(formHint('list the options it relates, e.g. [a, b]', OPTIONS)).toBe('list the options it relates, e.g. dam, pipe');
    expect(makeRule('mutuallyExclusive', 'dam, pipe', {})).toEqual({ mutuallyExclusive: ['dam', 'pipe'] });
    expect(formHint('write e.g. {sign: true}', OPTIONS)).toBe('write e.g. sign=Y');
    expect(formHint("add 'options: {option: true, ...}' to say which state", OPTIONS)).toBe('give its options, e.g. dam=Y, pipe=N');
    expect(formHint('write {option: true, other: false, ...}', OPTIONS)).toBe('write dam=Y, pipe=N');
    expect(formHint('nothing to change', OPTIONS)).toBe('nothing to change');
  });
});
