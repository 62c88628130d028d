import { describe, expect, it } from 'vitest';
import {
  capital,
  cellDoubts,
  cellText,
  columnHeading,
  dilemmasByParty,
  doubtSentence,
  dramaSnippet,
  hasDrama,
  hasPerceptions,
  listOf,
  misbeliefSentence,
  misbeliefText,
  mistakeClauses,
  namesOf,
  pairSentence,
  possessive,
  rowsByOwner,
  splitResolution,
  stabilityView,
  statesOfClass,
  the,
  type DilemmaT,
  type DilemmasResult,
  type PerceptionsResult,
} from './beliefs';
import type { ModelTree } from './types';

// Chicken with a card table, as the server answers it (examples/chicken.yaml plus `drama:` with
// P1 asking P2 to swerve, P2 asking P1 to, the crash threatened, and P1 doubting P2's threat).
const tree: ModelTree = {
  title: 'Chicken',
  decisionMakers: [
    { id: 'P1', name: 'Driver 1', options: [{ id: 'swerve1' }], preferences: {} },
    { id: 'P2', name: 'Driver 2', options: [{ id: 'swerve2' }], preferences: {} },
  ],
  states: [{ id: 'crash', options: { swerve1: false, swerve2: false } }],
  drama: { threatened: { future: 'crash' } },
};
const names = namesOf(tree);
const say = (s: number) => `state ${s} (${['crash', 'p1Swerves', 'p2Swerves', 'bothSwerve'][s - 1]})`;

const resolveThreat = 'make the threat credible by commitment (an irreversible step, a public pledge), or change it';
const resolveRejection = (who: string) => `make the threatened future more bearable for ${who} (so that it would carry the threat out), or concede`;
const dilemma = (over: Partial<DilemmaT>): DilemmaT => ({
  kind: 'threat',
  name: 'threat',
  stance: 'the blusterer',
  faced: 'P1',
  toward: 'P2',
  everyReading: true,
  because: [],
  gmcr: [],
  sentence: '',
  resolution: resolveThreat,
  ...over,
});

const chicken: DilemmasResult = {
  parley: '0.1.0',
  model: 'chicken-drama.yaml',
  bottomLine: "Driver 1's threat is not credible (rejection and threat dilemmas). Driver 2's threat is not credible (rejection and threat dilemmas). In all, four dilemmas.",
  concept: 'seq',
  threatened: { state: 1, yn: 'NN', words: 'crash' },
  positions: [
    { party: 'P1', pattern: 'NY', readings: [3] },
    { party: 'P2', pattern: 'Y-', readings: [2] },
  ],
  doubts: [{ party: 'P1', doubts: 'P2', about: 'threat' }],
  pairs: [{ a: 'P1', b: 'P2', phase: 'crisis', common: [] }],
  board: {
    columns: [{ kind: 'position', party: 'P1' }, { kind: 'position', party: 'P2' }, { kind: 'threatened' }],
    rows: [
      { option: 'swerve1', name: 'P1 swerves', owner: 'P1', cells: [{ value: 'no', doubted: false }, { value: 'yes', doubted: false }, { value: 'no', doubted: false }] },
      { option: 'swerve2', name: 'P2 swerves', owner: 'P2', cells: [{ value: 'yes', doubted: false }, { value: 'any', doubted: false }, { value: 'no', doubted: true }] },
    ],
  },
  dilemmas: [
    dilemma({
      kind: 'rejection',
      name: 'rejection',
      stance: 'the appeaser',
      faced: 'P2',
      toward: 'P1',
      resolution: resolveRejection('Driver 2'),
      sentence: `Driver 2 has a rejection dilemma with Driver 1: it prefers Driver 1's position, ‘p2Swerves’ (state 3), to the threatened future, ‘crash’ (state 1). What resolves it: ${resolveRejection('Driver 2')}.`,
    }),
    dilemma({
      faced: 'P2',
      toward: 'P1',
      doubt: { party: 'P1', doubts: 'P2', about: 'threat' },
      gmcr: [{ concept: 'seq', party: 'P2', state: 1, stable: false }],
      sentence: `Driver 2 has a threat dilemma with Driver 1: in the threatened future, ‘crash’ (state 1), it would rather take up “P2 swerves”. SEQ agrees: the threatened future is unstable for Driver 2. What resolves it: ${resolveThreat}.`,
    }),
    dilemma({
      kind: 'rejection',
      name: 'rejection',
      stance: 'the appeaser',
      resolution: resolveRejection('Driver 1'),
      sentence: `Driver 1 has a rejection dilemma with Driver 2: it prefers Driver 2's position, ‘p1Swerves’ (state 2), to the threatened future. What resolves it: ${resolveRejection('Driver 1')}.`,
    }),
    dilemma({
      gmcr: [{ concept: 'seq', party: 'P1', state: 1, stable: false }],
      sentence: `Driver 1 has a threat dilemma with Driver 2: in the threatened future it would rather take up “P1 swerves”. SEQ agrees: the threatened future is unstable for Driver 1. What resolves it: ${resolveThreat}.`,
    }),
  ],
  words: '',
};

