// The Margins card's answer (POST /api/models/{name}/margins, docs/semantics.md §5.5) and the pure
// functions it is built on: whether a model states probabilities, a verdict's cell, and the
// verdicts that a change of threshold would flip, nearest first.
import type { components, operations } from './generated/api-types';
import type { ModelTree } from './types';

export type MarginsRequest = NonNullable<operations['margins']['requestBody']>['content']['application/json'];
export type MarginsResult = components['schemas']['MarginsResult'];
export type MarginVerdict = MarginsResult['concepts'][number]['verdicts'][number];

/** Whether the model states probabilities or a threshold (§5.5). */
export function hasProbabilities(tree: ModelTree | null): boolean {
  const t = tree as (ModelTree & { probabilityThreshold?: number }) | null;
  if (t?.probabilityThreshold !== undefined) return true;
  return (tree?.decisionMakers ?? []).some((d) => {
    const p = d.preferences as { probabilities?: unknown[]; threshold?: number } | undefined;
    return (p?.probabilities?.length ?? 0) > 0 || p?.threshold !== undefined;
  });
}

/** A probability or margin as a short decimal: 0.1, not 0.09999999999999998. */
export function decimal(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

/** "stable", or "unstable (0.1)" when a change of threshold by 0.1 would flip it. */
export function verdictCell(v: MarginVerdict): string {
  const word = v.stable ? 'stable' : 'unstable';
  return v.margin === null || v.margin === undefined ? word : `${word} (${decimal(v.margin)})`;
}

/** The verdicts of one concept that some threshold flips, nearest first. */
export function flippable(r: MarginsResult, concept: string): MarginVerdict[] {
  const c = r.concepts.find((k) => k.concept === concept);
  if (!c) return [];
  return c.verdicts
    .filter((v) => !v.holdsForEveryThreshold)
    .slice()
    .sort((a, b) => (a.margin ?? Infinity) - (b.margin ?? Infinity));
}

/** The verdict of a decision maker at a state under a concept. */
export function verdictOf(r: MarginsResult, concept: string, dm: string, state: number): MarginVerdict | undefined {
  return r.concepts.find((k) => k.concept === concept)?.verdicts.find((v) => v.decisionMaker === dm && v.state === state);
}

/** The states of the answer, ascending. */
export function statesOf(r: MarginsResult): number[] {
  return [...new Set(r.concepts.flatMap((c) => c.verdicts.map((v) => v.state)))].sort((a, b) => a - b);
}

/** "τ = 0.5" when every threshold is the same, else "P1 0.5, P2 0.7". */
export function thresholdText(r: MarginsResult): string {
  const ts = r.thresholds.map((t) => t.threshold ?? 0.5);
  if (ts.every((t) => t === ts[0])) return `τ = ${decimal(ts[0] ?? 0.5)}`;
  return r.thresholds.map((t) => `${t.decisionMaker} ${decimal(t.threshold ?? 0.5)}`).join(', ');
}
