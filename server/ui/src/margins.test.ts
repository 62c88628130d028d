import { describe, expect, it } from 'vitest';
import { decimal, flippable, hasProbabilities, statesOf, thresholdText, verdictCell, verdictOf, type MarginsResult, type MarginVerdict } from './margins';
import type { ModelTree } from './types';

// examples/chicken-probabilistic.yaml as the server answers it, Nash only, two states shown.
const v = (over: Partial<MarginVerdict>): MarginVerdict => ({
  decisionMaker: 'P1',
  state: 1,
  stable: true,
  threshold: 0.5,
  margin: null,
  holdsForEveryThreshold: true,
  ...over,
});
const chicken: MarginsResult = {
  parley: '0.1.0',
  model: 'chicken-probabilistic.yaml',
  bottomLine: 'At τ = 0.5, 4 verdicts would flip at another threshold.',
  thresholds: [
    { decisionMaker: 'P1', threshold: 0.5 },
    { decisionMaker: 'P2', threshold: 0.5 },
  ],
  stated: [{ decisionMaker: 'P1', better: 'state 3 (p2Swerves)', worse: 'state 4 (bothSwerve)', p: 0.6 }],
  concepts: [
    {
      concept: 'nash',
      verdicts: [
        v({ state: 4, stable: false, margin: 0.09999999999999998, holdsForEveryThreshold: false, flipsFrom: 0.6, sentence: 'P1 far' }),
        v({ state: 3, margin: 0.1, holdsForEveryThreshold: false, flipsBelow: 0.4, sentence: 'P1 near' }),
        v({ decisionMaker: 'P2', state: 1, stable: false, margin: 0.2, holdsForEveryThreshold: false, sentence: 'P2' }),
        v({ decisionMaker: 'P2', state: 3 }),
      ],
    },
  ],
  words: '',
};

describe('margins', () => {
  it('knows whether a model states probabilities', () => {
    const tree = (prefs: object, top: object = {}): ModelTree =>
      ({ title: 'C', decisionMakers: [{ id: 'P1', name: 'P1', options: [], preferences: prefs }], ...top }) as unknown as ModelTree;
    expect(hasProbabilities(tree({ ranking: [] }))).toBe(false);
    expect(hasProbabilities(tree({ ranking: [], probabilities: [] }))).toBe(false);
    expect(hasProbabilities(tree({ ranking: [], probabilities: [{ better: 'a', worse: 'b', p: 0.6 }] }))).toBe(true);
    expect(hasProbabilities(tree({ ranking: [], threshold: 0.6 }))).toBe(true);
    expect(hasProbabilities(tree({ ranking: [] }, { probabilityThreshold: 0.4 }))).toBe(true);
    expect(hasProbabilities(null)).toBe(false);
  });

  it('writes a verdict with its margin, rounded', () => {
    expect(verdictCell(chicken.concepts[0].verdicts[0])).toBe('unstable (0.1)');
    expect(verdictCell(chicken.concepts[0].verdicts[3])).toBe('stable');
    expect(decimal(0.30000000000000004)).toBe('0.3');
  });

  it('lists the verdicts that can flip, nearest first', () => {
    expect(flippable(chicken, 'nash').map((x) => x.sentence)).toEqual(['P1 far', 'P1 near', 'P2']);
    expect(flippable(chicken, 'seq')).toEqual([]);
    expect(verdictOf(chicken, 'nash', 'P2', 1)?.stable).toBe(false);
    expect(statesOf(chicken)).toEqual([1, 3, 4]);
  });

  it('says the thresholds', () => {
    expect(thresholdText(chicken)).toBe('τ = 0.5');
    const mixed = { ...chicken, thresholds: [{ decisionMaker: 'P1', threshold: 0.5 }, { decisionMaker: 'P2', threshold: 0.75 }] };
    expect(thresholdText(mixed)).toBe('P1 0.5, P2 0.75');
  });
});
