// Preferences in the editor: the three forms of docs/model-format.md (statements, a ranking,
// payoffs), payoffs as a value per feasible state, and switching between forms without losing what
// was typed. Pure functions over the model tree and the states the server listed.

import { allOptionIds } from './edit';
import type { ModelTree, Preferences, RankingEntry, StateInfo, StateRef } from './types';

export type PrefMode = 'statements' | 'ranking' | 'payoffs';
export type Payoff = { state: StateRef; value: number };

export const MODES: PrefMode[] = ['statements', 'ranking', 'payoffs'];

/** Which form a decision maker's preferences are given in. */
export function prefMode(p: Preferences | undefined): PrefMode {
  if (p?.ranking) return 'ranking';
  if (p?.payoffs) return 'payoffs';
  return 'statements';
}

/** Preferences given in `mode` as `value`, keeping everything else (unknown comparisons, ...). */
export function withForm(p: Preferences | undefined, mode: PrefMode, value: unknown): Preferences {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p ?? {})) if (!MODES.includes(k as PrefMode)) out[k] = v;
  return { [mode]: value, ...out } as Preferences;
}

/**
 * The states a reference matches, by number: a named state's id, a Y/N/- string of one letter per
 * option, a state number, or option values ({sign: true}). `options` are the option ids in model
 * order. A reference that matches nothing gives [].
 */
export function matchRef(ref: StateRef, states: StateInfo[], options: string[]): number[] {
  if (typeof ref === 'number') return states.some((s) => s.id === ref) ? [ref] : [];
  if (typeof ref === 'string') {
    const t = ref.trim();
    const named = states.find((s) => s.name === t);
    if (named) return [named.id];
    if (/^[0-9]+$/.test(t)) return matchRef(Number(t), states, options);
    if (options.length > 0 && t.length === options.length && /^[YNyn-]+$/.test(t)) {
      const want = t.toUpperCase();
      return states.filter((s) => [...want].every((c, i) => c === '-' || s.yn[i] === c)).map((s) => s.id);
    }
    return [];
  }
  if (ref && typeof ref === 'object') {
    const fixed: [number, string][] = [];
    for (const [k, v] of Object.entries(ref)) {
      const i = options.indexOf(k);
      if (i < 0 || typeof v !== 'boolean') return [];
      fixed.push([i, v ? 'Y' : 'N']);
    }
    return states.filter((s) => fixed.every(([i, c]) => s.yn[i] === c)).map((s) => s.id);
  }
  return [];
}

/** How a state is written in the file: its name if it has one, else its Y/N string, else its number. */
export function stateRef(s: StateInfo): StateRef {
  return s.name ?? (s.yn ? s.yn : s.id);
}

/** The option ids of a model in model order (what Y/N strings and option values refer to). */
export function optionOrder(m: ModelTree): string[] {
  return Array.isArray(m.decisionMakers) ? allOptionIds(m) : [];
}

export type PayoffTable = {
  /** The value of each state that has one. */
  values: Map<number, number>;
  /** States given a value more than once (an error the reader reports too). */
  repeated: number[];
  /** Entries (by index) whose state reference matches no listed state. */
  unresolved: number[];
};

/** The value of every state under a list of payoffs. */
export function payoffTable(payoffs: Payoff[] | undefined, states: StateInfo[], options: string[]): PayoffTable {
  const values = new Map<number, number>();
  const repeated: number[] = [];
  const unresolved: number[] = [];
  (payoffs ?? []).forEach((p, i) => {
    const ids = p && Number.isFinite(Number(p.value)) ? matchRef(p.state, states, options) : [];
    if (ids.length === 0) unresolved.push(i);
    for (const id of ids) {
      if (values.has(id)) repeated.push(id);
      else values.set(id, Number(p.value));
    }
  });
  return { values, repeated, unresolved };
}

/**
 * Sets (or, with null, removes) the value of one state. An entry that stands for this state alone
 * is changed in place; otherwise the payoffs are written out as one entry per state (in state
 * order, keeping every value), so that one state of a group can differ from the rest. Entries that
 * match no listed state are kept as they are, at the end.
 */
