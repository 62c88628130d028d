// Pure edits of the model tree, used by the editor. Each returns a new tree and leaves the old one
// untouched, so the editor can compare, undo and save.

import { rankLineToText, stateToText, textToPattern as patternOf, textToRankLine } from './stateText';
import type { DecisionMakerT, ModelTree, Problem, Provenance, RankingEntry, Rule, RuleKind, StatementT } from './types';

export const RULE_KINDS: { kind: RuleKind; label: string; help: string }[] = [
  { kind: 'mutuallyExclusive', label: 'mutually exclusive', help: 'at most one of these options (ids, comma-separated)' },
  { kind: 'atLeastOne', label: 'at least one', help: 'at least one of these options' },
  { kind: 'exactlyOne', label: 'exactly one', help: 'exactly one of these options' },
  { kind: 'requires', label: 'requires', help: 'a, b: a may be taken only if b is' },
  { kind: 'pattern', label: 'pattern', help: 'a Y/N/- string, one letter per option' },
  { kind: 'when', label: 'when', help: 'a statement, e.g. sign & -withdraw' },
];

const ID = /^[\p{L}_][\p{L}\p{Nd}_.]*$/u;

/** Whether a text can be an id in a model file. */
export function validId(id: string): boolean {
  return ID.test(id) && !/^(and|or|not|if|iff|true|false)$/i.test(id);
}

/** A fresh id: prefix1, prefix2, ... that no existing id uses. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let k = 1; ; k++) {
    const id = `${prefix}${k}`;
    if (!used.has(id)) return id;
  }
}

export function allOptionIds(m: ModelTree): string[] {
  return m.decisionMakers.flatMap((d) => (d.options ?? []).map((o) => o.id));
}

/** A new, empty model: two parties, one option each, preferences by statements. */
export function blankModel(title: string): ModelTree {
  return {
    parley: 1,
    title,
    decisionMakers: [
      { id: 'A', name: 'Party A', options: [{ id: 'a_acts', name: 'A acts' }], preferences: { statements: ['b_acts', '-a_acts'] } },
      { id: 'B', name: 'Party B', options: [{ id: 'b_acts', name: 'B acts' }], preferences: { statements: ['a_acts', '-b_acts'] } },
    ],
  };
}

export function addDecisionMaker(m: ModelTree): ModelTree {
  const id = freshId('DM', m.decisionMakers.map((d) => d.id));
  const opt = freshId(`${id.toLowerCase()}_option`, allOptionIds(m));
  const dm: DecisionMakerT = { id, name: id, options: [{ id: opt, name: opt }], preferences: { statements: [opt] } };
  return { ...m, decisionMakers: [...m.decisionMakers, dm] };
}

export function updateDecisionMaker(m: ModelTree, index: number, dm: DecisionMakerT): ModelTree {
  const dms = m.decisionMakers.slice();
  dms[index] = dm;
  return { ...m, decisionMakers: dms };
}

export function removeAt<T>(list: T[] | undefined, index: number): T[] {
  const out = (list ?? []).slice();
  out.splice(index, 1);
  return out;
}

export function replaceAt<T>(list: T[] | undefined, index: number, value: T): T[] {
  const out = (list ?? []).slice();
  out[index] = value;
  return out;
}

export function addOption(m: ModelTree, dmIndex: number): ModelTree {
  const dm = m.decisionMakers[dmIndex];
  const id = freshId(`${dm.id.toLowerCase()}_option`, allOptionIds(m));
  return updateDecisionMaker(m, dmIndex, { ...dm, options: [...(dm.options ?? []), { id, name: id }] });
}

/** Sets a key, or removes it when the value is empty, so the file stays free of blank keys. */
export function setKey<T extends object>(obj: T, key: string, value: unknown): T {
  const out = { ...obj } as Record<string, unknown>;
  if (value === undefined || value === null || value === '') delete out[key];
  else out[key] = value;
  return out as T;
}

/** Statements as lines of text: one statement per line, most important first. */
export function statementsToText(s: StatementT[] | undefined): string {
  return (s ?? []).map((x) => (typeof x === 'string' ? x : x.statement)).join('\n');
}

