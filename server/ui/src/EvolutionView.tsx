import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, modelPath, api } from './api';
import { ProblemList } from './Editor';
import { ExplainPanel } from './ExplainPanel';
import {
  checkStructure,
  linkStates,
  pathStates,
  pathText,
  runJob,
  stableSets,
  type CoalitionsResult,
  type DeadlockT,
  type DeadlocksResult,
  type EvolutionResult,
  type EvoPath,
  type EvoStep,
} from './evolution';
import { stateLabel } from './filters';
import { CONCEPTS, type Job, type Problem, type StateInfo } from './types';
import type { ModelHandle } from './useModel';

// Answers are kept per model version and request, so moving between tabs does not compute again.
const cache = new Map<string, unknown>();

type JobState<T> = {
  result: T | null;
  job: Job | null;
  error: string;
  details: Problem[];
  running: boolean;
  run: () => Promise<void>;
  cancel: () => Promise<void>;
};

/** Runs one analysis job for {@code key} (null: nothing to run), keeping its answer. */
function useJob<T>(key: string | null, path: string, body: Record<string, unknown>, flush: () => Promise<void>): JobState<T> {
  const [result, setResult] = useState<T | null>(key ? ((cache.get(key) as T) ?? null) : null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState('');
  const [details, setDetails] = useState<Problem[]>([]);
  const [running, setRunning] = useState(false);
  const latest = useRef(0);

  const run = async () => {
    if (!key) return;
    const mine = ++latest.current;
    await flush();
    setRunning(true);
    setError('');
    setDetails([]);
    try {
      const ans = await runJob<T>(path, body, (j) => mine === latest.current && setJob(j));
      if (mine !== latest.current) return;
      if (ans.job.status === 'cancelled') {
        setError('The analysis was cancelled.');
      } else if (ans.result) {
        cache.set(key, ans.result);
        setResult(ans.result);
      }
    } catch (e) {
      if (mine !== latest.current) return;
      setResult(null);
      setError(e instanceof Error ? e.message : String(e));
      setDetails(e instanceof ApiFailure ? e.details : []);
    } finally {
      if (mine === latest.current) setRunning(false);
    }
  };

  useEffect(() => {
    if (!key) {
      setResult(null);
      return;
    }
    const cached = cache.get(key) as T | undefined;
    if (cached) {
      latest.current++;
      setResult(cached);
      setRunning(false);
      setError('');
    } else {
      void run();
    }
  }, [key]);

  const cancel = async () => {
    if (job) await api('DELETE', `/api/jobs/${job.id}`);
  };
  return { result, job, error, details, running, run, cancel };
}

function Progress<T>({ state, what }: { state: JobState<T>; what: string }) {
  if (!state.running) return null;
  const p = state.job?.progress;
  return (
    <div class="job" role="status">
      {what}: {p ? `${p.phase} ${p.total > 0 ? `${p.done} of ${p.total}` : ''}` : 'starting'}
      {p && <progress max={p.total || 1} value={p.done} />}
      {state.job && <button onClick={() => void state.cancel()}>Cancel</button>}
    </div>
  );
}

function Failure<T>({ state }: { state: JobState<T> }) {
  if (!state.error) return null;
  return (
    <div role="alert">
      <p class="error">{state.error}</p>
      <ProblemList problems={state.details} />
    </div>
  );
}

type Explain = (s: number) => void;
type Known = Map<number, StateInfo>;

/** A state as a button that opens its explanation. */
function StateButton({ id, known, onExplain, text }: { id: number; known: Known; onExplain: Explain; text?: string }) {
  const s = known.get(id);
  return (
    <button class="state-link" onClick={() => onExplain(id)} aria-label={`Explain state ${stateLabel(s, id)}`} title={s?.description}>
      {text ?? stateLabel(s, id)}
    </button>
  );
}

/** A list of states as buttons, at most {@code max} of them. */
function StateList({ ids, known, onExplain, max = 40 }: { ids: number[] | undefined; known: Known; onExplain: Explain; max?: number }) {
  if (!ids || ids.length === 0) return <span class="muted">none</span>;
  return (
    <span class="state-list">
      {ids.slice(0, max).map((id, i) => (
        <span key={id}>
          {i > 0 && ' '}
          <StateButton id={id} known={known} onExplain={onExplain} />
        </span>
      ))}
      {ids.length > max && <span class="muted"> and {ids.length - max} more</span>}
    </span>
  );
}

/** A sentence whose every mention of a state is a button. */
function Said({ text, known, onExplain }: { text: string; known: Known; onExplain: Explain }) {
  return (
    <>
      {linkStates(text, new Set(known.keys())).map((p, i) =>
        p.state === undefined ? p.text : <StateButton key={i} id={p.state} known={known} onExplain={onExplain} text={p.text} />,
      )}
    </>
  );
}

const TARGET_CONCEPTS = ['nash', 'gmr', 'smr', 'seq', 'sim', 'seqsim'];
const conceptLabel = (c: string) => CONCEPTS.find((x) => x.id === c)?.label ?? c;
const capital = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const steps = (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`;

export function EvolutionView({ name, model, onShowPath: show }: { name: string; model: ModelHandle; onShowPath: (path: number[]) => void }) {
  // the State graph opens at the top of the page, whatever was scrolled here
  const onShowPath = (path: number[]) => {
    show(path);
    window.scrollTo(0, 0);
  };
  const [from, setFrom] = useState('');
  const [targets, setTargets] = useState<string[]>(['nash', 'gmr', 'smr', 'seq']);
  const [depth, setDepth] = useState(3);
  const [improvementsOnly, setImprovementsOnly] = useState(false);
  const [moversDraft, setMoversDraft] = useState('');
  const [movers, setMovers] = useState('');
  const [structureDraft, setStructureDraft] = useState('');
  const [structure, setStructure] = useState('');
  const [quantifier, setQuantifier] = useState('some');
  const [selected, setSelected] = useState<number | null>(null);
  const [explainUnder, setExplainUnder] = useState('nash');

  const v = model.validation;
  const ok = !!model.file && !!v?.ok;
  const sha = model.file?.sha256 ?? '';
  const graphForm = v?.summary?.options === 0;
  const dms = (model.tree?.decisionMakers ?? []).map((d) => d.id);
  const dmNames = new Map((model.tree?.decisionMakers ?? []).map((d) => [d.id, d.name ?? d.id] as const));
  const allStates = v?.states ?? [];

  const evoBody: Record<string, unknown> = { concepts: targets, depth, improvementsOnly };
  if (from) evoBody.from = Number(from);
  if (movers.trim()) evoBody.coalitions = movers.trim();
  const dlBody: Record<string, unknown> = from ? { from: Number(from) } : {};
  const coBody: Record<string, unknown> = { quantifier };
  if (from) coBody.statusQuo = Number(from);
  if (structure.trim()) coBody.structure = structure.trim();
  // without a status quo there is nowhere to start until a state is chosen
  const noStart = !from && (model.tree?.statusQuo === undefined || model.tree?.statusQuo === null);
  const key = (what: string, body: Record<string, unknown>, needsStart = true) =>
    ok && !(needsStart && noStart) ? `${name}@${sha}@${what}@${JSON.stringify(body)}` : null;

  const flush = model.flush;
  const evo = useJob<EvolutionResult>(key('evolution', evoBody), modelPath(name, '/evolution'), evoBody, flush);
  const dl = useJob<DeadlocksResult>(key('deadlocks', dlBody), modelPath(name, '/deadlocks'), dlBody, flush);
  const co = useJob<CoalitionsResult>(key('coalitions', coBody, false), modelPath(name, '/coalitions'), coBody, flush);

  const known: Known = new Map();
  for (const s of [...allStates, ...(evo.result?.states ?? []), ...(dl.result?.states ?? []), ...(co.result?.states ?? [])]) known.set(s.id, s);
  const onExplain = (s: number) => setSelected(s);
  const moversProblem = checkStructure(moversDraft, dms);
  const structureProblem = checkStructure(structureDraft, dms);

  return (
    <div class="evolution">
      {v && !v.ok && (
        <>
          <p class="summary bad">The model has problems; fix them in the Model tab to study its evolution.</p>
          <ProblemList problems={v.problems} />
        </>
      )}
      <form
        class="card evo-controls"
        aria-label="What to study"
        onSubmit={(e) => {
          e.preventDefault();
          if (!moversProblem) setMovers(moversDraft);
        }}
      >
        <div class="row">
          <label class="field small">
            <span>From</span>
            <select value={from} onChange={(e) => setFrom((e.target as HTMLSelectElement).value)}>
              <option value="">the status quo</option>
              {allStates.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  state {stateLabel(s, s.id)} {s.yn}
                </option>
              ))}
            </select>
          </label>
          <label class="field small">
            <span>Steps in the table</span>
            <input
              type="number"
              min={1}
              max={40}
              value={depth}
              onChange={(e) => {
                const n = Number((e.target as HTMLInputElement).value);
                if (Number.isInteger(n) && n >= 1 && n <= 40) setDepth(n);
              }}
            />
          </label>
          <label class="check">
            <input type="checkbox" checked={improvementsOnly} onChange={(e) => setImprovementsOnly((e.target as HTMLInputElement).checked)} /> improvements only
          </label>
          <label class="field grow">
            <span>Blocks that move as one (optional)</span>
            <input
              value={moversDraft}
              placeholder={dms.length >= 2 ? `e.g. [${dms[0]},${dms[1]}]${dms.length > 2 ? ',' + dms.slice(2).join(',') : ''}` : ''}
              aria-invalid={moversProblem ? 'true' : undefined}
              onInput={(e) => setMoversDraft((e.target as HTMLInputElement).value)}
            />
          </label>
          <button class="primary" type="submit" disabled={!!moversProblem}>
            Apply
          </button>
        </div>
        {moversProblem && <p class="error">Blocks: {moversProblem}</p>}
        <fieldset class="concepts">
          <legend>Targets: equilibria under</legend>
          {TARGET_CONCEPTS.filter((c) => !graphForm || (c !== 'sim' && c !== 'seqsim')).map((c) => (
            <label key={c} title={CONCEPTS.find((x) => x.id === c)?.meaning}>
              <input
                type="checkbox"
                checked={targets.includes(c)}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const next = TARGET_CONCEPTS.filter((id) => (id === c ? on : targets.includes(id)));
                  if (next.length > 0) setTargets(next);
                }}
              />{' '}
              {conceptLabel(c)}
            </label>
          ))}
        </fieldset>
      </form>
      <div class="evo-panes">
        <div class="evo-main">
          {ok && noStart && (
            <p class="summary bad" role="status">
              This model names no status quo: choose the state to start from under <strong>From</strong>, or set the status quo in the Model tab.
            </p>
          )}
          <Progress state={evo} what="Evolution" />
          <Failure state={evo} />
          {evo.result && (
            <>
              <Start r={evo.result} known={known} onExplain={onExplain} />
              <Reach r={evo.result} known={known} onExplain={onExplain} />
              <Paths r={evo.result} known={known} onExplain={onExplain} onShowPath={onShowPath} />
            </>
          )}
          <section class="card" aria-label="Sequencing deadlocks">
            <h3>Sequencing deadlocks</h3>
            <Progress state={dl} what="Deadlocks" />
            <Failure state={dl} />
            {dl.result && <Deadlocks r={dl.result} known={known} onExplain={onExplain} onShowPath={onShowPath} names={dmNames} />}
          </section>
          <section class="card" aria-label="Coalitions">
            <h3>Coalitions</h3>
            <form
              class="row"
              onSubmit={(e) => {
                e.preventDefault();
                if (!structureProblem) setStructure(structureDraft);
              }}
            >
              <label class="field grow">
                <span>Coalition structure (optional; every decision maker in one block)</span>
                <input
                  value={structureDraft}
                  placeholder={dms.length >= 2 ? `e.g. [${dms[0]},${dms[1]}]${dms.length > 2 ? ',' + dms.slice(2).join(',') : ''}` : ''}
                  aria-invalid={structureProblem ? 'true' : undefined}
                  onInput={(e) => setStructureDraft((e.target as HTMLInputElement).value)}
                />
              </label>
              <label class="field small">
                <span>A sanction deters if it leaves</span>
                <select value={quantifier} onChange={(e) => setQuantifier((e.target as HTMLSelectElement).value)}>
                  <option value="some">some member no better off</option>
                  <option value="all">every member no better off</option>
                </select>
              </label>
              <button class="primary" type="submit" disabled={!!structureProblem}>
                Analyse coalitions
              </button>
            </form>
            {structureProblem && <p class="error">Structure: {structureProblem}</p>}
            <Progress state={co} what="Coalitions" />
            <Failure state={co} />
            {co.result && <Coalitions r={co.result} known={known} onExplain={onExplain} />}
          </section>
        </div>
        <aside class="evo-aside" aria-label="Explanation">
          <label class="field small">
            <span>Explain under</span>
            <select value={explainUnder} onChange={(e) => setExplainUnder((e.target as HTMLSelectElement).value)}>
              {TARGET_CONCEPTS.filter((c) => !graphForm || (c !== 'sim' && c !== 'seqsim')).map((c) => (
                <option key={c} value={c}>
                  {conceptLabel(c)}
                </option>
              ))}
            </select>
          </label>
          {selected === null ? (
            <p class="muted">Choose any state on the left to see why it is or is not stable; every state the explanation mentions can be followed in turn.</p>
          ) : (
            <ExplainPanel name={name} sha={sha} state={selected} concept={explainUnder} onState={setSelected} />
          )}
        </aside>
      </div>
    </div>
  );
}

function Start({ r, known, onExplain }: { r: EvolutionResult; known: Known; onExplain: Explain }) {
  const s = known.get(r.from);
  return (
    <section class="card sq" aria-label="Starting point">
      <h3>
        From <StateButton id={r.from} known={known} onExplain={onExplain} text={r.fromLabel} />
        {r.statusQuo === r.from ? <span class="badge">status quo</span> : r.statusQuo !== null && <span class="muted"> (the status quo is state {r.statusQuo})</span>}
      </h3>
      <p class="muted">{s?.description}</p>
      {r.movers.some((m) => m.members.length > 1) && (
        <p>
          Movers: {r.movers.map((m) => m.name).join('; ')}. A block moves as one, and its move is an improvement only if every member prefers where it leads.
        </p>
      )}
      <ul class="sentences" aria-label="First moves">
        {r.movers.map((m) => {
          const mine = r.firstMoves.filter((f) => f.by === m.id);
          return (
            <li key={m.id}>
              {mine.length === 0 ? (
                <>
                  {m.name} {r.improvementsOnly ? 'has no improvement from here.' : 'cannot move from here.'}
                </>
              ) : (
                mine.map((f, i) => (
                  <span key={i}>
                    {i > 0 && '; or '}
                    <Said text={f.sentence} known={known} onExplain={onExplain} />
                    {f.improvement ? ', an improvement' : ''}
                  </span>
                ))
              )}
              {mine.length > 0 && (mine.some((f) => f.improvement) ? '.' : r.improvementsOnly ? '.' : '; none is an improvement.')}
            </li>
          );
        })}
      </ul>
      <p>
        {r.reachable.byImprovements.length === 0
          ? 'No mover has an improvement that leads anywhere: by improvements the conflict stays here.'
          : `By improvements, made in turn, the conflict can reach ${r.reachable.byImprovements.length} ${r.reachable.byImprovements.length === 1 ? 'state' : 'states'}.`}
      </p>
    </section>
  );
}

function Reach({ r, known, onExplain }: { r: EvolutionResult; known: Known; onExplain: Explain }) {
  const moves = !r.improvementsOnly;
  return (
    <section class="card" aria-label="Reachable states">
      <h3>Reachable states by number of steps</h3>
      <p class="muted">A legal sequence never lets the same mover move twice in a row; in a sequence of improvements each step is strictly better for its mover.</p>
      <div class="table-wrap">
        <table class="stability reach">
          <thead>
            <tr>
              <th scope="col">Steps</th>
              {moves && <th scope="col">By moves</th>}
              <th scope="col">By improvements</th>
            </tr>
          </thead>
          <tbody>
            {r.exactly.map((row) => (
              <tr key={row.steps}>
                <th scope="row">exactly {row.steps}</th>
                {moves && (
                  <td>
                    <StateList ids={row.byMoves} known={known} onExplain={onExplain} />
                  </td>
                )}
                <td>
                  <StateList ids={row.byImprovements} known={known} onExplain={onExplain} />
                </td>
              </tr>
            ))}
            <tr class="total">
              <th scope="row">any number</th>
              {moves && (
                <td>
                  <StateList ids={r.reachable.byMoves} known={known} onExplain={onExplain} />
                </td>
              )}
              <td>
                <StateList ids={r.reachable.byImprovements} known={known} onExplain={onExplain} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Paths({ r, known, onExplain, onShowPath }: { r: EvolutionResult; known: Known; onExplain: Explain; onShowPath: (p: number[]) => void }) {
  const title = r.to ? `Path to state ${stateLabel(known.get(r.to), r.to)}` : `Paths to the equilibria (${r.concepts.map(conceptLabel).join(', ')})`;
  return (
    <section class="card" aria-label="Paths to the equilibria">
      <h3>{title}</h3>
      {r.paths.length === 0 && <p class="muted">No state is an equilibrium under these concepts.</p>}
      <div class="cards">
        {r.paths.map((p) => (
          <PathCard key={p.to} p={p} r={r} known={known} onExplain={onExplain} onShowPath={onShowPath} />
        ))}
      </div>
    </section>
  );
}

function PathCard({ p, r, known, onExplain, onShowPath }: { p: EvoPath; r: EvolutionResult; known: Known; onExplain: Explain; onShowPath: (p: number[]) => void }) {
  const imp = p.byImprovements;
  const any = p.byMoves ?? null;
  const shown: EvoStep[] | null = imp && imp.length > 0 ? imp : any && any.length > 0 ? any : null;
  return (
    <article class={`card path ${p.reachable ? 'reachable' : 'unreachable'}`} aria-label={`Path to ${p.label}`}>
      <h4>
        <StateButton id={p.to} known={known} onExplain={onExplain} text={capital(p.label)} />{' '}
        <span class={`badge ${p.reachable ? 'holds' : 'fails'}`}>{p.here ? 'here' : p.reachable ? 'reachable' : 'not reachable'}</span>
      </h4>
      {p.equilibriumUnder.length > 0 && <p class="muted">Equilibrium under {p.equilibriumUnder.map(conceptLabel).join(', ')}.</p>}
      {p.here ? (
        <p>The conflict is here already.</p>
      ) : (
        <ul class="sentences">
          <li>
            {imp ? (
              <>
                <strong>By improvements, {steps(imp.length)}:</strong> <Said text={p.byImprovementsSentence ?? ''} known={known} onExplain={onExplain} />
              </>
            ) : (
              <>Not reachable by improvements.</>
            )}
          </li>
          {!r.improvementsOnly && (!imp || (any && any.length < imp.length)) && (
            <li>
              {any ? (
                <>
                  <strong>By moves, {steps(any.length)} (not all improvements):</strong> <Said text={p.byMovesSentence ?? ''} known={known} onExplain={onExplain} />
                </>
              ) : (
                <>Not reachable by any legal sequence of moves.</>
              )}
            </li>
          )}
        </ul>
      )}
      {shown && (
        <button onClick={() => onShowPath(pathStates(shown))} aria-label={`Show the path ${pathText(pathStates(shown))} to ${p.label} in the State graph`}>
          Show path {pathText(pathStates(shown))} in the State graph
        </button>
      )}
    </article>
  );
}

function Deadlocks({ r, known, onExplain, onShowPath, names }: { r: DeadlocksResult; known: Known; onExplain: Explain; onShowPath: (p: number[]) => void; names: Map<string, string> }) {
  return (
    <>
      <p>
        From <StateButton id={r.from} known={known} onExplain={onExplain} text={r.fromLabel} />
        {r.statusQuo === r.from ? ' (the status quo)' : ''}:{' '}
        {r.reachableByImprovements.length === 0 ? (
          'no party has a unilateral improvement from here.'
        ) : (
          <>
            by unilateral improvements, made in turn, the conflict can move to <StateList ids={r.reachableByImprovements} known={known} onExplain={onExplain} />.
          </>
        )}
      </p>
      {r.note && <p class="muted">{r.note}</p>}
      {r.skipped && <p class="muted">{capital(r.skipped)}.</p>}
      {!r.note && !r.skipped && r.deadlocks.length === 0 && (
        <p>
          No sequencing deadlock: every state that a coalition's members all prefer to this one is either reachable by unilateral improvements or out of reach of any
          joint move of theirs.
        </p>
      )}
      {r.deadlocks.length > 0 && (
        <p class="muted">
          Each of these states is preferred to the starting state by every member of a coalition, yet no legal sequence of unilateral improvements leads to it: each
          member would have to take its own step first, and alone that step leaves it no better off. A joint move by the coalition gets there.
        </p>
      )}
      <div class="cards">
        {r.deadlocks.map((d, i) => (
          <DeadlockCard key={i} d={d} r={r} known={known} onExplain={onExplain} onShowPath={onShowPath} names={names} />
        ))}
      </div>
    </>
  );
}

function DeadlockCard({ d, r, known, onExplain, onShowPath, names }: { d: DeadlockT; r: DeadlocksResult; known: Known; onExplain: Explain; onShowPath: (p: number[]) => void; names: Map<string, string> }) {
  const who = d.coalitionNames.length <= 2 ? d.coalitionNames.join(' and ') : `${d.coalitionNames.slice(0, -1).join(', ')} and ${d.coalitionNames[d.coalitionNames.length - 1]}`;
  const nameOf = (id: string) => names.get(id) ?? d.coalitionNames[d.coalition.indexOf(id)] ?? id;
  const path = pathStates(d.path);
  const under = r.concepts.filter((c) => d.equilibriumUnder[c]);
  return (
    <article class={`card deadlock ${d.holds ? 'holds' : 'fails'}`} aria-label={`Deadlock: ${d.label}, ${who}`}>
      <h4>
        <StateButton id={d.to} known={known} onExplain={onExplain} text={capital(d.label)} /> — {who}{' '}
        <span class={`badge ${d.holds ? 'holds' : 'fails'}`}>{d.holds ? 'the result holds' : 'the result does not hold'}</span>
      </h4>
      <p class="muted">{known.get(d.to)?.description}</p>
      <dl class="facts">
        <dt>Who waits for whom</dt>
        <dd>
          {d.members
            .map((m) => (m.waitsFor.length === 0 ? `${nameOf(m.decisionMaker)} will not move first, and no other member's step alone changes that` : `${nameOf(m.decisionMaker)} waits for ${m.waitsFor.map(nameOf).join(' or ')}`))
            .join('; ')}
          .
        </dd>
        <dt>The joint move</dt>
        <dd>
          {who} together reach <StateButton id={d.jointMoveReaches} known={known} onExplain={onExplain} text={d.jointLabel} />
          {d.afterwards.length > 0 && (
            <>
              ; then{' '}
              {d.afterwards.map((m, i) => (
                <span key={i}>
                  {i > 0 && ', then '}
                  {nameOf(m.by)} moves to <StateButton id={m.to} known={known} onExplain={onExplain} />
                </span>
              ))}
            </>
          )}
          .
        </dd>
        <dt>The result</dt>
        <dd>
          <StateButton id={d.to} known={known} onExplain={onExplain} text={d.label} />{' '}
          {d.holds ? `holds: an equilibrium under ${under.map(conceptLabel).join(', ')}.` : 'does not hold under any concept analysed.'}
        </dd>
      </dl>
      <ul class="sentences">
        {d.sentences.map((s, i) => (
          <li key={i}>
            <Said text={s} known={known} onExplain={onExplain} />
          </li>
        ))}
      </ul>
      <button onClick={() => onShowPath(path)} aria-label={`Show the path ${pathText(path)} to ${d.label} in the State graph`}>
        Show path {pathText(path)} in the State graph
      </button>
    </article>
  );
}