export function setPayoff(payoffs: Payoff[] | undefined, states: StateInfo[], options: string[], stateId: number, value: number | null): Payoff[] {
  const list = payoffs ?? [];
  const resolved = list.map((p) => ({ p, ids: matchRef(p.state, states, options) }));
  const covering = resolved.filter((r) => r.ids.includes(stateId));
  const state = states.find((s) => s.id === stateId);
  if (!state) return list;
  if (covering.length === 0) {
    return value === null ? list : [...list, { state: stateRef(state), value }];
  }
  if (covering.length === 1 && covering[0].ids.length === 1) {
    return value === null ? list.filter((p) => p !== covering[0].p) : list.map((p) => (p === covering[0].p ? { ...p, value } : p));
  }
  const { values } = payoffTable(list, states, options);
  if (value === null) values.delete(stateId);
  else values.set(stateId, value);
  const out: Payoff[] = states.filter((s) => values.has(s.id)).map((s) => ({ state: stateRef(s), value: values.get(s.id)! }));
  return [...out, ...resolved.filter((r) => r.ids.length === 0).map((r) => r.p)];
}

/** Tie groups of states, best first: higher values first, equal values tied. */
export function tiersOfValues(values: Map<number, number>): number[][] {
  const byValue = new Map<number, number[]>();
  for (const [id, v] of [...values.entries()].sort((a, b) => a[0] - b[0])) {
    if (!byValue.has(v)) byValue.set(v, []);
    byValue.get(v)!.push(id);
  }
  return [...byValue.entries()].sort((a, b) => b[0] - a[0]).map(([, ids]) => ids);
}

/** Tie groups of a ranking, best first, or null when some entry matches no listed state. */
export function tiersOfRanking(ranking: RankingEntry[] | undefined, states: StateInfo[], options: string[]): number[][] | null {
  const tiers: number[][] = [];
  for (const e of ranking ?? []) {
    const ids = (Array.isArray(e) ? e : [e]).flatMap((r) => matchRef(r, states, options));
    if (ids.length === 0) return null;
    tiers.push([...new Set(ids)].sort((a, b) => a - b));
  }
  return tiers;
}

/** Tie groups as a ranking: one line per group, each state by name or Y/N string. */
export function tiersToRanking(tiers: number[][], states: StateInfo[]): RankingEntry[] {
  const byId = new Map(states.map((s) => [s.id, s]));
  return tiers.map((t) => {
    const refs = t.map((id) => (byId.has(id) ? stateRef(byId.get(id)!) : id)) as StateRef[];
    return refs.length === 1 ? refs[0] : refs;
  });
}

/** Tie groups as payoffs, one entry per state in state order: the best group gets the most. */
export function tiersToPayoffs(tiers: number[][], states: StateInfo[]): Payoff[] {
  const value = new Map<number, number>();
  tiers.forEach((t, k) => t.forEach((id) => value.set(id, tiers.length - k)));
  return states.filter((s) => value.has(s.id)).map((s) => ({ state: stateRef(s), value: value.get(s.id)! }));
}

function sameTiers(a: number[][] | null, b: number[][] | null): boolean {
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** What each form held before the user switched away from it, so that switching back restores it. */
export type Stash = Partial<Record<PrefMode, unknown>>;

/**
 * Switches preferences to another form. Statements cannot be derived from a ranking, so switching
 * to statements restores those given before (or starts empty). A ranking and payoffs carry the same
 * order: with the current order known (`tiers`, best first, covering every state), the new form is
 * written from it, unless the form held before the switch away still gives that order, which is
 * then restored as it was (with its own numbers or groups). Without a known order, what the form
 * held before is restored, or it starts empty. Nothing is lost: the form switched away from is kept
 * in the returned stash.
 */
export function switchForm(
  p: Preferences | undefined,
  to: PrefMode,
  tiers: number[][] | null,
  states: StateInfo[],
  options: string[],
  stash: Stash,
): { prefs: Preferences; stash: Stash } {
  const from = prefMode(p);
  const current = (p as Record<string, unknown> | undefined)?.[from];
  if (from === to) return { prefs: p ?? {}, stash };
  const next: Stash = { ...stash, [from]: current };
  const kept = stash[to];
  if (to === 'statements' || !tiers) return { prefs: withForm(p, to, kept ?? []), stash: next };
  const keptTiers =
    kept === undefined
      ? null
      : to === 'ranking'
        ? tiersOfRanking(kept as RankingEntry[], states, options)
        : tiersOfValues(payoffTable(kept as Payoff[], states, options).values);
  if (kept !== undefined && sameTiers(keptTiers, tiers)) return { prefs: withForm(p, to, kept), stash: next };
  return { prefs: withForm(p, to, to === 'ranking' ? tiersToRanking(tiers, states) : tiersToPayoffs(tiers, states)), stash: next };
}

/** Parses a value typed in a payoff cell: a number (decimal point, optional sign), or null. */
export function parseValue(text: string): number | null {
  const t = text.trim().replace(/^\+/, '');
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}
