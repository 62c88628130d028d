// The Timeline view's answer (POST /api/models/{name}/timeline) and the small pure functions it is
// built on: each phase's status quo and equilibria in words, the equilibria grouped by the concepts
// that agree on them, the verdicts a phase turns with their reasons, and the keys between the cards
// (docs/workbench.md, docs/semantics.md §7).
import { capital, listOf } from './beliefs';
import type { operations } from './generated/api-types';
import type { ModelTree, StatementT } from './types';
import { CONCEPTS } from './types';

export type TimelineRequest = NonNullable<operations['timeline']['requestBody']>['content']['application/json'];

/** A state of one phase: its number there, its options as Y/N, and its name or options in words. */
export type PhaseState = { number: number; yn: string; words: string };

export type VerdictChange = { concept: string; state: string; number?: number; words?: string; becomes: 'equilibrium' | 'not an equilibrium'; reasons: string[] };

export type Phase = {
  id: string;
  name: string;
  date: string | null;
  source?: string;
  quote?: string;
  note?: string;
  states: number;
  changes?: string;
  preferencesOf?: string[];
  rulesAdded?: number;
  reversibility?: string[];
  statusQuoMoved?: boolean;
  verdictChanges?: VerdictChange[];
  deadlockChanges?: string[];
  equilibria: Record<string, PhaseState[]>;
  statusQuo?: PhaseState & { equilibriumUnder: string[] };
  deadlocks?: string[];
};

export type TimelineResult = { parley: string; model: string; bottomLine: string; phases: Phase[]; words: string };

/** Whether the model has phases (`timeline:`), so that the Timeline tab is offered. */
export function hasTimeline(tree: ModelTree | null): boolean {
  const t = tree?.timeline;
  return t !== undefined && t !== null;
}

export const conceptLabel = (id: string) => CONCEPTS.find((c) => c.id === id)?.label ?? id;

/** "Nash and SIM". */
export const conceptNames = (ids: string[]) => listOf(ids.map(conceptLabel));

/** "‘war’ (state 1)", as the reports write a state. */
export const stateText = (s: PhaseState) => `‘${s.words}’ (state ${s.number})`;

/** The concepts the phase was analysed under, in the answer's order. */
export const conceptsOf = (p: Phase) => Object.keys(p.equilibria);

/** "Phase 2: after mid-2027". */
export const phaseTitle = (p: Phase, k: number) => `Phase ${k + 1}: ${p.name}`;

/** Where the phase's status quo stands, in one sentence. */
export function standing(p: Phase): string {
  const sq = p.statusQuo;
  if (!sq) return 'The model gives no status quo.';
  const all = conceptsOf(p);
  const under = sq.equilibriumUnder;
  const where =
    under.length === 0
      ? 'is an equilibrium under no concept analysed'
      : under.length === all.length
        ? 'is an equilibrium under every concept analysed'
        : `is an equilibrium under ${conceptNames(under)} only`;
  return `The status quo, ${stateText(sq)}, ${where}.`;
}

/** Whether the status quo is an equilibrium under every, some or no concept. */
export function standingKind(p: Phase): 'all' | 'some' | 'none' {
  const n = p.statusQuo?.equilibriumUnder.length ?? 0;
  return n === 0 ? 'none' : n === conceptsOf(p).length ? 'all' : 'some';
}

export type EquilibriaGroup = { concepts: string[]; label: string; states: PhaseState[] };

/** The equilibria, one group per set of concepts that find the same states, in concept order. */
export function equilibriaGroups(p: Phase): EquilibriaGroup[] {
  const groups = new Map<string, EquilibriaGroup>();
  for (const c of conceptsOf(p)) {
    const states = p.equilibria[c];
    const key = states.map((s) => s.number).join(',');
    const g = groups.get(key);
    if (g) g.concepts.push(c);
    else groups.set(key, { concepts: [c], label: '', states });
  }
  return [...groups.values()].map((g) => ({ ...g, label: conceptNames(g.concepts) }));
}

/** "Russia's preferences lose the statement ‘settle IF withdraw’." — the report's sentence. */
export function changesText(p: Phase): string | null {
  return p.changes ? p.changes.replace(/^What changes:\s*/, '') : null;
}

export type ChangeItem = { state: PhaseState | null; yn: string; gained: boolean; concepts: string[]; reasons: string[]; sentence: string };

/**
 * The verdicts phase {@code k} turns, one item per state, direction and reasons, naming every
 * concept under which it happens (as the report groups them). A state that becomes an equilibrium
 * is found among the phase's equilibria, one that stops being one among those of the phase before.
 */
export function verdictChanges(phases: Phase[], k: number): ChangeItem[] {
  const items = new Map<string, ChangeItem>();
  for (const c of phases[k].verdictChanges ?? []) {
    const gained = c.becomes === 'equilibrium';
    const key = `${c.state}|${gained}|${c.reasons.join('|')}`;
    const item = items.get(key);
    if (item) {
      item.concepts.push(c.concept);
      continue;
    }
    const where = gained ? phases[k] : phases[k - 1];
    const state = where?.equilibria[c.concept]?.find((s) => s.yn === c.state) ?? null;
    items.set(key, { state, yn: c.state, gained, concepts: [c.concept], reasons: c.reasons, sentence: '' });
  }
  return [...items.values()].map((i) => {
    const said = i.state ? stateText(i.state) : `the state ${i.yn}`;
    // a quoted state keeps its own spelling at the start of the sentence, as in the report
    const head = `${said.startsWith('‘') ? said : capital(said)} ${i.gained ? 'becomes an equilibrium' : 'stops being an equilibrium'} under ${conceptNames(i.concepts)}.`;
    return { ...i, sentence: i.reasons.length === 0 ? head : `${head} ${i.reasons.join(' ')}` };
  });
}

/** The title of a source the phase rests on (its id where the model does not list it). */
export function sourceTitle(tree: ModelTree | null, id: string | undefined): string | null {
  if (!id) return null;
  return tree?.sources?.find((s) => s.id === id)?.title ?? id;
}

/** The card that a key moves the focus to from card {@code i} of {@code n}, or -1. */
export function cardKey(key: string, i: number, n: number): number {
  if (n === 0) return -1;
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(n - 1, i + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, i - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  return -1;
}

const statementText = (s: StatementT | undefined) => (s === undefined ? undefined : typeof s === 'string' ? s : s.statement);

/**
 * The YAML to add for a timeline, for a model that has none, in the model's own ids: a later phase
 * that drops the first decision maker's first statement (else makes its first option irreversible).
 */
export function timelineSnippet(tree: ModelTree | null): string {
  const dm = tree?.decisionMakers?.[0];
  const statement = statementText(dm?.preferences?.statements?.[0]);
  const option = dm?.options?.[0]?.id;
  const change = statement
    ? ['      preferences:          # or infeasible:, reversibility:, statusQuo:', `        ${dm!.id}:`, `          drop: [${JSON.stringify(statement)}]`]
    : ['      reversibility:        # or preferences:, infeasible:, statusQuo:', `        ${option ?? 'anOption'}: forward`];
  return [
    'timeline:',
    '  start: now               # the model as written is the first phase',
    '  phases:',
    '    - id: later',
    '      name: later',
    '      date: next year',
    '      note: what changes in this phase, and why',
    ...change,
  ].join('\n');
}
