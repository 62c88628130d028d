import { describe, expect, it } from 'vitest';
import { checkRename, owners, referencesTo, renameId, renameInStatement, renameReferences } from './rename';
import type { ModelTree } from './types';

/** A model that uses every kind of reference once or more. */
function model(): ModelTree {
  return {
    parley: 1,
    title: 'Talks',
    sources: [
      { id: 'ap', title: 'AP story' },
      { id: 'un', title: 'UN note' },
    ],
    decisionMakers: [
      {
        id: 'US',
        source: 'ap',
        options: [
          { id: 'sign', name: 'Sign', source: 'ap', quote: 'will sign' },
          { id: 'aid', reversibility: 'forward' },
        ],
        forbidMoves: [{ from: { sign: false, aid: false }, to: [{ sign: true, aid: false }], source: 'un' }],
        addMoves: [{ from: 'calm', to: 'deal' }],
        preferences: {
          statements: [
            'sign & -withdraw',
            { statement: 'sign IF (aid | withdraw)', source: 'ap', quote: 'q' },
            'signature | sign.x | sign_2 | not sign',
          ],
          unknown: [[{ sign: true }, 'calm']],
        },
      },
      {
        id: 'RU',
        options: [{ id: 'withdraw' }],
        preferences: {
          ranking: ['deal', ['calm', { sign: true, withdraw: false }], 'NNN', { sign: false }],
        },
      },
      {
        id: 'EU',
        options: [{ id: 'mediate' }],
        preferences: { payoffs: [{ state: 'deal', value: 3 }, { state: { sign: true }, value: 1 }, { state: 'NNNN', value: 0 }] },
      },
    ],
    infeasible: [
      { mutuallyExclusive: ['sign', 'withdraw'], source: 'un' },
      { requires: ['aid', 'sign'] },
      { pattern: { sign: true, mediate: true } },
      { when: 'sign & -aid' },
      { exactlyOne: ['aid', 'mediate'] },
    ],
    states: [
      { id: 'calm', options: { sign: false, aid: false, withdraw: false, mediate: false } },
      { id: 'deal', options: 'YYYN' },
    ],
    statusQuo: 'calm',
    packages: [{ options: ['sign', 'withdraw'], source: 'ap' }],
  };
}

