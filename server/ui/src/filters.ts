import type { Result, StateInfo } from './types';

export type TableFilter = {
  text: string; // matches state number, Y/N, name or description
  concept: string; // the concept whose equilibria "equilibriaOnly" keeps
  equilibriaOnly: boolean;
  stableFor: string; // a decision maker id: keep states stable for it under the concept ('' = any)
};

export function conceptResult(result: Result, concept: string): { stableFor: Record<string, number[]>; equilibria: number[] } | null {
  const c = result[concept] as { stableFor?: Record<string, number[]>; equilibria?: number[] } | undefined;
  return c && c.stableFor && c.equilibria ? { stableFor: c.stableFor, equilibria: c.equilibria } : null;
}

/**
 * Whether the table must ask the server what a search text finds: the answer of a large model
 * describes its first states only, so words in the other states' descriptions are not in the page.
 */
export function findsOnServer(result: Result): boolean {
  return result.states.some((s) => s.description == null);
}

/**
 * The states of the stability table that pass a filter, in standard order. `found`: the numbers of
 * the states the server found for the filter's text (GET …/states?find=), used instead of matching
 * the text here when given.
 */
export function filterStates(result: Result, f: TableFilter, found?: Set<number> | null): StateInfo[] {
  const c = conceptResult(result, f.concept);
  const eq = new Set(c?.equilibria ?? []);
  const stable = new Set(f.stableFor && c ? c.stableFor[f.stableFor] ?? [] : []);
  const q = f.text.trim().toLowerCase();
  return result.states.filter((s) => {
    if (f.equilibriaOnly && !eq.has(s.id)) return false;
    if (f.stableFor && !stable.has(s.id)) return false;
    if (!q) return true;
    if (found) return found.has(s.id);
    return (
      String(s.id) === q ||
      s.yn.toLowerCase() === q ||
      (s.name ?? '').toLowerCase().includes(q) ||
      (s.description ?? '').toLowerCase().includes(q)
    );
  });
}

/** The state label used everywhere: "3" or "3 (deal)". */
export function stateLabel(s: StateInfo | undefined, id: number): string {
  return s?.name ? `${id} (${s.name})` : String(id);
}