describe('names in sentences, as the reports write them', () => {
  it('take "the" where a name needs it', () => {
    expect(the('United States')).toBe('the United States');
    expect(the('EU')).toBe('the EU');
    expect(the('Ontario Ministry of the Environment')).toBe('the Ontario Ministry of the Environment');
    expect(the('The Hague')).toBe('The Hague');
    expect(the('Russia')).toBe('Russia');
    expect(the('NATO')).toBe('NATO');
    expect(possessive('United States')).toBe("the United States'");
    expect(possessive('Russia')).toBe("Russia's");
    expect(possessive('Driver 1')).toBe("Driver 1's");
    expect(possessive('Congress')).toBe("Congress's");
  });
  it('begin with a capital', () => {
    expect(capital('the United States has a threat dilemma')).toBe('The United States has a threat dilemma');
    expect(capital('‘war’ (state 1) holds')).toBe('‘War’ (state 1) holds');
    expect(capital('')).toBe('');
  });
  it('are used in the dilemmas, the doubts and the phases', () => {
    const us = new Map([['US', 'United States'], ['UA', 'Ukraine']]);
    const g = dilemmasByParty([dilemma({ faced: 'US', toward: 'UA', sentence: 'the United States has a threat dilemma with Ukraine.', resolution: 'x' })], us);
    expect(g[0].name).toBe('the United States');
    expect(g[0].items[0].text).toBe('The United States has a threat dilemma with Ukraine.');
    expect(doubtSentence({ party: 'US', doubts: 'UA', about: 'threat', quote: 'They said “never”.\n Twice.' }, us)).toBe(
      'The United States doubts that Ukraine would carry out its threat: “They said ‘never’. Twice”.',
    );
    expect(pairSentence({ a: 'US', b: 'UA', phase: 'crisis', common: [] }, { ...chicken, positions: [{ party: 'US', pattern: null, readings: [] }, { party: 'UA', pattern: null, readings: [] }] }, us, say)).toBe(
      'The United States and Ukraine are at a crisis: their positions differ.',
    );
  });
});

describe('the model', () => {
  it('has a card table or perceptions, or not', () => {
    expect(hasDrama(tree)).toBe(true);
    expect(hasDrama({ ...tree, drama: undefined })).toBe(false);
    expect(hasDrama(null)).toBe(false);
    expect(hasPerceptions(tree)).toBe(false);
    const perceiving = { ...tree, decisionMakers: [{ ...tree.decisionMakers[0], perceives: { hidden: ['crash'] } }, tree.decisionMakers[1]] };
    expect(hasPerceptions(perceiving)).toBe(true);
  });
  it('offers a card table to add, in its own ids', () => {
    expect(dramaSnippet(tree).split('\n')).toEqual([
      'drama:',
      '  threatened:',
      '    future: crash   # what happens without agreement',
      '  positions:               # the future each party proposes',
      '    - {party: P1, future: {swerve2: true}}',
      '    - {party: P2, future: {swerve1: true}}',
      '  doubts:                  # optional: who does not believe whom',
      '    - {party: P1, doubts: P2, about: threat}',
    ]);
    expect(dramaSnippet({ ...tree, states: [] })).toContain('future: {swerve1: false, swerve2: false}');
    expect(dramaSnippet(null)).toContain('- {party: A, future: deal}');
  });
});

