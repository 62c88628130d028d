// Renaming an id everywhere it is used. Each function is pure: it returns a new tree and leaves the
// old one untouched. Where ids are used (docs/model-format.md):
//   options      statements and `when` rules (as words of the statement language), the option
//                lists of infeasibility rules and packages, option-value mappings (rule patterns,
//                named states, and state references in rankings, payoffs, unknown pairs, great
//                preferences, moves and the status quo);
//   named states state references: the status quo, rankings, payoffs, unknown pairs, great
//                preferences, moves;
//   sources      every `source:` key (decision makers, options, statements, rules, moves, ...);
//   decision makers nothing in the file refers to them.

import { validId } from './edit';
import type { ModelTree } from './types';

export type IdKind = 'decisionMaker' | 'option' | 'state' | 'source';

export const KIND_LABEL: Record<IdKind, string> = {
  decisionMaker: 'decision maker',
  option: 'option',
  state: 'state',
  source: 'source',
};

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (x: Json): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Where references were changed, in words ("statement 2 of A", "the status quo", ...). */
class Places {
  readonly where: string[] = [];
  count = 0;
  add(place: string) {
    this.count++;
    if (!this.where.includes(place)) this.where.push(place);
  }
}

/** A statement with every word `from` (an option id) replaced by `to`; the rest kept as typed. */
export function renameInStatement(text: string, from: string, to: string): string {
  return text.replace(/[\p{L}\p{Nd}_.]+/gu, (w) => (w === from ? to : w));
}

/** A mapping with key `from` renamed, in place of the old key (so the order of keys is kept). */
function renameKey(o: Obj, from: string, to: string): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) out[k === from ? to : k] = v;
  return out;
}

/** A state reference with an option renamed (only option-value mappings name options). */
function optionInRef(ref: Json, from: string, to: string, places: Places, place: string): Json {
  if (isObj(ref) && from in ref) {
    places.add(place);
    return renameKey(ref, from, to);
  }
  return ref;
}

/** A state reference with a named state renamed (a reference that is exactly its id). */
function stateInRef(ref: Json, from: string, to: string, places: Places, place: string): Json {
  if (ref === from) {
    places.add(place);
    return to;
  }
  return ref;
}

type RefFn = (ref: Json, places: Places, place: string) => Json;

/** Applies `fn` to every state reference of the model, with the place of each. */
function mapStateRefs(m: ModelTree, fn: RefFn, places: Places): ModelTree {
  const out: ModelTree = { ...m };
  const moves = (list: Json, dm: string, key: string): Json => {
    if (!Array.isArray(list)) return list;
    return list.map((mv, i) => {
      if (!isObj(mv)) return mv;
      const place = `${key} ${i + 1} of ${dm}`;
      const next: Obj = { ...mv };
      if ('from' in mv) next.from = fn(mv.from, places, place);
      if ('to' in mv) next.to = Array.isArray(mv.to) ? mv.to.map((t) => fn(t, places, place)) : fn(mv.to, places, place);
      return next;
    });
  };
  if (Array.isArray(m.decisionMakers)) {
    out.decisionMakers = m.decisionMakers.map((d) => {
      if (!isObj(d)) return d;
      const dm = String(d.id);
      const next = { ...d };
      const p = d.preferences as Json;
      if (isObj(p)) {
        const prefs: Obj = { ...p };
        if (Array.isArray(p.ranking)) {
          prefs.ranking = p.ranking.map((e) =>
            Array.isArray(e) ? e.map((x) => fn(x, places, `the ranking of ${dm}`)) : fn(e, places, `the ranking of ${dm}`),
          );
        }
        if (Array.isArray(p.payoffs)) {
          prefs.payoffs = p.payoffs.map((e) => (isObj(e) && 'state' in e ? { ...e, state: fn(e.state, places, `the payoffs of ${dm}`) } : e));
        }
        if (Array.isArray(p.unknown)) {
          prefs.unknown = p.unknown.map((pair) =>
            Array.isArray(pair) ? pair.map((x) => fn(x, places, `the unknown comparisons of ${dm}`)) : pair,
          );
        }
        if (Array.isArray(p.greatly)) {
          const place = `the great preferences of ${dm}`;
          prefs.greatly = p.greatly.map((g) => {
            if (!isObj(g)) return g;
            const out: Obj = { ...g };
            if ('better' in g) out.better = fn(g.better, places, place);
            if ('worse' in g) out.worse = fn(g.worse, places, place);
            return out;
          });
        }
        next.preferences = prefs as typeof d.preferences;
      }
      for (const key of ['moves', 'forbidMoves', 'addMoves']) {
        if (key in d) next[key] = moves(d[key], dm, key === 'moves' ? 'move' : key === 'forbidMoves' ? 'forbidden move' : 'added move');
      }
      return next;
    });
  }
  if (m.statusQuo !== undefined) out.statusQuo = fn(m.statusQuo, places, 'the status quo') as ModelTree['statusQuo'];
  return out;
}