/** A statement's evidence (source, quote, note), or null when it has none. */
export function evidenceOf(s: StatementT): Provenance | null {
  if (typeof s === 'string') return null;
  const { statement: _t, ...rest } = s;
  const e = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== '')) as Provenance;
  return Object.keys(e).length > 0 ? e : null;
}

/** A statement with this text and evidence: a plain string when there is no evidence. */
export function withEvidence(text: string, e: Provenance | null): StatementT {
  return e ? { statement: text, ...e } : text;
}

/**
 * Lines back to statements, keeping each statement's evidence (source, quote, note) through edits:
 * a line whose text is unchanged keeps its own; a line retyped with the text of a statement that had
 * evidence earlier in this editing session ({@code memory}, which this call also fills) gets it back;
 * and a line edited in place (the k-th changed line, where the k-th statement that is gone stood)
 * keeps the evidence of the statement it replaces. The form shows the evidence of every statement,
 * so what a line carries can be seen and changed.
 */
export function textToStatements(
  text: string,
  before: StatementT[] | undefined,
  memory: Map<string, Provenance> = new Map(),
): StatementT[] {
  const prior = before ?? [];
  for (const s of prior) {
    const e = evidenceOf(s);
    if (e) memory.set(typeof s === 'string' ? s : s.statement, e);
  }
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const used = new Array<boolean>(prior.length).fill(false);
  const out: (StatementT | null)[] = lines.map((l) => {
    const k = prior.findIndex((s, i) => !used[i] && (typeof s === 'string' ? s : s.statement) === l);
    if (k < 0) return null;
    used[k] = true;
    return prior[k];
  });
  const gone = prior.filter((_, i) => !used[i]);
  let g = 0;
  return lines.map((l, i) => {
    const kept = out[i];
    if (kept !== null) return kept;
    const replaced = g < gone.length ? gone[g++] : undefined;
    const remembered = memory.get(l);
    if (remembered) return withEvidence(l, remembered);
    return withEvidence(l, replaced === undefined ? null : evidenceOf(replaced));
  });
}

/** A ranking as lines: one line per rank, tied states separated by commas. */
export function rankingToText(r: RankingEntry[] | undefined): string {
  return (r ?? []).map(rankLineToText).join('\n');
}

/** Lines back to a ranking; numbers stay numbers, "a, b" is a tie group (stateText.ts). */
export function textToRanking(text: string): RankingEntry[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map(textToRankLine);
}

/** The kind of an infeasibility rule: the one condition key it has. */
export function ruleKind(r: Rule): RuleKind {
  for (const k of RULE_KINDS) if (k.kind in r) return k.kind;
  return 'when';
}

export function ruleValueText(r: Rule): string {
  const v = r[ruleKind(r)];
  if (Array.isArray(v)) return v.join(', ');
  if (v && typeof v === 'object') return stateToText(v as Record<string, boolean>);
  return v === undefined ? '' : String(v);
}

export function makeRule(kind: RuleKind, text: string, before: Rule): Rule {
  const out: Rule = {};
  for (const k of ['source', 'quote', 'note'] as const) if (before[k] !== undefined) out[k] = before[k];
  const list = text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  out[kind] = kind === 'pattern' ? patternOf(text) : kind === 'when' ? text.trim() : list;
  return out;
}

/**
 * The problems whose path lies under one of the prefixes (a JSON pointer and its descendants):
 * what to show next to a part of the editor.
 */
export function problemsUnder(problems: Problem[], ...prefixes: string[]): Problem[] {
  return problems.filter((p) => prefixes.some((pre) => p.path === pre || p.path.startsWith(pre + '/')));
}

/** Problems that no section of the editor shows: the whole file, or keys the editor does not edit. */
export function problemsElsewhere(problems: Problem[], shown: string[]): Problem[] {
  return problems.filter((p) => !shown.some((pre) => p.path === pre || p.path.startsWith(pre + '/')));
}

/** A named state's options as text: a Y/N/- string as it is, a mapping as "sign=Y, offensive=N". */
export function patternToText(p: string | Record<string, boolean> | undefined): string {
  return stateToText(p);
}

/** Text back to a pattern: option values ("k=Y, j=N") are a mapping, else a Y/N/- string. */
export function textToPattern(t: string): string | Record<string, boolean> {
  return patternOf(t);
}