describe('the options board', () => {
  it('heads its columns with the positions and the threatened future', () => {
    expect(chicken.board.columns.map((c) => columnHeading(c, names))).toEqual(["Driver 1's position", "Driver 2's position", 'Threatened future']);
    expect(columnHeading({ kind: 'position', party: 'US' }, new Map([['US', 'United States']]))).toBe("The United States' position");
  });
  it('shows ✓ ✗ – and a ? where an intention is doubted, saying who doubts what', () => {
    const [r1, r2] = chicken.board.rows;
    expect(r1.cells.map((_, i) => cellText(chicken, r1, i, names).symbol)).toEqual(['✗', '✓', '✗']);
    expect(r2.cells.map((_, i) => cellText(chicken, r2, i, names).symbol)).toEqual(['✓', '–', '✗?']);
    expect(cellText(chicken, r1, 1, names).label).toBe("P1 swerves: should happen in Driver 2's position.");
    expect(cellText(chicken, r2, 1, names).label).toBe("P2 swerves: does not mind in Driver 2's position.");
    expect(cellText(chicken, r2, 2, names).label).toBe(
      'P2 swerves: should not happen in the threatened future; doubted: Driver 1 doubts that Driver 2 would carry out its threat.',
    );
  });
  it('finds the doubts of a cell as the server marks them', () => {
    const r: DilemmasResult = {
      ...chicken,
      doubts: [
        { party: 'P1', doubts: 'P2', about: 'threat' },
        { party: 'P1', doubts: 'P2', about: 'agreement', quote: 'they never keep a deal' },
      ],
    };
    const [p1, p2, threat] = r.board.columns;
    expect(cellDoubts(r, threat, 'P2').map((d) => d.about)).toEqual(['threat']);
    expect(cellDoubts(r, threat, 'P1')).toEqual([]);
    // in P1's position, P1's doubt that P2 keeps its part
    expect(cellDoubts(r, p1, 'P2').map((d) => d.about)).toEqual(['agreement']);
    expect(cellDoubts(r, p2, 'P2')).toEqual([]);
    expect(doubtSentence(r.doubts[1], names)).toBe('Driver 1 doubts that Driver 2 would keep its part of an agreement: “they never keep a deal”.');
  });
  it('groups the options by their owner', () => {
    const row = (option: string, owner: string) => ({ option, name: option, owner, cells: [] });
    const g = rowsByOwner([row('a', 'US'), row('b', 'US'), row('c', 'RU'), row('d', 'US')]);
    expect(g.map((x) => [x.owner, x.rows.map((r) => r.option)])).toEqual([
      ['US', ['a', 'b', 'd']],
      ['RU', ['c']],
    ]);
    expect(rowsByOwner(chicken.board.rows).map((x) => x.owner)).toEqual(['P1', 'P2']);
  });
  it('says where each pair stands', () => {
    expect(pairSentence(chicken.pairs[0], chicken, names, say)).toBe('Driver 1 and Driver 2 are at a crisis: their positions differ.');
    expect(pairSentence({ a: 'P1', b: 'P2', phase: 'crisis', common: [] }, { ...chicken, positions: [chicken.positions[0]] }, names, say)).toBe(
      'Driver 1 and Driver 2 are at a crisis: Driver 2 states no position.',
    );
    expect(pairSentence({ a: 'P1', b: 'P2', phase: 'commitment', common: [4] }, chicken, names, say)).toBe(
      'Driver 1 and Driver 2 propose a common future, state 4 (bothSwerve): a commitment point, where co-operation and trust dilemmas arise.',
    );
  });
});