const LIST_RULES = ['mutuallyExclusive', 'atLeastOne', 'exactlyOne', 'requires'];

function renameOptionRefs(m: ModelTree, from: string, to: string, places: Places): ModelTree {
  let out = mapStateRefs(m, (ref, p, place) => optionInRef(ref, from, to, p, place), places);
  out = {
    ...out,
    decisionMakers: out.decisionMakers.map((d) => {
      const p = d.preferences as Json;
      if (!isObj(p) || !Array.isArray(p.statements)) return d;
      const statements = p.statements.map((s, i) => {
        const place = `statement ${i + 1} of ${d.id}`;
        const rename = (t: Json) => {
          if (typeof t !== 'string') return t;
          const r = renameInStatement(t, from, to);
          if (r !== t) places.add(place);
          return r;
        };
        return isObj(s) ? { ...s, statement: rename(s.statement) } : rename(s);
      });
      return { ...d, preferences: { ...p, statements } as typeof d.preferences };
    }),
  };
  if (Array.isArray(m.infeasible)) {
    out.infeasible = m.infeasible.map((r, i) => {
      if (!isObj(r)) return r;
      const place = `infeasibility rule ${i + 1}`;
      const next: Obj = { ...r };
      for (const k of LIST_RULES) {
        const v = r[k];
        if (Array.isArray(v) && v.includes(from)) {
          places.add(place);
          next[k] = v.map((x) => (x === from ? to : x));
        }
      }
      if (isObj(r.pattern) && from in r.pattern) {
        places.add(place);
        next.pattern = renameKey(r.pattern, from, to);
      }
      if (typeof r.when === 'string') {
        const w = renameInStatement(r.when, from, to);
        if (w !== r.when) places.add(place);
        next.when = w;
      }
      return next;
    });
  }
  if (Array.isArray(m.states)) {
    out.states = m.states.map((s) => {
      if (isObj(s.options) && from in s.options) {
        places.add(`the options of state ${s.id}`);
        return { ...s, options: renameKey(s.options, from, to) as Record<string, boolean> };
      }
      return s;
    });
  }
  if (Array.isArray(m.packages)) {
    out.packages = (m.packages as Json[]).map((pk, i) => {
      if (isObj(pk) && Array.isArray(pk.options) && pk.options.includes(from)) {
        places.add(`package ${i + 1}`);
        return { ...pk, options: pk.options.map((x) => (x === from ? to : x)) };
      }
      return pk;
    });
  }
  return out;
}

type Seg = string | { index: number; id?: string };

/** Words for the place of a `source:` key: "option sign", "statement 2 of US", "rule 1" ... */
function placeOf(path: Seg[]): string {
  const key = (i: number) => (typeof path[i] === 'string' ? (path[i] as string) : '');
  const idx = (i: number) => (typeof path[i] === 'object' ? (path[i] as { index: number; id?: string }) : null);
  const dm = idx(1)?.id ?? `${(idx(1)?.index ?? 0) + 1}`;
  const moveWords: Record<string, string> = { moves: 'move', forbidMoves: 'forbidden move', addMoves: 'added move' };
  if (key(0) === 'decisionMakers') {
    if (path.length === 2) return `decision maker ${dm}`;
    if (key(2) === 'options' && idx(3)) return `option ${idx(3)!.id ?? idx(3)!.index + 1}`;
    if (key(2) === 'preferences' && key(3) === 'statements' && idx(4)) return `statement ${idx(4)!.index + 1} of ${dm}`;
    if (moveWords[key(2)] && idx(3)) return `${moveWords[key(2)]} ${idx(3)!.index + 1} of ${dm}`;
    return `decision maker ${dm}`;
  }
  if (key(0) === 'infeasible' && idx(1)) return `infeasibility rule ${idx(1)!.index + 1}`;
  if (key(0) === 'packages' && idx(1)) return `package ${idx(1)!.index + 1}`;
  if (key(0) === 'states' && idx(1)) return `state ${idx(1)!.id ?? idx(1)!.index + 1}`;
  return path.map((s) => (typeof s === 'string' ? s : String(s.index + 1))).join(' ');
}

