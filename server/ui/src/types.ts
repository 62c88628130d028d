// The model tree is the model file of docs/model-format.md, as JSON. The editor keeps unknown keys
// as they are, so nothing it does not understand is lost.

export type Provenance = { source?: string; quote?: string; note?: string };

export type Source = {
  id: string;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  file?: string;
  [k: string]: unknown;
};

export type OptionT = Provenance & {
  id: string;
  name?: string;
  description?: string;
  reversibility?: string;
  [k: string]: unknown;
};

export type StatementT = string | (Provenance & { statement: string });
export type StateRef = string | number | Record<string, boolean>;
export type RankingEntry = StateRef | StateRef[];

export type Preferences = {
  statements?: StatementT[];
  ranking?: RankingEntry[];
  payoffs?: { state: StateRef; value: number }[];
  unknown?: StateRef[][];
};

export type DecisionMakerT = Provenance & {
  id: string;
  name?: string;
  description?: string;
  options: OptionT[];
  preferences: Preferences;
  [k: string]: unknown;
};

export type RuleKind = 'mutuallyExclusive' | 'atLeastOne' | 'exactlyOne' | 'requires' | 'pattern' | 'when';

export type Rule = Provenance & { [k: string]: unknown };

export type NamedStateT = { id: string; description?: string; options: string | Record<string, boolean> };

export type ModelTree = {
  parley?: number;
  title?: string;
  description?: string;
  sources?: Source[];
  decisionMakers: DecisionMakerT[];
  infeasible?: Rule[];
  states?: NamedStateT[];
  statusQuo?: StateRef;
  [k: string]: unknown;
};

export type Problem = { line: number; column: number; path: string; message: string; hint?: string };

/** A likely modelling mistake found by the model checker (`parley check`): a hint, not an error. */
export type Hint = {
  kind: string;
  decisionMaker: string | null;
  statement: number | null;
  line: number;
  path: string;
  message: string;
};

export type StateInfo = { id: number; yn: string; name?: string; description: string; code?: number; options?: Record<string, boolean> };

export type Validation = {
  ok: boolean;
  problems: Problem[];
  hints?: Hint[];
  summary?: { decisionMakers: number; options: number; states: number };
  states?: StateInfo[];
  stateCount?: number;
  rankings?: Record<string, number[][]>;
};

export type ModelFile = {
  name: string;
  format: 'yaml' | 'json';
  sha256: string;
  modified: string;
  size: number;
  text: string;
  model: ModelTree | null;
  validation: Validation;
  keptVersion?: Version;
  restored?: string;
};

export type ModelSummary = { name: string; folder?: string; title?: string; size: number; modified: string };

export type GmcrFile = { name: string; folder: string; size: number; modified: string };

export type Listing = { models: ModelSummary[]; gmcr?: GmcrFile[]; truncated?: boolean };

export type Version = { id: string; savedAt: string; size: number; sha256: string };

export type Move = { by: string; from: number; to: number };

export type Sanction = { simultaneous: boolean; moves: Move[]; end: number };

export type ExplanationT = {
  concept: string;
  decisionMaker: string;
  decisionMakerName?: string;
  state: number;
  stable: boolean;
  improvements: { to: number; sanction: Sanction | null }[];
  sentences: string[];
};

export type ConceptResult = { stableFor: Record<string, number[]>; equilibria: number[] };

export type Result = {
  title: string;
  parameters: { concepts: string[] };
  decisionMakers: { id: string; name: string; options: string[] }[];
  options: { id: string; name: string; decisionMaker: string; reversibility: string }[];
  states: StateInfo[];
  statusQuo: number | null;
  statusQuoLabel?: string;
  rankings: Record<string, (number | number[])[]>;
  explanations: ExplanationT[];
  graph: { moves: { by: string; from: number; to: number; improvement: boolean }[] } | null;
  deadlocks?: unknown[];
  [concept: string]: unknown;
};

export type Job = {
  id: string;
  model: string;
  kind?: 'analysis' | 'report';
  status: 'running' | 'done' | 'failed' | 'cancelled';
  cancelRequested?: boolean;
  progress: { phase: string; done: number; total: number };
  error?: string;
};

export type JobAnswer = { job: Job; result?: Result };

export type ReportFile = { fileName: string; contentType: string; size: number };

export type DiffT = {
  from: string;
  to: string;
  added: number;
  removed: number;
  lines: { op: 'same' | 'removed' | 'added'; text: string; oldLine: number; newLine: number }[];
};

export const CONCEPTS: { id: string; label: string; meaning: string }[] = [
  { id: 'nash', label: 'Nash', meaning: 'no unilateral improvement' },
  { id: 'gmr', label: 'GMR', meaning: 'every improvement can be sanctioned by the opponents' },
  { id: 'smr', label: 'SMR', meaning: 'sanctioned, and the improver cannot escape the sanction' },
  { id: 'seq', label: 'SEQ', meaning: "sanctioned by the opponents' own improvements (credible)" },
  { id: 'sim', label: 'SIM', meaning: "opponents' simultaneous improvements leave it no better off" },
  { id: 'seqsim', label: 'SEQ+SIM', meaning: 'each improvement sanctioned sequentially or simultaneously' },
];

// ---- the mediator's analyses (POST /api/models/{name}/inverse, /goals, /robustness)

/** One tie group of a ranking: a state number, or several tied. */
export type Tier = number | number[];

export type SideBySideT = {
  decisionMaker: string;
  name: string;
  metric: 'ranking' | 'statements';
  rows: { position: number; now: number[] | string; changed: number[] | string; differs: boolean }[];
};

export type InverseWords = {
  label: string;
  meaning: string;
  verdict: string;
  count: string;
  changeGoal: 'make' | 'break';
  change: string;
  /** The change alone ("1 swap: …"), when one was found. */
  changeShort?: string;
  sideBySide?: SideBySideT[];
  conditions: {
    decisionMaker: string;
    name: string;
    holdsNow: boolean;
    summary: string;
    moves: { to: number; holdsNow: boolean; sentence: string }[];
  }[];
  conditionsTooLarge?: string;
  dependsOn: string[];
  dependsOnSummary?: string;
};

export type InverseConcept = {
  equilibrium: boolean;
  stableFor: Record<string, boolean>;
  count: number | null;
  total: number;
  method: string;
  [k: string]: unknown;
};

export type InverseResult = {
  model: string;
  sha256: string;
  target: StateInfo;
  targetLabel: string;
  rankings: Record<string, Tier[]>;
  setup: string[];
  inverse: { target: number; concepts: Record<string, InverseConcept>; [k: string]: unknown };
  words: Record<string, InverseWords>;
};

export type GoalsResult = {
  model: string;
  rankings: Record<string, Tier[]>;
  goals: { decided: boolean; achievable: boolean | null; [k: string]: unknown };
  words: { goals: string[]; over: string; outcome: string; conflict: string[]; sideBySide?: SideBySideT[] };
};

export type MarginT = {
  state: number;
  equilibrium: boolean;
  swaps: number | null;
  moreThan?: number;
  impossible?: boolean;
  change?: { swaps: number; reversals: string[] };
};

export type RobustnessResult = {
  model: string;
  rankings: Record<string, Tier[]>;
  robustness: { bound: number; concepts: Record<string, MarginT[]> };
  words: Record<string, { label: string; meaning: string; cells: string[]; breaks: { state: number; sentence: string; sideBySide?: SideBySideT[] }[] }>;
  explanation: string;
};

export type MediatorJobAnswer<T> = { job: Job; result?: T };