describe('the dilemmas', () => {
  it('are grouped by the party that faces them, in the model’s order', () => {
    const g = dilemmasByParty(chicken.dilemmas, names, say);
    expect(g.map((x) => [x.party, x.name, x.items.map((i) => i.kind)])).toEqual([
      ['P1', 'Driver 1', ['rejection', 'threat']],
      ['P2', 'Driver 2', ['rejection', 'threat']],
    ]);
    const threat = g[1].items[1];
    expect(threat.title).toBe('Threat dilemma');
    expect(threat.toward).toEqual(['P1']);
    expect(threat.doubt?.party).toBe('P1');
    expect(threat.resolution).toBe(resolveThreat);
    // the resolution is shown apart, so the sentence ends before it
    expect(threat.text).toBe('Driver 2 has a threat dilemma with Driver 1: in the threatened future, ‘crash’ (state 1), it would rather take up “P2 swerves”. SEQ agrees: the threatened future is unstable for Driver 2.');
    expect(threat.view).toEqual({ label: 'SEQ agrees', agrees: true, title: 'Under SEQ, state 1 (crash) is unstable for Driver 2' });
    expect(g[0].items[0].view).toBeNull();
  });
  it('tell a dilemma toward several parties once', () => {
    const s = 'Russia has a threat dilemma with everyone. What resolves it: x.';
    const ds = [dilemma({ faced: 'RU', toward: 'US', sentence: s, resolution: 'x' }), dilemma({ faced: 'RU', toward: 'UA', sentence: s, resolution: 'x' })];
    const g = dilemmasByParty(ds, new Map([['US', 'United States'], ['UA', 'Ukraine'], ['RU', 'Russia']]));
    expect(g).toHaveLength(1);
    expect(g[0].items).toHaveLength(1);
    expect(g[0].items[0].toward).toEqual(['US', 'UA']);
  });
  it('put parties the model does not list last', () => {
    const g = dilemmasByParty([dilemma({ faced: 'X' }), dilemma({ faced: 'P2' })], names);
    expect(g.map((x) => x.party)).toEqual(['P2', 'X']);
    expect(g[1].name).toBe('X');
  });
  it('split the resolution from the sentence, and keep what follows it', () => {
    expect(splitResolution('It is so. What resolves it: guarantees. (Version 1 of drama theory calls this an inducement dilemma.)', 'guarantees')).toEqual({
      text: 'It is so.',
      after: '(Version 1 of drama theory calls this an inducement dilemma.)',
    });
    expect(splitResolution('A sentence without it.', 'guarantees')).toEqual({ text: 'A sentence without it.', after: '' });
    expect(splitResolution('A sentence.', '')).toEqual({ text: 'A sentence.', after: '' });
  });
  it('give the stability view as a badge', () => {
    const v = (stable: boolean[], concept = 'gmr') => stabilityView(dilemma({ gmcr: stable.map((s, i) => ({ concept, party: i ? 'P2' : 'P1', state: 1, stable: s })) }), names);
    expect(v([true])?.label).toBe('GMR disagrees');
    expect(v([true])?.agrees).toBe(false);
    expect(v([false, false])?.label).toBe('GMR agrees');
    expect(v([false, true])).toEqual({ label: 'GMR: mixed', agrees: null, title: 'Under GMR, state 1 is unstable for Driver 1; under GMR, state 1 is stable for Driver 2' });
    expect(v([false], 'seqsim')?.label).toBe('SEQ+SIM agrees');
    expect(v([])).toBeNull();
  });
});