function Coalitions({ r, known, onExplain }: { r: CoalitionsResult; known: Known; onExplain: Explain }) {
  const meanings = r.conceptMeanings ?? [];
  return (
    <>
      {r.skipped && <p class="muted">{capital(r.skipped)}.</p>}
      {meanings.length > 0 && r.coalitions && (
        <>
          <p class="muted">
            A coalition improves when a legal sequence of its members' moves ends in a state every member strictly prefers; a sanction deters it when it leaves{' '}
            {r.parameters?.deterrence === 'all' ? 'every member' : 'some member'} no better off. A coalition equilibrium is stable for every coalition, each decision
            maker alone included.
          </p>
          <ul class="sentences" aria-label="Coalition equilibria">
            {meanings.map((m) => {
              const c = stableSets(r, m.id);
              return (
                <li key={m.id} title={m.meaning}>
                  <strong>{m.label}</strong> coalition equilibria: <StateList ids={c?.equilibria} known={known} onExplain={onExplain} /> <span class="muted">({m.individual} equilibria:</span>{' '}
                  <StateList ids={c?.individualEquilibria} known={known} onExplain={onExplain} />
                  <span class="muted">)</span>
                </li>
              );
            })}
          </ul>
          {r.evolution && (
            <>
              <h4>Coalition moves from {r.statusQuoLabel}</h4>
              {r.evolution.coalitionMoves.length === 0 ? (
                <p class="muted">No coalition reaches a state together that no member reaches alone.</p>
              ) : (
                <ul class="sentences">
                  {r.evolution.coalitionMoves.map((g, i) => (
                    <li key={i}>
                      <Said text={g.sentence} known={known} onExplain={onExplain} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          {r.broken && r.broken.length > 0 && (
            <>
              <h4>Equilibria that coalitions break</h4>
              {r.broken.map((b) => (
                <div class="verdict unstable" key={b.state}>
                  <p>
                    <StateButton id={b.state} known={known} onExplain={onExplain} text={capital(b.label)} />: an equilibrium under {b.equilibriumUnder.join(', ')}, but not a
                    coalition equilibrium under {b.notCoalitionEquilibriumUnder.join(', ')}.
                  </p>
                  <ul>
                    {b.sentences.map((s, i) => (
                      <li key={i}>
                        <Said text={s} known={known} onExplain={onExplain} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              {(r.brokenCount ?? 0) > r.broken.length && <p class="muted">{(r.brokenCount ?? 0) - r.broken.length} more equilibria are broken by coalitions.</p>}
            </>
          )}
          <h4>Stable states for each coalition</h4>
          <div class="table-wrap">
            <table class="stability coalitions">
              <thead>
                <tr>
                  <th scope="col">Coalition</th>
                  {meanings.map((m) => (
                    <th scope="col" key={m.id} title={m.meaning}>
                      {m.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.coalitions.map((h) => (
                  <tr key={h.id}>
                    <th scope="row" title={h.names}>
                      {h.id}
                    </th>
                    {meanings.map((m) => (
                      <td key={m.id}>
                        <StateList ids={stableSets(r, m.id)?.stableFor[h.id]} known={known} onExplain={onExplain} max={20} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {r.structure && <Structure r={r} known={known} onExplain={onExplain} />}
    </>
  );
}

function Structure({ r, known, onExplain }: { r: CoalitionsResult; known: Known; onExplain: Explain }) {
  const s = r.structure!;
  const concepts = CONCEPTS.map((c) => c.id).filter((c) => stableSets(s, c));
  return (
    <section aria-label="Coalition structure" class="structure">
      <h4>With the coalition structure {s.blocks.map((b) => b.id).join(', ')}</h4>
      <p class="muted">
        Each block acts as one decision maker ({s.blocks.map((b) => b.names).join('; ')}): it moves by changing its members' options together in one step, it improves
        only if every member is strictly better off, and a sanction deters it if at least one member ends up no better off than before.
      </p>
      <ul class="sentences">
        {concepts.map((c) => {
          const x = stableSets(s, c)!;
          return (
            <li key={c}>
              <strong>{conceptLabel(c)}</strong> equilibria with these blocks: <StateList ids={x.equilibria} known={known} onExplain={onExplain} />{' '}
              <span class="muted">(without coalitions:</span> <StateList ids={x.individualEquilibria} known={known} onExplain={onExplain} />
              <span class="muted">)</span>
            </li>
          );
        })}
      </ul>
      <div class="table-wrap">
        <table class="stability">
          <thead>
            <tr>
              <th scope="col">Block</th>
              {concepts.map((c) => (
                <th scope="col" key={c}>
                  {conceptLabel(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.blocks.map((b) => (
              <tr key={b.id}>
                <th scope="row" title={b.names}>
                  {b.id}
                </th>
                {concepts.map((c) => (
                  <td key={c}>
                    <StateList ids={stableSets(s, c)!.stableFor[b.id]} known={known} onExplain={onExplain} max={20} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {s.fromStatusQuo && (
        <>
          <p>
            From <StateButton id={s.fromStatusQuo.from} known={known} onExplain={onExplain} />, the blocks' improvements, made in turn, reach{' '}
            <StateList ids={s.fromStatusQuo.reachable} known={known} onExplain={onExplain} />; individual unilateral improvements reach{' '}
            <StateList ids={s.fromStatusQuo.individually} known={known} onExplain={onExplain} />.
          </p>
          {s.fromStatusQuo.onlyByBlocks.length > 0 && (
            <ul class="sentences">
              {s.fromStatusQuo.onlyByBlocks.map((o) => (
                <li key={o.to}>
                  Only with the blocks: <StateButton id={o.to} known={known} onExplain={onExplain} />, by <Said text={o.sentence} known={known} onExplain={onExplain} />.
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
