// The Beliefs view's answers (POST /api/models/{name}/dilemmas and …/perceptions) and the small pure
// functions it is built on: the options board's cells and who doubts them, the dilemmas grouped by
// the party that faces them, and what each side believes, in words.
import type { operations } from './generated/api-types';
import type { ModelTree } from './types';
import { CONCEPTS } from './types';

export type DilemmasRequest = NonNullable<operations['dilemmas']['requestBody']>['content']['application/json'];
export type PerceptionsRequest = NonNullable<operations['perceptions']['requestBody']>['content']['application/json'];

// ---- drama theory: the card table and its dilemmas (docs/semantics.md §5.2)

export type CellValue = 'yes' | 'no' | 'any';
export type BoardCell = { value: CellValue; doubted: boolean };
export type BoardColumn = { kind: 'position'; party: string } | { kind: 'threatened'; party?: undefined };
export type BoardRow = { option: string; name: string; owner: string; cells: BoardCell[] };
export type DoubtT = { party: string; doubts: string; about: 'threat' | 'agreement'; source?: string; quote?: string; note?: string };
export type GmcrView = { concept: string; party: string; state: number; stable: boolean };
export type DilemmaKind = 'persuasion' | 'rejection' | 'threat' | 'positioning' | 'cooperation' | 'trust';

export type DilemmaT = {
  kind: DilemmaKind;
  name: string;
  versionOneName?: string;
  stance: string;
  faced: string;
  toward: string | null;
  everyReading: boolean;
  because: { judge: string; worse: number; better: number; move: boolean }[];
  doubt?: DoubtT;
  gmcr: GmcrView[];
  sentence: string;
  resolution: string;
};

export type DilemmasResult = {
  parley: string;
  model: string;
  bottomLine: string;
  concept: string;
  threatened: { state: number; yn: string | null; words: string };
  positions: { party: string; pattern: string | null; readings: number[]; source?: string; quote?: string; note?: string }[];
  doubts: DoubtT[];
  pairs: { a: string; b: string; phase: 'commitment' | 'crisis'; common: number[] }[];
  board: { columns: BoardColumn[]; rows: BoardRow[] };
  dilemmas: DilemmaT[];
  words: string;
};

/** Decision makers' names by id (the id where the model gives no name). */
export type Names = Map<string, string>;

export function namesOf(tree: ModelTree | null): Names {
  return new Map((tree?.decisionMakers ?? []).map((d) => [d.id, d.name ?? d.id] as const));
}

// How the reports write a party's name inside a sentence (report/…/English.java): "the United
// States", "the EU", but "Russia", "Driver 1".
const HEADS = new Set(
  'States Kingdom Nations Union Republic Federation Emirates Islands Netherlands Philippines Ministry Government Council Commission Committee Parliament Senate Assembly Agency Department Authority Alliance Coalition Kremlin Pentagon Vatican'.split(
    ' ',
  ),
);
const ABBREVIATIONS = new Set(['US', 'USA', 'UK', 'EU', 'UN', 'UAE', 'USSR', 'IMF', 'WTO', 'IAEA', 'ECB', 'ICC']);

/** The name as written inside a sentence: "the United States", "the US", "Russia". */
export function the(name: string): string {
  const n = name.trim();
  if (!n || n.startsWith('the ') || n.startsWith('The ')) return n;
  if (ABBREVIATIONS.has(n) || n.startsWith('United ') || n.startsWith('European ')) return `the ${n}`;
  return n.split(/\s+/).some((w) => HEADS.has(w)) ? `the ${n}` : n;
}

/** "the United States'", "Russia's", "Driver 1's". */
export function possessive(name: string): string {
  const n = the(name);
  return n.endsWith('s') && !n.endsWith('ss') ? `${n}'` : `${n}'s`;
}

/** The sentence with its first letter in capitals (after any opening quote or bracket). */
export function capital(s: string): string {
  const i = [...s].findIndex((c) => !'“‘"\'('.includes(c));
  return i < 0 ? s : s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}

/** A party by its id, as written inside a sentence. */
export const nameOf = (names: Names, id: string) => the(names.get(id) ?? id);

/** Whether the model has a card table (`drama:`), so that the dilemmas can be asked. */
export function hasDrama(tree: ModelTree | null): boolean {
  const d = tree?.drama;
  return d !== undefined && d !== null;
}

/** Whether some decision maker has a view of its own (`perceives:`). */
export function hasPerceptions(tree: ModelTree | null): boolean {
  return (tree?.decisionMakers ?? []).some((d) => d.perceives !== undefined && d.perceives !== null);
}

