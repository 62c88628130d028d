import { describe, expect, it } from 'vitest';
import {
  cardKey,
  changesText,
  conceptNames,
  equilibriaGroups,
  hasTimeline,
  phaseTitle,
  sourceTitle,
  standing,
  standingKind,
  stateText,
  timelineSnippet,
  verdictChanges,
  type Phase,
  type PhaseState,
} from './timeline';
import type { ModelTree } from './types';

// The flagship's two phases (examples/peace-talks-2026.yaml) as the server answers them, under
// Nash, GMR and SIM, the deadlock and the long state words shortened.
const war: PhaseState = { number: 1, yn: 'NNNNN', words: 'war' };
const summit: PhaseState = { number: 4, yn: 'NNNYN', words: 'summit' };
const ceded: PhaseState = { number: 7, yn: 'NNYYN', words: 'no US guarantee, Ukraine has ceded the rest of Donetsk' };
const capitulation: PhaseState = { number: 13, yn: 'NNYYY', words: 'capitulation' };
const veto: PhaseState = { number: 15, yn: 'YYYYY', words: 'vetoDeal' };
const under = ['nash', 'gmr', 'sim'];

const before: Phase = {
  id: 'start',
  name: 'before mid-2027',
  date: '2026-11-26',
  states: 15,
  equilibria: { nash: [war, summit, veto], gmr: [war, summit, ceded, capitulation, veto], sim: [war, summit, veto] },
  statusQuo: { ...war, equilibriumUnder: under },
  deadlocks: ['Sequencing deadlock: Ukraine will not take up “withdraw” on its own.'],
};
const reason = 'Russia no longer prefers ‘capitulation’ (state 13) to it.';
const after: Phase = {
  id: 'afterMid2027',
  name: 'after mid-2027',
  date: 'mid-2027',
  source: 'report',
  quote: 'Moscow lacks the personnel and resources to conquer Donetsk before mid-2027.',
  note: 'The estimate covers the time before mid-2027 only.',
  states: 15,
  changes: 'What changes: Russia\'s preferences lose the statement ‘settle IF withdraw’.',
  preferencesOf: ['RU'],
  rulesAdded: 0,
  reversibility: [],
  statusQuoMoved: false,
  verdictChanges: [
    { concept: 'nash', state: 'NNYYN', becomes: 'equilibrium', reasons: [reason] },
    { concept: 'sim', state: 'NNYYN', becomes: 'equilibrium', reasons: [reason] },
  ],
  equilibria: { nash: [war, summit, ceded, veto], gmr: [war, summit, ceded, capitulation, veto], sim: [war, summit, ceded, veto] },
  statusQuo: { ...war, equilibriumUnder: under },
  deadlocks: [],
};
const phases = [before, after];

describe('the model', () => {
  it('has phases or not', () => {
    const tree: ModelTree = { decisionMakers: [] };
    expect(hasTimeline(tree)).toBe(false);
    expect(hasTimeline(null)).toBe(false);
    expect(hasTimeline({ ...tree, timeline: null })).toBe(false);
    expect(hasTimeline({ ...tree, timeline: { start: 'now', phases: [] } })).toBe(true);
  });

  it('offers a timeline to add, in its own ids', () => {
    const tree: ModelTree = {
      decisionMakers: [{ id: 'RU', options: [{ id: 'settle' }], preferences: { statements: [{ statement: 'settle IF withdraw' }, '-settle'] } }],
    };
    const lines = timelineSnippet(tree).split('\n');
    expect(lines[0]).toBe('timeline:');
    expect(lines).toContain('        RU:');
    expect(lines).toContain('          drop: ["settle IF withdraw"]');
    // no statements: the first option made irreversible instead
    const ranked: ModelTree = { decisionMakers: [{ id: 'A', options: [{ id: 'a1' }], preferences: { ranking: [] } }] };
    expect(timelineSnippet(ranked)).toContain('        a1: forward');
    expect(timelineSnippet(ranked)).not.toContain('drop:');
  });

  it('names a source by its title', () => {
    const tree: ModelTree = { decisionMakers: [], sources: [{ id: 'report', title: 'The ISW report' }] };
    expect(sourceTitle(tree, 'report')).toBe('The ISW report');
    expect(sourceTitle(tree, 'other')).toBe('other');
    expect(sourceTitle(tree, undefined)).toBeNull();
  });
});