describe('renaming an option', () => {
  it('renames whole words of statements only, keeping the rest as typed', () => {
    expect(renameInStatement('sign & -withdraw', 'sign', 'ratify')).toBe('ratify & -withdraw');
    expect(renameInStatement('signature | sign.x | sign_2 | not sign', 'sign', 'ratify')).toBe('signature | sign.x | sign_2 | not ratify');
    expect(renameInStatement('(sign)&!sign IF  sign', 'sign', 'r')).toBe('(r)&!r IF  r');
    expect(renameInStatement('1 & -3', 'sign', 'r')).toBe('1 & -3');
    expect(renameInStatement('señal & sign', 'señal', 'signal')).toBe('signal & sign');
  });

  it('updates every kind of reference and says where', () => {
    const before = model();
    const { tree, where } = renameId(before, 'option', 'sign', 'ratify');
    const us = tree.decisionMakers[0];
    expect(us.options.map((o) => o.id)).toEqual(['ratify', 'aid']);
    expect(us.options[0]).toEqual({ id: 'ratify', name: 'Sign', source: 'ap', quote: 'will sign' });
    // statements, with their provenance kept
    expect(us.preferences.statements).toEqual([
      'ratify & -withdraw',
      { statement: 'ratify IF (aid | withdraw)', source: 'ap', quote: 'q' },
      'signature | sign.x | sign_2 | not ratify',
    ]);
    // option values in moves and unknown pairs, keys in their order
    expect(us.forbidMoves).toEqual([{ from: { ratify: false, aid: false }, to: [{ ratify: true, aid: false }], source: 'un' }]);
    expect(Object.keys((us.forbidMoves as { from: object }[])[0].from)).toEqual(['ratify', 'aid']);
    expect((us.preferences as { unknown: unknown }).unknown).toEqual([[{ ratify: true }, 'calm']]);
    // rankings and payoffs
    expect(tree.decisionMakers[1].preferences.ranking).toEqual(['deal', ['calm', { ratify: true, withdraw: false }], 'NNN', { ratify: false }]);
    expect(tree.decisionMakers[2].preferences.payoffs).toEqual([
      { state: 'deal', value: 3 },
      { state: { ratify: true }, value: 1 },
      { state: 'NNNN', value: 0 },
    ]);
    // infeasibility rules of every kind
    expect(tree.infeasible).toEqual([
      { mutuallyExclusive: ['ratify', 'withdraw'], source: 'un' },
      { requires: ['aid', 'ratify'] },
      { pattern: { ratify: true, mediate: true } },
      { when: 'ratify & -aid' },
      { exactlyOne: ['aid', 'mediate'] },
    ]);
    // named-state patterns (a mapping; a Y/N string has no names) and packages
    expect(tree.states![0].options).toEqual({ ratify: false, aid: false, withdraw: false, mediate: false });
    expect(tree.states![1].options).toBe('YYYN');
    expect(tree.packages).toEqual([{ options: ['ratify', 'withdraw'], source: 'ap' }]);
    expect(where).toEqual([
      'the unknown comparisons of US',
      'forbidden move 1 of US',
      'the ranking of RU',
      'the payoffs of EU',
      'statement 1 of US',
      'statement 2 of US',
      'statement 3 of US',
      'infeasibility rule 1',
      'infeasibility rule 2',
      'infeasibility rule 3',
      'infeasibility rule 4',
      'the options of state calm',
      'package 1',
    ]);
    // nothing else changed, and the old tree is untouched
    expect(tree.statusQuo).toBe('calm');
    expect(before).toEqual(model());
  });

  it('renames only the references when the id was already changed by typing', () => {
    const typed = model();
    typed.decisionMakers[0].options[0] = { ...typed.decisionMakers[0].options[0], id: 'ratify' };
    expect(owners(typed, 'option', 'sign')).toEqual([]);
    expect(referencesTo(typed, 'option', 'sign')).toContain('statement 1 of US');
    const { tree, count } = renameReferences(typed, 'option', 'sign', 'ratify');
    expect(count).toBeGreaterThan(10);
    expect(referencesTo(tree, 'option', 'sign')).toEqual([]);
    expect(JSON.stringify(tree)).not.toMatch(/"sign"|\bsign &/);
  });
});

describe('renaming a named state', () => {
  it('updates the status quo, rankings, payoffs, unknown pairs and moves', () => {
    const { tree, where } = renameId(model(), 'state', 'calm', 'quiet');
    expect(tree.states!.map((s) => s.id)).toEqual(['quiet', 'deal']);
    expect(tree.statusQuo).toBe('quiet');
    expect(tree.decisionMakers[1].preferences.ranking).toEqual(['deal', ['quiet', { sign: true, withdraw: false }], 'NNN', { sign: false }]);
    expect((tree.decisionMakers[0].preferences as { unknown: unknown }).unknown).toEqual([[{ sign: true }, 'quiet']]);
    expect(tree.decisionMakers[0].addMoves).toEqual([{ from: 'quiet', to: 'deal' }]);
    expect(where).toEqual(['the unknown comparisons of US', 'added move 1 of US', 'the ranking of RU', 'the status quo']);
    const great = model();
    great.decisionMakers[1].preferences.greatly = [{ better: 'deal', worse: 'calm', quote: 'q' }];
    const g = renameId(great, 'state', 'calm', 'quiet');
    expect(g.tree.decisionMakers[1].preferences.greatly).toEqual([{ better: 'deal', worse: 'quiet', quote: 'q' }]);
    expect(g.where).toContain('the great preferences of RU');
    const deal = renameId(model(), 'state', 'deal', 'accord');
    expect(deal.tree.decisionMakers[2].preferences.payoffs![0]).toEqual({ state: 'accord', value: 3 });
    expect(deal.tree.decisionMakers[0].addMoves).toEqual([{ from: 'calm', to: 'accord' }]);
    // statements name options, never states: a statement word equal to a state id is left alone
    const m = model();
    m.decisionMakers[0].preferences.statements = ['calm | sign'];
    expect(renameId(m, 'state', 'calm', 'quiet').tree.decisionMakers[0].preferences.statements).toEqual(['calm | sign']);
  });

  it('renames graph-form moves, including lists of targets', () => {
    const g: ModelTree = {
      states: [{ id: 'a', options: '' }, { id: 'b', options: '' }],
      decisionMakers: [
        { id: 'X', options: [], moves: [{ from: 'a', to: ['b'] }, { from: 'b', to: 'a' }], preferences: { ranking: [['a', 'b']] } },
        { id: 'Y', options: [], moves: [], preferences: { payoffs: [{ state: 1, value: 1 }, { state: 'b', value: 2 }] } },
      ],
    } as unknown as ModelTree;
    const { tree } = renameId(g, 'state', 'b', 'c');
    expect(tree.decisionMakers[0].moves).toEqual([{ from: 'a', to: ['c'] }, { from: 'c', to: 'a' }]);
    expect(tree.decisionMakers[0].preferences.ranking).toEqual([['a', 'c']]);
    expect(tree.decisionMakers[1].preferences.payoffs).toEqual([{ state: 1, value: 1 }, { state: 'c', value: 2 }]);
  });
});