// examples/chicken-misperceived.yaml under SEQ, as the server answers it
const misperceived: PerceptionsResult = {
  parley: '0.1.0',
  model: 'chicken-misperceived.yaml',
  concepts: ['seq'],
  misperceptions: true,
  decisionMakers: [
    {
      id: 'P1',
      hidden: [],
      misbeliefs: [{ kind: 'preferences', about: 'P2' }],
      concepts: { seq: { believedEquilibria: [2], believesStableForItself: [2, 3, 4], stableForItself: [2, 3], wrongAt: [4] } },
    },
    {
      id: 'P2',
      hidden: [1],
      misbeliefs: [{ kind: 'preferences', about: 'P1' }, { kind: 'hidden', states: [1] }],
      concepts: { seq: { believedEquilibria: [3], believesStableForItself: [2, 3, 4], stableForItself: [2, 3], wrongAt: [4] } },
    },
  ],
  equilibria: {
    seq: {
      hypergame: [2, 3, 4],
      true: [2, 3],
      classes: [
        { state: 2, class: 'HT', mistakes: [] },
        { state: 3, class: 'HT', mistakes: [] },
        {
          state: 4,
          class: 'H',
          mistakes: [
            { decisionMaker: 'P1', seesState: true, believesStable: true, decisive: [{ kind: 'preferences', about: 'P2' }] },
            { decisionMaker: 'P2', seesState: true, believesStable: true, decisive: [] },
          ],
        },
      ],
    },
  },
  words: '',
};

describe('what each side believes', () => {
  it('says each misbelief', () => {
    expect(misbeliefText({ kind: 'preferences', about: 'P2' }, names, say)).toBe("misjudges Driver 2's preferences");
    expect(misbeliefText({ kind: 'hidden', states: [1, 4] }, names, say)).toBe('cannot see state 1 (crash) and state 4 (bothSwerve)');
    expect(misbeliefText({ kind: 'indistinct', groups: [[2, 4]] }, names, say)).toBe('cannot tell state 2 (p1Swerves) and state 4 (bothSwerve) apart');
    expect(misbeliefText({ kind: 'indistinct', groups: [[2, 4], [1, 3]] }, names, say)).toBe(
      'cannot tell apart the states within each of these groups: (state 2 (p1Swerves) and state 4 (bothSwerve)); (state 1 (crash) and state 3 (p2Swerves))',
    );
  });
  it('says each misbelief as a sentence, with what it does to the game', () => {
    expect(misbeliefSentence('Driver 1', { kind: 'preferences', about: 'P2' }, names, say)).toBe(
      "Driver 1 misjudges Driver 2's preferences: it believes them other than the model gives them.",
    );
    expect(misbeliefSentence('the United States', { kind: 'hidden', states: [1] }, names, say)).toBe(
      "The United States cannot see state 1 (crash): nobody's moves to or from it exist in its game.",
    );
    expect(misbeliefSentence('Driver 2', { kind: 'hidden', states: [1, 2] }, names, say)).toContain('to or from them exist');
    expect(misbeliefSentence('Driver 2', { kind: 'indistinct', groups: [[2, 4]] }, names, say)).toBe(
      'Driver 2 cannot tell state 2 (p1Swerves) and state 4 (bothSwerve) apart: it judges such states alike, stable only where every one of them is.',
    );
  });
  it('names who is mistaken about what, the decisive misbeliefs first', () => {
    const h = misperceived.equilibria.seq.classes[2];
    expect(mistakeClauses(h, misperceived, names, say)).toEqual([
      "Driver 1 wrongly believes it stable for itself, as it misjudges Driver 2's preferences",
      // no decisive one: all of them, together
      "Driver 2 wrongly believes it stable for itself, as it misjudges Driver 1's preferences and cannot see state 1 (crash) (together)",
    ]);
    const t = { state: 2, class: 'T' as const, mistakes: [{ decisionMaker: 'P2', seesState: false, believesStable: false, decisive: [] }, { decisionMaker: 'P1', seesState: true, believesStable: false, decisive: [] }] };
    expect(mistakeClauses(t, misperceived, names, say)).toEqual([
      'Driver 2 cannot see it',
      "Driver 1 wrongly believes it unstable for itself, as it misjudges Driver 2's preferences (together)",
    ]);
  });
  it('lists the states of each class', () => {
    expect(statesOfClass(misperceived, 'seq', 'HT')).toEqual([2, 3]);
    expect(statesOfClass(misperceived, 'seq', 'H')).toEqual([4]);
    expect(statesOfClass(misperceived, 'seq', 'T')).toEqual([]);
    expect(statesOfClass(misperceived, 'nash', 'HT')).toEqual([]);
  });
  it('joins lists in English', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });
});