describe('a phase', () => {
  it('is titled by its place and name', () => {
    expect(phaseTitle(after, 1)).toBe('Phase 2: after mid-2027');
  });

  it('says where its status quo stands, in words', () => {
    expect(stateText(war)).toBe('‘war’ (state 1)');
    expect(standing(before)).toBe('The status quo, ‘war’ (state 1), is an equilibrium under every concept analysed.');
    expect(standingKind(before)).toBe('all');
    const some = { ...before, statusQuo: { ...war, equilibriumUnder: ['gmr', 'sim'] } };
    expect(standing(some)).toBe('The status quo, ‘war’ (state 1), is an equilibrium under GMR and SIM only.');
    expect(standingKind(some)).toBe('some');
    const none = { ...before, statusQuo: { ...war, equilibriumUnder: [] } };
    expect(standing(none)).toBe('The status quo, ‘war’ (state 1), is an equilibrium under no concept analysed.');
    expect(standingKind(none)).toBe('none');
    expect(standing({ ...before, statusQuo: undefined })).toBe('The model gives no status quo.');
  });

  it('groups its equilibria by the concepts that agree on them', () => {
    const g = equilibriaGroups(before);
    expect(g.map((x) => x.label)).toEqual(['Nash and SIM', 'GMR']);
    expect(g[0].states.map(stateText)).toEqual(['‘war’ (state 1)', '‘summit’ (state 4)', '‘vetoDeal’ (state 15)']);
    expect(g[1].states.map((s) => s.number)).toEqual([1, 4, 7, 13, 15]);
    // a concept with no equilibrium is a group of its own
    const empty = equilibriaGroups({ ...before, equilibria: { nash: [], gmr: [war] } });
    expect(empty.map((x) => [x.label, x.states.length])).toEqual([
      ['Nash', 0],
      ['GMR', 1],
    ]);
    expect(conceptNames(['seq', 'seqsim'])).toBe('SEQ and SEQ+SIM');
  });

  it('says what it changes without the report’s lead-in', () => {
    expect(changesText(after)).toBe('Russia\'s preferences lose the statement ‘settle IF withdraw’.');
    expect(changesText(before)).toBeNull();
  });
});

describe('the verdicts a phase turns', () => {
  it('are one sentence per state, naming every concept, with the reasons', () => {
    const c = verdictChanges(phases, 1);
    expect(c).toHaveLength(1);
    expect(c[0].gained).toBe(true);
    expect(c[0].concepts).toEqual(['nash', 'sim']);
    expect(c[0].state).toEqual(ceded);
    expect(c[0].sentence).toBe(
      '‘no US guarantee, Ukraine has ceded the rest of Donetsk’ (state 7) becomes an equilibrium under Nash and SIM. Russia no longer prefers ‘capitulation’ (state 13) to it.',
    );
  });

  it('find a lost equilibrium in the phase before', () => {
    const later: Phase = {
      ...after,
      verdictChanges: [
        { concept: 'gmr', state: 'NNYYY', becomes: 'not an equilibrium', reasons: [] },
        { concept: 'nash', state: 'NNYYN', becomes: 'equilibrium', reasons: ['One.'] },
        { concept: 'sim', state: 'NNYYN', becomes: 'equilibrium', reasons: ['Another.'] },
      ],
    };
    const c = verdictChanges([before, later], 1);
    expect(c.map((x) => x.sentence)).toEqual([
      '‘capitulation’ (state 13) stops being an equilibrium under GMR.',
      '‘no US guarantee, Ukraine has ceded the rest of Donetsk’ (state 7) becomes an equilibrium under Nash. One.',
      '‘no US guarantee, Ukraine has ceded the rest of Donetsk’ (state 7) becomes an equilibrium under SIM. Another.',
    ]);
    // a state the answer does not list is said by its options
    const odd: Phase = { ...after, verdictChanges: [{ concept: 'nash', state: 'YNNNN', becomes: 'equilibrium', reasons: [] }] };
    expect(verdictChanges([before, odd], 1)[0].sentence).toBe('The state YNNNN becomes an equilibrium under Nash.');
    expect(verdictChanges(phases, 0)).toEqual([]);
  });
});

describe('the keys between the cards', () => {
  it('move to the next, the one before, the first and the last', () => {
    expect(cardKey('ArrowRight', 0, 2)).toBe(1);
    expect(cardKey('ArrowRight', 1, 2)).toBe(1);
    expect(cardKey('ArrowLeft', 1, 2)).toBe(0);
    expect(cardKey('ArrowLeft', 0, 2)).toBe(0);
    expect(cardKey('Home', 3, 5)).toBe(0);
    expect(cardKey('End', 0, 5)).toBe(4);
    expect(cardKey('Enter', 0, 5)).toBe(-1);
    expect(cardKey('ArrowRight', 0, 0)).toBe(-1);
  });
});
