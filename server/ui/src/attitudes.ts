// The attitudes section's answer (POST /api/models/{name}/attitudes) and the small pure functions it
// is built on: the matrix of attitudes in signs, and per relational concept the equilibria and the
// states the attitudes make or unmake stable (docs/semantics.md §3.4, §5.3).
import type { operations } from './generated/api-types';
import type { Names } from './beliefs';
import type { ModelTree } from './types';

export type AttitudesRequest = NonNullable<operations['attitudes']['requestBody']>['content']['application/json'];

export const RELATIONAL = ['rnash', 'rgmr', 'rsmr', 'rseq'] as const;
export type RelationalId = (typeof RELATIONAL)[number];

export type RelationalConceptT = {
  standard: string;
  stableFor: Record<string, number[]>;
  equilibria: number[];
  becomeStable: number[];
  ceaseToBeStable: number[];
};

export type AttitudesResult = {
  parley: string;
  model: string;
  attitudes: { declared: boolean; reading: 'weak' | 'strict'; of: Record<string, Record<string, number>> };
  words: string;
} & Partial<Record<RelationalId, RelationalConceptT>>;

/** Whether the model file declares attitudes (a top-level `attitudes:`). */
export function hasAttitudes(tree: ModelTree | null): boolean {
  const a = tree?.attitudes;
  return a !== undefined && a !== null;
}

/** +, 0 or − for an attitude of +1, 0 or -1. */
export function sign(e: number | undefined): string {
  return e === undefined ? '?' : e > 0 ? '+' : e < 0 ? '−' : '0';
}

/** The label of a relational concept: rseq → RSEQ, rnash → RNash. */
export function relationalLabel(id: string): string {
  return id === 'rnash' ? 'RNash' : id.toUpperCase();
}

/** The matrix of attitudes as rows of signs, in model order: [holder's name, sign towards each]. */
export function attitudeRows(r: AttitudesResult, order: string[], names: Names): string[][] {
  return order.map((i) => [names.get(i) ?? i, ...order.map((j) => sign(r.attitudes.of[i]?.[j]))]);
}

/** The relational concepts the answer holds, in the order rnash, rgmr, rsmr, rseq. */
export function conceptsOf(r: AttitudesResult): { id: RelationalId; c: RelationalConceptT }[] {
  return RELATIONAL.flatMap((id) => (r[id] ? [{ id, c: r[id]! }] : []));
}

/** One line on what the attitudes change under a concept, compared with its standard one. */
export function changeSummary(id: RelationalId, c: RelationalConceptT, declared: boolean): string {
  const std = c.standard === 'nash' ? 'Nash' : c.standard.toUpperCase();
  const n = (k: number, verb: string) => `${k} ${k === 1 ? `state ${verb}s` : `states ${verb}`}`;
  if (c.becomeStable.length === 0 && c.ceaseToBeStable.length === 0) {
    return `The equilibria are those of ${std}: the ${declared ? 'declared' : 'self-interested'} attitudes change no verdict.`;
  }
  const parts: string[] = [];
  if (c.becomeStable.length > 0) parts.push(`${n(c.becomeStable.length, 'become')} stable`);
  if (c.ceaseToBeStable.length > 0) parts.push(`${n(c.ceaseToBeStable.length, 'cease')} to be stable`);
  return `Compared with ${std}, under ${relationalLabel(id)} ${parts.join(' and ')}.`;
}
