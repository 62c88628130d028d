// The evolution analyses (status quo evolution, sequencing deadlocks, coalitions) as the API
// answers them, and the small pure functions the Evolution view is built on.
import type { StateInfo } from './types';

export type EvoStep = { by: string; from: number; to: number; improvement?: boolean; joint?: boolean };

export type EvoPath = {
  to: number;
  label: string;
  here: boolean;
  reachable: boolean;
  equilibriumUnder: string[];
  byImprovements: EvoStep[] | null;
  byImprovementsSentence: string | null;
  byMoves?: EvoStep[] | null;
  byMovesSentence?: string | null;
};

export type EvolutionResult = {
  title: string;
  from: number;
  fromLabel: string;
  to?: number;
  statusQuo: number | null;
  concepts: string[];
  improvementsOnly: boolean;
  depth: number;
  movers: { id: string; name: string; members: string[] }[];
  firstMoves: (EvoStep & { sentence: string })[];
  reachable: { byMoves?: number[]; byImprovements: number[] };
  exactly: { steps: number; byMoves?: number[]; byImprovements: number[] }[];
  paths: EvoPath[];
  states: StateInfo[];
};

export type DeadlockT = {
  from: number;
  to: number;
  label: string;
  coalition: string[];
  coalitionNames: string[];
  jointMoveReaches: number;
  jointLabel: string;
  afterwards: EvoStep[];
  members: { decisionMaker: string; aloneReaches: number | null; waitsFor: string[] }[];
  equilibriumUnder: Record<string, boolean>;
  holds: boolean;
  summary: string;
  sentences: string[];
  path: EvoStep[];
};

export type DeadlocksResult = {
  from: number;
  fromLabel: string;
  statusQuo: number | null;
  concepts: string[];
  note?: string;
  skipped?: string;
  reachableByImprovements: number[];
  deadlocks: DeadlockT[];
  states: StateInfo[];
};

type StableSets = { stableFor: Record<string, number[]>; equilibria: number[]; individualEquilibria?: number[] };

export type CoalitionsResult = {
  title: string;
  skipped?: string;
  parameters?: { concepts: string[]; deterrence: string };
  decisionMakers?: string[];
  coalitions?: { id: string; members: string[]; names: string }[];
  conceptMeanings?: { id: string; label: string; individual: string; meaning: string }[];
  statusQuo: number | null;
  statusQuoLabel?: string;
  evolution?: {
    byUnilateralImprovements: number[];
    coalitionMoves: { coalition: string; from: number; to: number; byImprovements: boolean; sentence: string }[];
  };
  broken?: { state: number; label: string; equilibriumUnder: string[]; notCoalitionEquilibriumUnder: string[]; explainedUnder: string; sentences: string[] }[];
  brokenCount?: number;
  structure?: {
    text: string;
    structure: string[][];
    blocks: { id: string; names: string }[];
    deterrence: string;
    fromStatusQuo?: { from: number; reachable: number[]; individually: number[]; onlyByBlocks: { to: number; path: EvoStep[]; sentence: string }[] };
    [concept: string]: unknown;
  };
  states: StateInfo[];
  [concept: string]: unknown;
};

/** The stable sets of a concept in a result ({@code cnash}, or {@code nash} in a structure). */
export function stableSets(r: Record<string, unknown> | undefined, concept: string): StableSets | null {
  const c = r?.[concept] as StableSets | undefined;
  return c && c.stableFor && c.equilibria ? c : null;
}

/** A piece of a sentence: text, or a mention of a state ("state 8 (deal)") to make a button of. */
export type Piece = { text: string; state?: number };

/**
 * Splits a sentence at its mentions of states — "state 12", "State 8 (deal)" — so each can become
 * a button; only numbers in {@code known} (when given) count as states.
 */
export function linkStates(sentence: string, known?: Set<number>): Piece[] {
  const out: Piece[] = [];
  const re = /\b[Ss]tate (\d+)( \([^()]*\))?/g;
  let last = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const id = Number(m[1]);
    if (known && !known.has(id)) continue;
    if (m.index > last) out.push({ text: sentence.slice(last, m.index) });
    out.push({ text: m[0], state: id });
    last = m.index + m[0].length;
  }
  if (last < sentence.length) out.push({ text: sentence.slice(last) });
  return out;
}

/** The states a path visits, its start included: [9, 10, 12, 8]. */
export function pathStates(steps: EvoStep[]): number[] {
  if (steps.length === 0) return [];
  return [steps[0].from, ...steps.map((s) => s.to)];
}

/** "9 → 12 → 8". */
export function pathText(states: number[]): string {
  return states.join(' → ');
}

/** Which legs of a path the state graph has as moves, and which it lacks (joint moves). */
export function pathLegs(path: number[], moves: { from: number; to: number }[]): { from: number; to: number; drawn: boolean }[] {
  const have = new Set(moves.map((m) => `${m.from}>${m.to}`));
  const legs: { from: number; to: number; drawn: boolean }[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    legs.push({ from: path[i], to: path[i + 1], drawn: have.has(`${path[i]}>${path[i + 1]}`) });
  }
  return legs;
}

/**
 * A coalition structure as typed ("[US,UA],RU" or "US+UA"), checked against the decision makers
 * before it is sent: '' when it looks right, else what is wrong. The server has the last word.
 */
export function checkStructure(text: string, dms: string[]): string {
  const t = text.trim();
  if (!t) return '';
  const names = t.replace(/[[\]]/g, ',').split(/[,+]/).map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !dms.some((d) => d.toLowerCase() === n.toLowerCase()));
  if (unknown.length > 0) return `unknown decision maker ${unknown.map((u) => `'${u}'`).join(', ')}; the decision makers are ${dms.join(', ')}`;
  const seen = new Set<string>();
  for (const n of names.map((x) => x.toLowerCase())) {
    if (seen.has(n)) return `${dms.find((d) => d.toLowerCase() === n)} appears twice`;
    seen.add(n);
  }
  return '';
}