export const SYMBOL: Record<CellValue, string> = { yes: '✓', no: '✗', any: '–' };
export const MEANING: Record<CellValue, string> = { yes: 'should happen', no: 'should not happen', any: 'does not mind' };

/** "Driver 1's position" or "Threatened future". */
export function columnHeading(c: BoardColumn, names: Names): string {
  return c.kind === 'threatened' ? 'Threatened future' : capital(`${possessive(names.get(c.party) ?? c.party)} position`);
}

/**
 * The doubts behind a "?" on the board: in the threatened future, anyone's doubt that the option's
 * owner would carry out its threat; in a party's position, that party's doubt that the owner would
 * keep its part of an agreement (as the server marks them).
 */
export function cellDoubts(r: DilemmasResult, column: BoardColumn, owner: string): DoubtT[] {
  return r.doubts.filter((d) =>
    column.kind === 'threatened'
      ? d.doubts === owner && d.about === 'threat'
      : d.about === 'agreement' && d.doubts === owner && d.party === column.party && d.party !== owner,
  );
}

/** A quote on one line, its inner quotes single, without a closing full stop (the sentence has one). */
const quoted = (q: string) => q.replace(/\s+/g, ' ').trim().replace(/“/g, '‘').replace(/”/g, '’').replace(/\.$/, '');

/** "Driver 1 doubts that Driver 2 would carry out its threat." */
export function doubtSentence(d: DoubtT, names: Names): string {
  const what = d.about === 'threat' ? 'would carry out its threat' : 'would keep its part of an agreement';
  return `${capital(nameOf(names, d.party))} doubts that ${nameOf(names, d.doubts)} ${what}${d.quote ? `: “${quoted(d.quote)}”` : ''}.`;
}

/** A cell as it is shown ("✓", "✗?") and as it is read aloud. */
export function cellText(r: DilemmasResult, row: BoardRow, i: number, names: Names): { symbol: string; label: string } {
  const cell = row.cells[i];
  const column = r.board.columns[i];
  const where = column.kind === 'threatened' ? 'in the threatened future' : `in ${possessive(names.get(column.party) ?? column.party)} position`;
  const said = `${row.name}: ${MEANING[cell.value]} ${where}`;
  if (!cell.doubted) return { symbol: SYMBOL[cell.value], label: `${said}.` };
  const doubts = cellDoubts(r, column, row.owner).map((d) => doubtSentence(d, names));
  return { symbol: `${SYMBOL[cell.value]}?`, label: `${said}; doubted: ${doubts.length > 0 ? doubts.join(' ') : 'another party doubts this intention.'}` };
}

/** The board's rows grouped by the party that owns the options, in the board's order. */
export function rowsByOwner(rows: BoardRow[]): { owner: string; rows: BoardRow[] }[] {
  const out: { owner: string; rows: BoardRow[] }[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    const group = last && last.owner === row.owner ? last : out.find((g) => g.owner === row.owner);
    if (group) group.rows.push(row);
    else out.push({ owner: row.owner, rows: [row] });
  }
  return out;
}

/** One dilemma as shown: its kind, the parties it is toward, and its sentence less the resolution. */
export type DilemmaItem = {
  kind: DilemmaKind;
  title: string;
  stance: string;
  toward: string[];
  text: string;
  resolution: string;
  /** What follows the resolution in the sentence (the name version 1 of drama theory gives it). */
  after: string;
  view: StabilityView | null;
  doubt?: DoubtT;
  first: DilemmaT;
};

export type PartyDilemmas = { party: string; name: string; items: DilemmaItem[] };

const KIND_TITLE: Record<DilemmaKind, string> = {
  persuasion: 'Persuasion dilemma',
  rejection: 'Rejection dilemma',
  threat: 'Threat dilemma',
  positioning: 'Positioning dilemma',
  cooperation: 'Co-operation dilemma',
  trust: 'Trust dilemma',
};

export function kindTitle(k: DilemmaKind, name?: string): string {
  return KIND_TITLE[k] ?? `${name ? name[0].toUpperCase() + name.slice(1) : k} dilemma`;
}

/**
 * The sentence without its "What resolves it: …." (shown on a line of its own), and what follows
 * it. A sentence that does not end with its resolution is kept whole.
 */
export function splitResolution(sentence: string, resolution: string): { text: string; after: string } {
  const marker = ` What resolves it: ${resolution}.`;
  const at = resolution ? sentence.lastIndexOf(marker) : -1;
  if (at < 0) return { text: sentence, after: '' };
  return { text: sentence.slice(0, at), after: sentence.slice(at + marker.length).trim() };
}

