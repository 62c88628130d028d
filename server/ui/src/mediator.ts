// Pure helpers of the Mediator tab: which state to start from, states inside sentences as links,
// and the numbers of an inverse analysis in words.
import type { StateInfo, Tier } from './types';

/** A piece of a sentence: plain text, or a state the reader can open. */
export type Segment = { text: string; state?: number };

const DEAL = /\b(deal|agreement|settlement|accord|compromise|peace)\b/i;

/**
 * The target a mediator starts from: a named state that reads like a deal ("deal", "agreement",
 * "settlement", ...), else the first equilibrium, else the first state; null without states.
 */
export function defaultTarget(states: StateInfo[], equilibria: number[] | null): number | null {
  const deal = states.find((s) => s.name && DEAL.test(s.name));
  if (deal) return deal.id;
  if (equilibria && equilibria.length > 0) return equilibria[0];
  return states.length > 0 ? states[0].id : null;
}

/** True when a default target can be chosen without knowing the equilibria. */
export function hasDealState(states: StateInfo[]): boolean {
  return states.some((s) => s.name && DEAL.test(s.name));
}

/**
 * Splits a sentence of the mediator's answers at every state it names, so that each can be a
 * button: "state 8 (deal)" anywhere, and inside a change ("ranks 7 (capitulation) above [5, 8
 * (deal)] (now the other way round)") every state of the reordered tie groups. Numbers outside
 * 1..stateCount are left as text.
 */
export function linkStates(sentence: string, stateCount: number): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, state?: number) => {
    if (!text) return;
    if (state === undefined && out.length > 0 && out[out.length - 1].state === undefined) {
      out[out.length - 1] = { text: out[out.length - 1].text + text };
    } else {
      out.push(state === undefined ? { text } : { text, state });
    }
  };
  const ok = (n: number) => Number.isInteger(n) && n >= 1 && n <= stateCount;
  // pushes text, each match of pattern (its first group a state number) as a link to that state
  const linking = (pattern: RegExp) => (text: string) => {
    const re = new RegExp(pattern);
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = Number(m[1]);
      if (!ok(n)) continue;
      push(text.slice(last, m.index));
      push(m[0], n);
      last = m.index + m[0].length;
    }
    push(text.slice(last));
  };
  // "state N" or "state N (name)" outside changes
  const labelled = linking(/\bstate (\d+)( \((?!(?:true|false) now\))[^()]*\))?/g);
  // "N" or "N (name)" inside the tie groups a change reorders
  const bare = linking(/(\d+)( \([^()]*\))?/g);
  const change = /\branks (.*?) \(now the other way round\)/g;
  let last = 0;
  for (let m = change.exec(sentence); m; m = change.exec(sentence)) {
    labelled(sentence.slice(last, m.index));
    push('ranks ');
    bare(m[1]);
    push(' (now the other way round)');
    last = m.index + m[0].length;
  }
  labelled(sentence.slice(last));
  return out;
}

/** The states of one tie group. */
export function tierStates(t: Tier | number[] | string): number[] {
  if (typeof t === 'string') return [];
  return Array.isArray(t) ? t : [t];
}

/** "33.5%" for a count out of a total; "" when either is missing or the total is zero. */
export function share(count: number | null | undefined, total: number | null | undefined): string {
  if (count === null || count === undefined || !total) return '';
  const p = (100 * count) / total;
  if (p === 0 || p === 100) return `${p}%`;
  if (p < 0.1) return '< 0.1%';
  if (p > 99.9) return '> 99.9%';
  return `${p.toFixed(1)}%`;
}

/**
 * What may vary, as the API's `vary` list: the chosen decision makers' whole rankings, in the
 * model's order.
 */
export function varyList(all: string[], chosen: string[]): string[] {
  return all.filter((d) => chosen.includes(d));
}
