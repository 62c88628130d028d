import { useEffect, useState } from 'preact/hooks';
import { modelPath } from './api';
import { JobFailure, JobProgress, SelectField } from './controls';
import { ProblemList } from './Editor';
import { ExplainPanel } from './ExplainPanel';
import { checkStructure, type CoalitionsResult, type DeadlocksResult, type EvolutionResult } from './evolution';
import { stateLabel } from './filters';
import type { JobRequest } from './jobs';
import { CONCEPTS, type CoalitionsRequest, type DeadlocksRequest, type EvolutionRequest } from './types';
import { useJob, type JobState } from './useJob';
import { type ModelHandle } from './useModel';
import { type Known, TARGET_CONCEPTS, conceptLabel, Start, Reach, Paths, Deadlocks, Coalitions } from './EvolutionCards';

// Answers are kept per model version and request, so moving between tabs does not compute again.
const cache = new Map<string, unknown>();

type Quantifier = NonNullable<CoalitionsRequest['quantifier']>;

/** One analysis job for {@code req} (null: nothing to run), run again whenever the request changes. */
function useEvolutionJob<T>(req: (JobRequest & { key: string }) | null, flush: () => Promise<void>): JobState<T> {
  const job = useJob<T>({ cache, cancelledMessage: 'The analysis was cancelled.', flush, clearResultOnError: true, initialKey: req?.key });
  useEffect(() => {
    if (!req) job.clear();
    else if (!job.show(req.key)) void job.run(req);
  }, [req?.key]);
  return job;
}

function Progress<T>({ state, what }: { state: JobState<T>; what: string }) {
  const p = state.job?.progress;
  return (
    <JobProgress state={state}>
      {what}: {p ? `${p.phase} ${p.total > 0 ? `${p.done} of ${p.total}` : ''}` : 'starting'}
    </JobProgress>
  );
}

/** A field for blocks of decision makers, "[A,B],C", with an example made of the model's. */
function BlocksField({ label, value, onInput, invalid, dms }: { label: string; value: string; onInput: (t: string) => void; invalid: boolean; dms: string[] }) {
  return (
    <label class="field grow">
      <span>{label}</span>
      <input
        value={value}
        placeholder={dms.length >= 2 ? `e.g. [${dms[0]},${dms[1]}]${dms.length > 2 ? ',' + dms.slice(2).join(',') : ''}` : ''}
        aria-invalid={invalid ? 'true' : undefined}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
    </label>
  );
}

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
  const [quantifier, setQuantifier] = useState<Quantifier>('some');
  const [selected, setSelected] = useState<number | null>(null);
  const [explainUnder, setExplainUnder] = useState('nash');

  const v = model.validation;
  const ok = !!model.file && !!v?.ok;
  const sha = model.file?.sha256 ?? '';
  const graphForm = v?.summary?.options === 0;
  const dms = (model.tree?.decisionMakers ?? []).map((d) => d.id);
  const dmNames = new Map((model.tree?.decisionMakers ?? []).map((d) => [d.id, d.name ?? d.id] as const));
  const allStates = v?.states ?? [];

  const evoBody: EvolutionRequest = { concepts: targets, depth, improvementsOnly };
  if (from) evoBody.from = Number(from);
  if (movers.trim()) evoBody.coalitions = movers.trim();
  const dlBody: DeadlocksRequest = from ? { from: Number(from) } : {};
  const coBody: CoalitionsRequest = { quantifier };
  if (from) coBody.statusQuo = Number(from);
  if (structure.trim()) coBody.structure = structure.trim();
  // without a status quo there is nowhere to start until a state is chosen
  const noStart = !from && (model.tree?.statusQuo === undefined || model.tree?.statusQuo === null);
  const request = (what: string, body: object, needsStart = true): (JobRequest & { key: string }) | null =>
    ok && !(needsStart && noStart) ? { path: modelPath(name, `/${what}`), body, key: `${name}@${sha}@${what}@${JSON.stringify(body)}` } : null;

  const flush = model.flush;
  const evo = useEvolutionJob<EvolutionResult>(request('evolution', evoBody), flush);
  const dl = useEvolutionJob<DeadlocksResult>(request('deadlocks', dlBody), flush);
  const co = useEvolutionJob<CoalitionsResult>(request('coalitions', coBody, false), flush);

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
          <SelectField
            label="From"
            value={from}
            onChange={setFrom}
            choices={[{ value: '', label: 'the status quo' }, ...allStates.map((s) => ({ value: String(s.id), label: `state ${stateLabel(s, s.id)} ${s.yn}` }))]}
          />
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
          <BlocksField label="Blocks that move as one (optional)" value={moversDraft} onInput={setMoversDraft} invalid={!!moversProblem} dms={dms} />
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
          <JobFailure state={evo} />
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
            <JobFailure state={dl} />
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
              <BlocksField
                label="Coalition structure (optional; every decision maker in one block)"
                value={structureDraft}
                onInput={setStructureDraft}
                invalid={!!structureProblem}
                dms={dms}
              />
              <SelectField
                label="A sanction deters if it leaves"
                value={quantifier}
                onChange={(v) => setQuantifier(v as Quantifier)}
                choices={[
                  { value: 'some', label: 'some member no better off' },
                  { value: 'all', label: 'every member no better off' },
                ]}
              />
              <button class="primary" type="submit" disabled={!!structureProblem}>
                Analyse coalitions
              </button>
            </form>
            {structureProblem && <p class="error">Structure: {structureProblem}</p>}
            <Progress state={co} what="Coalitions" />
            <JobFailure state={co} />
            {co.result && <Coalitions r={co.result} known={known} onExplain={onExplain} />}
          </section>
        </div>
        <aside class="evo-aside" aria-label="Explanation">
          <SelectField
            label="Explain under"
            value={explainUnder}
            onChange={setExplainUnder}
            choices={TARGET_CONCEPTS.filter((c) => !graphForm || (c !== 'sim' && c !== 'seqsim')).map((c) => ({ value: c, label: conceptLabel(c) }))}
          />
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