/**
 * What the stability analysis says beside a dilemma, as a badge: "SEQ agrees" when every view has
 * the state unstable (as the dilemma says), "SEQ disagrees" when every one has it stable, "SEQ:
 * mixed" otherwise; null when the dilemma has no such view.
 */
export type StabilityView = { label: string; agrees: boolean | null; title: string };

export function stabilityView(d: DilemmaT, names: Names, states?: (s: number) => string): StabilityView | null {
  if (d.gmcr.length === 0) return null;
  const concept = CONCEPTS.find((c) => c.id === d.gmcr[0].concept)?.label ?? d.gmcr[0].concept.toUpperCase();
  const unstable = d.gmcr.filter((v) => !v.stable).length;
  const agrees = unstable === d.gmcr.length ? true : unstable === 0 ? false : null;
  const label = agrees === true ? `${concept} agrees` : agrees === false ? `${concept} disagrees` : `${concept}: mixed`;
  const at = (s: number) => (states ? states(s) : `state ${s}`);
  const title = d.gmcr.map((v) => `under ${concept}, ${at(v.state)} is ${v.stable ? 'stable' : 'unstable'} for ${nameOf(names, v.party)}`).join('; ');
  return { label, agrees, title: title[0].toUpperCase() + title.slice(1) };
}

/**
 * The dilemmas grouped by the party that faces them, in the order of the model's decision makers
 * (parties the model does not list come last); dilemmas of one party that say the same toward
 * several others are told once, with every party they are toward.
 */
export function dilemmasByParty(ds: DilemmaT[], names: Names, states?: (s: number) => string): PartyDilemmas[] {
  const order = [...names.keys()];
  const parties = [...new Set(ds.map((d) => d.faced))].sort((a, b) => rank(order, a) - rank(order, b));
  return parties.map((party) => {
    const items: DilemmaItem[] = [];
    for (const d of ds.filter((x) => x.faced === party)) {
      const same = items.find((i) => i.first.kind === d.kind && i.first.sentence === d.sentence);
      if (same) {
        if (d.toward && !same.toward.includes(d.toward)) same.toward.push(d.toward);
        continue;
      }
      const { text, after } = splitResolution(capital(d.sentence), d.resolution);
      items.push({
        kind: d.kind,
        title: kindTitle(d.kind, d.name),
        stance: d.stance,
        toward: d.toward ? [d.toward] : [],
        text,
        resolution: d.resolution,
        after,
        view: stabilityView(d, names, states),
        doubt: d.doubt,
        first: d,
      });
    }
    return { party, name: nameOf(names, party), items };
  });
}

const rank = (order: string[], id: string) => {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
};

/** "Driver 1 and Driver 2 are at a crisis: their positions differ." and the like. */
export function pairSentence(p: DilemmasResult['pairs'][number], r: DilemmasResult, names: Names, say: Say): string {
  const a = capital(`${nameOf(names, p.a)} and ${nameOf(names, p.b)}`);
  if (p.phase === 'commitment') {
    const common = p.common.length > 0 ? `, ${listOf(p.common.map(say), 'or')}` : '';
    return `${a} propose a common future${common}: a commitment point, where co-operation and trust dilemmas arise.`;
  }
  const without = [p.a, p.b].find((x) => !r.positions.some((q) => q.party === x));
  return without ? `${a} are at a crisis: ${nameOf(names, without)} states no position.` : `${a} are at a crisis: their positions differ.`;
}

/**
 * The YAML to add for a card table, for a model that has none, in the model's own ids: the first
 * named state threatened (else every option not taken), and each of the first two parties asking
 * the other to take up its first option.
 */
export function dramaSnippet(tree: ModelTree | null): string {
  const dms = tree?.decisionMakers ?? [];
  const id = (i: number) => dms[i]?.id ?? (i === 0 ? 'A' : 'B');
  const option = (i: number) => dms[i]?.options?.[0]?.id;
  const ask = (i: number) => {
    const o = option(1 - i);
    return o ? `{${o}: true}` : 'deal';
  };
  const named = tree?.states?.[0]?.id;
  const none = [option(0), option(1)].filter((o) => o !== undefined);
  const threatened = named ?? (none.length > 0 ? `{${none.map((o) => `${o}: false`).join(', ')}}` : 'war');
  return [
    'drama:',
    '  threatened:',
    `    future: ${threatened}   # what happens without agreement`,
    '  positions:               # the future each party proposes',
    `    - {party: ${id(0)}, future: ${ask(0)}}`,
    `    - {party: ${id(1)}, future: ${ask(1)}}`,
    '  doubts:                  # optional: who does not believe whom',
    `    - {party: ${id(0)}, doubts: ${id(1)}, about: threat}`,
  ].join('\n');
}

