import type { components, operations } from './generated/api-types';

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
  /** Strength of preference (docs/semantics.md §5.4): pairs greatly preferred, a payoff gap. */
  greatly?: (Provenance & { better: StateRef; worse: StateRef })[];
  greatGap?: number;
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

// ---- the API's bodies, from openapi.json (server/src/main/resources/dev/parley/server/api/)
//
// generated/api-types.ts is generated from that file (`npm run gen:api`; a test fails when it is
// stale). The requests below are its types as they are. openapi.json marks no field of its
// responses `required`, though the server always sends the fields the UI reads: those responses are
// the schema's types with the fields the UI relies on made required (`Sent`), and, where a schema
// leaves an object's contents undescribed, the UI's own type of them (`With`, each said below).
// Types the schema does not describe at all (analysis results, the mediator's and the evolution
// answers) are written by hand; api-types.test.ts checks that each still fits its schema.

type S = components['schemas'];

/** The schema's type with fields the UI relies on required (openapi.json marks them optional). */
type Sent<T, K extends keyof T> = T & Required<Pick<T, K>>;
/** A type with some fields replaced by the UI's more exact types of them. */
type With<T, R> = Omit<T, keyof R> & R;

/** The JSON body of a request, as openapi.json describes it. */
type RequestBody<Op extends keyof operations> = operations[Op] extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
/** The body of a request that starts a job, less `waitMs`, which jobs.ts adds. */
type JobBody<Op extends keyof operations> = Omit<RequestBody<Op>, 'waitMs'>;
/** The JSON of a request's answer with this status. */
type Answer<Op extends keyof operations, Status extends number> = operations[Op] extends {
  responses: { [k in Status]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type SaveRequest = RequestBody<'saveModel'>;
export type CreateModelRequest = RequestBody<'createModel'>;
export type ImportRequest = RequestBody<'importGmcr'>;
export type AnalysisRequest = JobBody<'analyse'>;
export type ReportRequest = JobBody<'startReport'>;
export type InverseRequest = JobBody<'inverse'>;
export type GoalsRequest = JobBody<'goals'>;
export type RobustnessRequest = JobBody<'robustness'>;
export type EvolutionRequest = JobBody<'evolution'>;
export type DeadlocksRequest = JobBody<'deadlocks'>;
export type CoalitionsRequest = JobBody<'coalitions'>;

/** The concepts the mediator's analyses take (nash … seqsim). */
export type ConceptId = NonNullable<InverseRequest['concepts']>[number];

export type Problem = Sent<S['Problem'], 'line' | 'column' | 'path' | 'message'>;

/** A likely modelling mistake found by the model checker (`parley check`): a hint, not an error. */
export type Hint = Sent<S['Hint'], 'kind' | 'decisionMaker' | 'statement' | 'line' | 'path' | 'message'>;

export type StateInfo = Sent<S['State'], 'id' | 'yn' | 'description'>;

export type Validation = With<
  Sent<S['Validation'], 'ok' | 'problems'>,
  {
    problems: Problem[];
    hints?: Hint[];
    summary?: Required<NonNullable<S['Validation']['summary']>>;
    states?: StateInfo[];
  }
>;

export type Version = Sent<S['Version'], 'id' | 'savedAt' | 'size' | 'sha256'>;

/** `model` is the tree of docs/model-format.md, which openapi.json leaves a plain object. */
export type ModelFile = With<
  Sent<S['ModelFile'], 'name' | 'format' | 'sha256' | 'modified' | 'size' | 'text' | 'model' | 'validation'>,
  { model: ModelTree | null; validation: Validation; keptVersion?: Version }
>;

export type ImportAnswer = With<Answer<'importGmcr', 201>, ModelFile & { importedFrom: string; warnings: string[] }>;

export type ModelSummary = Sent<S['ModelSummary'], 'name' | 'size' | 'modified'>;

export type GmcrFile = Sent<S['GmcrFile'], 'name' | 'folder' | 'size' | 'modified'>;

export type Listing = With<Answer<'listModels', 200>, { models: ModelSummary[]; gmcr?: GmcrFile[] }>;

export type History = With<Answer<'history', 200>, { versions: Version[] }>;

/** POST …/history: openapi.json describes the 201 answer only; the 200 one is `{version: null}`. */
export type Kept = { version: Version | null };

export type Move = { by: string; from: number; to: number };

export type Sanction = { simultaneous: boolean; moves: Move[]; end: number };

/** `improvements` are described by openapi.json as plain objects only. */
export type ExplanationT = With<
  Sent<S['Explanation'], 'concept' | 'decisionMaker' | 'state' | 'stable' | 'improvements' | 'sentences'>,
  { improvements: { to: number; sanction: Sanction | null }[] }
>;

export type Explanations = With<Sent<S['Explanations'], 'state' | 'label' | 'explanations'>, { state: StateInfo; explanations: ExplanationT[] }>;

export type ConceptResult = { stableFor: Record<string, number[]>; equilibria: number[] };

/** The analysis result: openapi.json's `Result` is an object it describes in words only. */
export type Result = {
  title: string;
  parameters: { concepts: string[] };
  /** `inSentence`: the name as a sentence writes it ("the United States", "Russia"). */
  decisionMakers: { id: string; name: string; inSentence?: string; options: string[] }[];
  options: { id: string; name: string; decisionMaker: string; reversibility: string }[];
  states: StateInfo[];
  statusQuo: number | null;
  statusQuoLabel?: string;
  /** The paragraphs the briefing opens with (docs/briefing.md). */
  bottomLine?: string[];
  /** How many equilibria of each concept the answer explains (and the tab shows as cards). */
  cardLimit?: number;
  rankings: Record<string, (number | number[])[]>;
  explanations: ExplanationT[];
  graph: { moves: { by: string; from: number; to: number; improvement: boolean }[] } | null;
  deadlocks?: unknown[];
  [concept: string]: unknown;
};

export type Job = With<Sent<S['Job'], 'id' | 'model' | 'status' | 'progress'>, { progress: Required<NonNullable<S['Job']['progress']>> }>;

export type ReportFile = Sent<S['ReportFile'], 'fileName' | 'contentType' | 'size'>;

export type DiffT = With<
  Sent<S['Diff'], 'from' | 'to' | 'added' | 'removed' | 'lines'>,
  { lines: Required<NonNullable<S['Diff']['lines']>[number]>[] }
>;

export const CONCEPTS: { id: string; label: string; meaning: string }[] = [
  { id: 'nash', label: 'Nash', meaning: 'no unilateral improvement' },
  { id: 'gmr', label: 'GMR', meaning: 'every improvement can be sanctioned by the opponents' },
  { id: 'smr', label: 'SMR', meaning: 'sanctioned, and the improver cannot escape the sanction' },
  { id: 'seq', label: 'SEQ', meaning: "sanctioned by the opponents' own improvements (credible)" },
  { id: 'sim', label: 'SIM', meaning: "opponents' simultaneous improvements leave it no better off" },
  { id: 'seqsim', label: 'SEQ+SIM', meaning: 'each improvement sanctioned sequentially or simultaneously' },
];

// ---- the mediator's analyses (POST /api/models/{name}/inverse, /goals, /robustness)
//
// openapi.json names the parts of these answers (InverseResult, GoalsResult, RobustnessResult) but
// describes their contents (`inverse`, `goals`, `robustness`, most of `words`) in words only: the
// types are the UI's; api-types.test.ts checks that they fit the schemas.

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