describe('renaming a source', () => {
  it('updates every source: reference, at any depth, and not other keys', () => {
    const { tree, where } = renameId(model(), 'source', 'ap', 'reuters');
    expect(tree.sources!.map((s) => s.id)).toEqual(['reuters', 'un']);
    const us = tree.decisionMakers[0];
    expect(us.source).toBe('reuters');
    expect(us.options[0].source).toBe('reuters');
    expect((us.preferences.statements![1] as { source: string }).source).toBe('reuters');
    expect(tree.packages).toEqual([{ options: ['sign', 'withdraw'], source: 'reuters' }]);
    expect(tree.infeasible![0].source).toBe('un');
    expect(where).toEqual(['decision maker US', 'option sign', 'statement 2 of US', 'package 1']);
    const un = renameId(model(), 'source', 'un', 'unsc');
    expect(un.where).toEqual(['forbidden move 1 of US', 'infeasibility rule 1']);
    expect((un.tree.decisionMakers[0].forbidMoves as { source: string }[])[0].source).toBe('unsc');
  });
});

describe('renaming a decision maker', () => {
  it('changes its id; nothing in the file refers to it', () => {
    const { tree, where } = renameId(model(), 'decisionMaker', 'RU', 'Russia');
    expect(tree.decisionMakers.map((d) => d.id)).toEqual(['US', 'Russia', 'EU']);
    expect(where).toEqual([]);
  });
});

describe('refusals', () => {
  it('refuses an id in use, with a message that says by what', () => {
    const m = model();
    expect(checkRename(m, 'option', 'sign', 'withdraw')).toMatch(/'withdraw' is already the id of an option of RU .*unique across the model/);
    expect(checkRename(m, 'state', 'calm', 'deal')).toMatch(/already the id of a named state/);
    expect(checkRename(m, 'source', 'ap', 'un')).toMatch(/already the id of a source/);
    expect(checkRename(m, 'decisionMaker', 'US', 'EU')).toMatch(/already the id of decision maker EU/);
    expect(() => renameId(m, 'option', 'sign', 'withdraw')).toThrow(/already/);
    expect(m).toEqual(model());
  });

  it('refuses ids the format does not allow', () => {
    const m = model();
    expect(checkRename(m, 'option', 'sign', 'a-b')).toMatch(/cannot be an id/);
    expect(checkRename(m, 'option', 'sign', 'not')).toMatch(/reserved/);
    expect(checkRename(m, 'option', 'sign', '2nd')).toMatch(/cannot be an id/);
    expect(checkRename(m, 'option', 'sign', '')).toMatch(/cannot be an id/);
    expect(checkRename(m, 'option', 'sign', 'sign')).toMatch(/already its id/);
    // a named state that would read as a Y/N string of the model's 4 options
    expect(checkRename(m, 'state', 'calm', 'YNNY')).toMatch(/Y\/N\/- string/);
    expect(checkRename(m, 'state', 'calm', 'YN')).toBeNull();
    // a different kind may share an id: option ids and state ids are separate lists
    expect(checkRename(m, 'option', 'sign', 'calm')).toBeNull();
  });
});