// ---- perceptions: first-level hypergames (docs/semantics.md §6)

/** Whose preferences it misjudges, the states it cannot see, or the groups it cannot tell apart. */
export type Misbelief = { kind: 'preferences' | 'hidden' | 'indistinct'; about?: string; states?: number[]; groups?: number[][] };
export type HypergameClass = 'HT' | 'H' | 'T';
export type Mistake = { decisionMaker: string; seesState: boolean; believesStable: boolean; decisive: Misbelief[] };

export type PerceptionsResult = {
  parley: string;
  model: string;
  concepts: string[];
  misperceptions: boolean;
  decisionMakers: {
    id: string;
    hidden: number[];
    misbeliefs: Misbelief[];
    concepts: Record<string, { believedEquilibria: number[]; believesStableForItself: number[]; stableForItself: number[]; wrongAt: number[] }>;
  }[];
  equilibria: Record<string, { hypergame: number[]; true: number[]; classes: { state: number; class: HypergameClass; mistakes: Mistake[] }[] }>;
  words: string;
};

export const CLASS_MEANING: Record<HypergameClass, string> = {
  HT: 'hypergame equilibria that are also true equilibria',
  H: 'hypergame equilibria only because someone is mistaken',
  T: 'true equilibria that a mistaken belief or a blind spot unsettles',
};

/** How a state list is said: "state 4 (bothSwerve)" for one, "states 2 and 3" … */
export type Say = (s: number) => string;

export function listOf(items: string[], and = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * A misbelief in words, as the report says it: "misjudges Driver 2's preferences", "cannot see
 * state 1 (crash)", "cannot tell state 2 (p1Swerves) and state 4 (bothSwerve) apart".
 */
export function misbeliefText(mb: Misbelief, names: Names, say: Say): string {
  if (mb.kind === 'preferences') return `misjudges ${possessive(names.get(mb.about ?? '?') ?? mb.about ?? '?')} preferences`;
  if (mb.kind === 'indistinct') {
    const groups = mb.groups ?? [];
    if (groups.length === 1) return `cannot tell ${listOf(groups[0].map(say))} apart`;
    return `cannot tell apart the states within each of these groups: ${groups.map((g) => `(${listOf(g.map(say))})`).join('; ')}`;
  }
  return `cannot see ${listOf((mb.states ?? []).map(say))}`;
}

/** A decision maker's misbelief as a sentence of its own, with what it does to its game. */
export function misbeliefSentence(who: string, mb: Misbelief, names: Names, say: Say): string {
  const what = `${capital(who)} ${misbeliefText(mb, names, say)}`;
  if (mb.kind === 'preferences') return `${what}: it believes them other than the model gives them.`;
  if (mb.kind === 'indistinct') return `${what}: it judges such states alike, stable only where every one of them is.`;
  return `${what}: nobody's moves to or from ${(mb.states ?? []).length === 1 ? 'it' : 'them'} exist in its game.`;
}

/**
 * Why a state holds (class H) or fails (class T) only because of a mistake, one clause per mistaken
 * decision maker: "Driver 1 wrongly believes it stable for itself, as it misjudges Driver 2's
 * preferences". For class H only those who believe it stable count (as the report says them);
 * without a decisive misbelief the decision maker's misbeliefs are named, together.
 */
export function mistakeClauses(c: PerceptionsResult['equilibria'][string]['classes'][number], r: PerceptionsResult, names: Names, say: Say): string[] {
  return c.mistakes
    .filter((m) => c.class !== 'H' || m.believesStable)
    .map((m) => {
      const who = capital(nameOf(names, m.decisionMaker));
      if (!m.seesState) return `${who} cannot see it`;
      const what = `${who} wrongly believes it ${m.believesStable ? 'stable' : 'unstable'} for itself`;
      const all = r.decisionMakers.find((d) => d.id === m.decisionMaker)?.misbeliefs ?? [];
      const why = m.decisive.length > 0 ? m.decisive : all;
      if (why.length === 0) return what;
      return `${what}, as it ${listOf(why.map((mb) => misbeliefText(mb, names, say)))}${m.decisive.length === 0 ? ' (together)' : ''}`;
    });
}

/** The states of one class under a concept, in state order. */
export function statesOfClass(r: PerceptionsResult, concept: string, k: HypergameClass): number[] {
  return (r.equilibria[concept]?.classes ?? []).filter((c) => c.class === k).map((c) => c.state);
}