/** Every `source:` key with value `from`, at any depth, except in the list of sources itself. */
function renameSourceRefs(m: ModelTree, from: string, to: string, places: Places): ModelTree {
  const walk = (x: Json, path: Seg[]): Json => {
    if (Array.isArray(x)) {
      return x.map((y, i) => walk(y, [...path, { index: i, id: isObj(y) && typeof y.id === 'string' ? y.id : undefined }]));
    }
    if (!isObj(x)) return x;
    const out: Obj = {};
    for (const [k, v] of Object.entries(x)) {
      if (k === 'source' && v === from) {
        places.add(placeOf(path));
        out[k] = to;
      } else {
        out[k] = walk(v, [...path, k]);
      }
    }
    return out;
  };
  const out: ModelTree = { ...m };
  for (const [k, v] of Object.entries(m)) {
    if (k !== 'sources') (out as Obj)[k] = walk(v, [k]);
  }
  return out;
}

/**
 * Renames the references to an id from `from` to `to` (not the id itself), and says where.
 * Used after the id was changed by typing, and by {@link renameId}.
 */
export function renameReferences(m: ModelTree, kind: IdKind, from: string, to: string): { tree: ModelTree; where: string[]; count: number } {
  const places = new Places();
  let tree = m;
  if (from !== to) {
    if (kind === 'option') tree = renameOptionRefs(m, from, to, places);
    else if (kind === 'state') tree = mapStateRefs(m, (ref, p, place) => stateInRef(ref, from, to, p, place), places);
    else if (kind === 'source') tree = renameSourceRefs(m, from, to, places);
  }
  return { tree, where: places.where, count: places.count };
}

/** Where the references to an id are, without changing anything. */
export function referencesTo(m: ModelTree, kind: IdKind, id: string): string[] {
  return renameReferences(m, kind, id, `${id}\u0000`).where;
}

/** The elements that have this id, described ("option sign of US"). */
export function owners(m: ModelTree, kind: IdKind, id: string): string[] {
  const out: string[] = [];
  if (kind === 'decisionMaker') (m.decisionMakers ?? []).forEach((d) => d.id === id && out.push(`decision maker ${d.id}`));
  if (kind === 'option') {
    for (const d of m.decisionMakers ?? []) for (const o of d.options ?? []) if (o.id === id) out.push(`an option of ${d.id}`);
  }
  if (kind === 'state') (m.states ?? []).forEach((s) => s.id === id && out.push('a named state'));
  if (kind === 'source') (m.sources ?? []).forEach((s) => s.id === id && out.push('a source'));
  return out;
}

function optionCount(m: ModelTree): number {
  return (m.decisionMakers ?? []).reduce((n, d) => n + (d.options?.length ?? 0), 0);
}

/** Why `from` cannot be renamed to `to`, or null when it can. */
export function checkRename(m: ModelTree, kind: IdKind, from: string, to: string): string | null {
  if (to === from) return `'${to}' is already its id`;
  if (!validId(to)) {
    return `'${to}' cannot be an id: start with a letter or '_', then letters, digits, '_' or '.' (no spaces or dashes; and, or, not, if, iff, true and false are reserved)`;
  }
  const taken = owners(m, kind, to);
  if (taken.length > 0) {
    const scope = kind === 'option' ? 'option ids are unique across the model' : `${KIND_LABEL[kind]} ids are unique`;
    return `'${to}' is already the id of ${taken[0]} (${scope}): choose another id`;
  }
  if (kind === 'state' && /^[YNyn-]+$/.test(to) && to.length === optionCount(m)) {
    return `'${to}' reads as a Y/N/- string of this model's ${to.length} options: choose another id`;
  }
  return null;
}

/** Renames an id and every reference to it. Throws when {@link checkRename} refuses. */
export function renameId(m: ModelTree, kind: IdKind, from: string, to: string): { tree: ModelTree; where: string[]; count: number } {
  const problem = checkRename(m, kind, from, to);
  if (problem) throw new Error(problem);
  let tree: ModelTree = m;
  if (kind === 'decisionMaker') tree = { ...m, decisionMakers: m.decisionMakers.map((d) => (d.id === from ? { ...d, id: to } : d)) };
  if (kind === 'option') {
    tree = {
      ...m,
      decisionMakers: m.decisionMakers.map((d) =>
        (d.options ?? []).some((o) => o.id === from) ? { ...d, options: d.options.map((o) => (o.id === from ? { ...o, id: to } : o)) } : d,
      ),
    };
  }
  if (kind === 'state') tree = { ...m, states: (m.states ?? []).map((s) => (s.id === from ? { ...s, id: to } : s)) };
  if (kind === 'source') tree = { ...m, sources: (m.sources ?? []).map((s) => (s.id === from ? { ...s, id: to } : s)) };
  return renameReferences(tree, kind, from, to);
}
