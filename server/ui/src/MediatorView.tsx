import { useEffect, useState } from 'preact/hooks';
import { modelPath } from './api';
import { CheckList, dmChoices, JobFailure, JobProgress, SelectField, type Choice } from './controls';
import { ProblemList } from './Editor';
import { ExplainPanel } from './ExplainPanel';
import { stateLabel } from './filters';
import { startJob } from './jobs';
import { defaultTarget, hasDealState, linkStates, share, tierStates, varyList } from './mediator';
import {
  CONCEPTS,
  type AnalysisRequest,
  type ConceptId,
  type GoalsRequest,
  type GoalsResult,
  type InverseRequest,
  type InverseResult,
  type Result,
  type RobustnessRequest,
  type RobustnessResult,
  type SideBySideT,
  type StateInfo,
} from './types';
import { useJob, type JobOptions, type JobState } from './useJob';
import type { ModelHandle } from './useModel';

// Answers are kept per model version and question, so moving between tabs does not ask again.
const answers = new Map<string, unknown>();

/** The options of each of the mediator's analyses: its answers kept, the model saved first. */
const mediatorJob = (model: ModelHandle): JobOptions => ({ cache: answers, cancelledMessage: 'Cancelled.', flush: model.flush });

function Progress<T>({ s }: { s: JobState<T> }) {
  const p = s.job?.progress;
  return <JobProgress state={s}>{p ? `${p.phase}${p.total > 0 ? ` (${p.done} of ${p.total})` : ''}` : 'Working…'}</JobProgress>;
}

/** The states as choices: each by its number, shown with its description. */
const stateChoices = (states: StateInfo[]): Choice[] => states.map((s) => ({ value: s.id, label: `${stateLabel(s, s.id)} — ${s.description}` }));

/** A sentence whose states are buttons that explain them. */
function Linked({ text, count, onState }: { text: string; count: number; onState: (s: number) => void }) {
  return (
    <>
      {linkStates(text, count).map((seg, i) =>
        seg.state === undefined ? (
          seg.text
        ) : (
          <button key={i} class="state-link inline" onClick={() => onState(seg.state!)} aria-label={`Explain state ${seg.state}`}>
            {seg.text}
          </button>
        ),
      )}
    </>
  );
}

/** Sentences as a list, their states buttons that explain them. */
function LinkedList({ texts, count, onState }: { texts: string[]; count: number; onState: (s: number) => void }) {
  return (
    <ul>
      {texts.map((t, i) => (
        <li key={i}>
          <Linked text={t} count={count} onState={onState} />
        </li>
      ))}
    </ul>
  );
}

function StateButton({ id, states, onState }: { id: number; states: StateInfo[]; onState: (s: number) => void }) {
  const s = states[id - 1];
  return (
    <button class="state-link" onClick={() => onState(id)} aria-label={`Explain state ${id}`} title={s?.description}>
      {stateLabel(s, id)}
    </button>
  );
}

/** The current and changed rankings of each decision maker a change touches, side by side. */
function SideBySide({ tables, states, onState }: { tables: SideBySideT[]; states: StateInfo[]; onState: (s: number) => void }) {
  const cell = (v: number[] | string) =>
    typeof v === 'string' ? (
      <span>“{v}”</span>
    ) : (
      tierStates(v).map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <StateButton id={id} states={states} onState={onState} />
        </span>
      ))
    );
  return (
    <div class="side-by-side">
      {tables.map((t) => (
        <table class="stability side" key={t.decisionMaker} aria-label={`${t.name}: current and changed ${t.metric === 'ranking' ? 'ranking' : 'statement order'}`}>
          <caption>
            {t.name}: {t.metric === 'ranking' ? 'ranking, most preferred first' : 'statements, most important first'}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">now</th>
              <th scope="col">changed</th>
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r) => (
              <tr key={r.position} class={r.differs ? 'differs' : ''}>
                <th scope="row">{r.position}</th>
                <td>{cell(r.now)}</td>
                <td>
                  {cell(r.changed)}
                  {r.differs && <span class="moved" title="changed position"> ✱<span class="sr-only">changed</span></span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

const label = (c: string) => CONCEPTS.find((x) => x.id === c)?.label ?? c;

export function MediatorView({ name, model }: { name: string; model: ModelHandle }) {
  const states = model.validation?.states ?? [];
  const dms = (model.tree?.decisionMakers ?? []).map((d) => ({ id: d.id, name: d.name ?? d.id }));
  const sha = model.file?.sha256 ?? '';
  const [target, setTarget] = useState<number | null>(null);
  const [concept, setConcept] = useState<ConceptId>('seq');
  const [vary, setVary] = useState<string[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [asked, setAsked] = useState<{ target: number; concept: string } | null>(null);
  const inverse = useJob<InverseResult>(mediatorJob(model));
  const ok = model.validation?.ok ?? false;
  const varied = vary ?? dms.map((d) => d.id);

  // the first target: a named deal, else the first equilibrium (asked of the server), else state 1
  useEffect(() => {
    if (!ok || target !== null || states.length === 0 || model.file?.name !== name) return;
    if (hasDealState(states)) {
      setTarget(defaultTarget(states, null));
      return;
    }
    let live = true;
    startJob<Result>({ path: modelPath(name, '/analyses'), body: { concepts: [concept] } satisfies AnalysisRequest, waitMs: 10000 })
      .then((a) => {
        const eq = (a.result?.[concept] as { equilibria?: number[] } | undefined)?.equilibria ?? null;
        if (live) setTarget(defaultTarget(states, eq));
      })
      .catch(() => live && setTarget(defaultTarget(states, null)));
    return () => {
      live = false;
    };
  }, [ok, sha]);

  const inverseKey = (t: number, c: string) => `inverse@${name}@${sha}@${t}@${c}@${varied.join(',')}`;
  const ask = (t: number, c: ConceptId) => {
    setAsked({ target: t, concept: c });
    if (inverse.show(inverseKey(t, c))) return;
    const body: InverseRequest = { target: String(t), concepts: [c], vary: varyList(dms.map((d) => d.id), varied) };
    void inverse.run({ path: modelPath(name, '/inverse'), body, key: inverseKey(t, c) });
  };
  // answer the default question at once
  useEffect(() => {
    if (target !== null && asked === null && ok && model.file?.name === name) ask(target, concept);
  }, [target, ok]);

  if (model.validation && !ok) {
    return (
      <div class="mediator">
        <p class="summary bad">The model has problems; fix them in the Model tab to ask the mediator's questions.</p>
        <ProblemList problems={model.validation.problems} />
      </div>
    );
  }
  const count = states.length;
  const onState = (s: number) => setSelected(s);
  const r = inverse.result;
  // the answer shown is the one to the question last asked
  const w = r && asked && r.target.id === asked.target ? r.words[asked.concept] : undefined;
  const c = r && asked ? r.inverse.concepts[asked.concept] : undefined;
  return (
    <div class={`mediator ${selected !== null ? 'with-explain' : ''}`}>
      <div class="mediator-main">
        <section class="card" aria-labelledby="h-inverse">
          <h3 id="h-inverse">What would make a state stable?</h3>
          <form
            class="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (target !== null && !inverse.running) ask(target, concept);
            }}
          >
            <SelectField label="Target state" wide value={target ?? ''} onChange={(v) => setTarget(Number(v))} choices={stateChoices(states)} />
            <SelectField
              label="Concept"
              value={concept}
              onChange={(v) => setConcept(v as ConceptId)}
              choices={CONCEPTS.map((k) => ({ value: k.id, label: k.label, title: k.meaning }))}
            />
            <fieldset class="vary">
              <legend>Rankings that may change</legend>
              {/* at least one ranking must be free to change, or there is nothing to search */}
              <CheckList cls="check" items={dms.map((d) => ({ id: d.id, label: d.name }))} chosen={varied} onChoose={setVary} />
            </fieldset>
            <button class="primary" type="submit" disabled={target === null} aria-disabled={inverse.running}>
              What would make it stable?
            </button>
          </form>
          <Progress s={inverse} />
          <JobFailure state={inverse} />
        </section>
        {r && w && c && asked && (
          <section class="card inverse-answer" aria-label="What it would take" aria-live="polite">
            <h3>
              What it would take: <StateButton id={r.target.id} states={states} onState={onState} /> under {w.label}
            </h3>
            <p class="muted">{r.target.description}. {w.meaning[0].toUpperCase() + w.meaning.slice(1)}.</p>
            <p class={`verdict-line ${c.equilibrium ? 'stable' : 'unstable'}`}>
              <Linked text={w.verdict} count={count} onState={onState} />
            </p>
            <p class="count">
              <strong>Count.</strong> {w.count}
              {c.count !== null && c.total > 1 && (
                <>
                  {' '}
                  <meter min={0} max={1} value={c.count / c.total} aria-label="Share of the rankings examined" /> {share(c.count, c.total)}
                </>
              )}
            </p>
            <p class="change">
              <strong>{w.changeGoal === 'make' ? 'Smallest change to make it stable.' : 'Smallest change that would break it.'}</strong>{' '}
              <Linked text={w.changeShort ?? w.change} count={count} onState={onState} />
            </p>
            {w.sideBySide && w.sideBySide.length > 0 && <SideBySide tables={w.sideBySide} states={states} onState={onState} />}
            <h4>What each decision maker's preferences must satisfy</h4>
            {w.conditionsTooLarge && <p class="muted">{w.conditionsTooLarge}</p>}
            {w.conditions.map((d) => (
              <div class={`verdict ${d.holdsNow ? 'stable' : 'unstable'}`} key={d.decisionMaker}>
                <h5>
                  {d.name}: {d.holdsNow ? 'satisfied now' : 'not satisfied now'}
                </h5>
                <p>
                  <Linked text={d.summary} count={count} onState={onState} />
                </p>
                {d.moves.length > 0 && (
                  <ul>
                    {d.moves.map((m, i) => (
                      <li key={i} class={m.holdsNow ? 'holds' : 'fails'}>
                        <Linked text={m.sentence} count={count} onState={onState} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
            {w.dependsOnSummary && (
              <>
                <h4>What the verdict depends on</h4>
                <p>{w.dependsOnSummary}</p>
                {w.dependsOn.length > 0 && (
                  <ul>
                    {w.dependsOn.map((t, i) => (
                      <li key={i}>
                        <Linked text={t} count={count} onState={onState} />
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
            <ul class="muted setup">
              {r.setup.map((t, i) => (
                <li key={i}>{t}</li>
              ))}
            </ul>
          </section>
        )}
        <GoalsPanel name={name} model={model} states={states} dms={dms} target={target} onState={onState} />
        <RobustnessPanel name={name} model={model} states={states} onState={onState} />
      </div>
      {selected !== null && (
        <aside class="mediator-explain" aria-label="Explanation">
          <button class="icon close" onClick={() => setSelected(null)} aria-label="Close the explanation">
            ✕
          </button>
          <ExplainPanel name={name} sha={sha} state={selected} concept={asked?.concept ?? concept} onState={setSelected} />
        </aside>
      )}
    </div>
  );
}

type Goal = { state: number; stable: boolean };

function GoalsPanel({
  name,
  model,
  states,
  dms,
  target,
  onState,
}: {
  name: string;
  model: ModelHandle;
  states: StateInfo[];
  dms: { id: string; name: string }[];
  target: number | null;
  onState: (s: number) => void;
}) {
  const [goals, setGoals] = useState<Goal[] | null>(null);
  const [concept, setConcept] = useState<ConceptId>('seq');
  const [who, setWho] = useState('');
  const s = useJob<GoalsResult>(mediatorJob(model));
  const list = goals ?? (target !== null ? [{ state: target, stable: true }] : []);
  const set = (i: number, g: Goal | null) => setGoals(g === null ? list.filter((_, k) => k !== i) : list.map((x, k) => (k === i ? g : x)));
  const check = async () => {
    const body: GoalsRequest = {
      goals: list.map((g) => ({ state: String(g.state), stable: g.stable })),
      concepts: [concept],
      decisionMakers: who ? [who] : [],
    };
    await s.run({ path: modelPath(name, '/goals'), body, key: `goals@${name}@${model.file?.sha256}@${JSON.stringify(body)}` });
  };
  const r = s.result;
  return (
    <section class="card" aria-labelledby="h-goals">
      <h3 id="h-goals">Goals: can these hold together?</h3>
      <p class="muted">Mark states that should be stable and states that should not; Parley says whether some preferences meet every goal at once, with the smallest change, or which goals conflict.</p>
      <ol class="goals">
        {list.map((g, i) => (
          <li key={i} class="row">
            <SelectField label={`Goal ${i + 1}: state`} wide value={g.state} onChange={(v) => set(i, { ...g, state: Number(v) })} choices={stateChoices(states)} />
            <SelectField
              label="should be"
              value={g.stable ? 'stable' : 'unstable'}
              onChange={(v) => set(i, { ...g, stable: v === 'stable' })}
              choices={[
                { value: 'stable', label: 'stable' },
                { value: 'unstable', label: 'not stable' },
              ]}
            />
            <button type="button" onClick={() => set(i, null)} aria-label={`Remove goal ${i + 1}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div class="row">
        <button type="button" onClick={() => setGoals([...list, { state: states[0]?.id ?? 1, stable: false }])}>
          Add goal
        </button>
        <SelectField label="Concept" value={concept} onChange={(v) => setConcept(v as ConceptId)} choices={CONCEPTS.map((k) => ({ value: k.id, label: k.label }))} />
        <SelectField label="Stable for" value={who} onChange={setWho} choices={[{ value: '', label: 'everyone (equilibrium)' }, ...dmChoices(dms)]} />
        <button class="primary" onClick={() => !s.running && void check()} disabled={list.length === 0} aria-disabled={s.running}>
          Check the goals
        </button>
      </div>
      <Progress s={s} />
      <JobFailure state={s} />
      {r && (
        <div class="goals-answer" aria-live="polite">
          <LinkedList texts={r.words.goals} count={states.length} onState={onState} />
          <p class={r.goals.achievable ? 'summary good' : 'summary bad'}>
            <Linked text={r.words.outcome} count={states.length} onState={onState} />
          </p>
          {r.words.conflict.length > 0 && (
            <LinkedList texts={r.words.conflict} count={states.length} onState={onState} />
          )}
          {r.words.sideBySide && r.words.sideBySide.length > 0 && <SideBySide tables={r.words.sideBySide} states={states} onState={onState} />}
          <p class="muted">{r.words.over}</p>
        </div>
      )}
    </section>
  );
}

function RobustnessPanel({ name, model, states, onState }: { name: string; model: ModelHandle; states: StateInfo[]; onState: (s: number) => void }) {
  const [bound, setBound] = useState(4);
  const [eqOnly, setEqOnly] = useState(false);
  const s = useJob<RobustnessResult>(mediatorJob(model));
  const compute = async () => {
    const body: RobustnessRequest = { bound };
    await s.run({ path: modelPath(name, '/robustness'), body, key: `robustness@${name}@${model.file?.sha256}@${bound}` });
  };
  const r = s.result;
  const concepts = r ? Object.keys(r.words) : [];
  const rows = r
    ? states.filter((st) => !eqOnly || concepts.some((c) => r.robustness.concepts[c]?.[st.id - 1]?.equilibrium)).slice(0, 500)
    : [];
  return (
    <section class="card" aria-labelledby="h-robustness">
      <h3 id="h-robustness">Robustness: how far is each conclusion from flipping?</h3>
      <div class="row">
        <label class="field small">
          <span>Search up to (swaps)</span>
          <input type="number" min={0} max={30} value={bound} onInput={(e) => setBound(Math.max(0, Math.min(30, Number((e.target as HTMLInputElement).value) || 0)))} />
        </label>
        <button class="primary" onClick={() => !s.running && void compute()} aria-disabled={s.running}>
          Compute the margins
        </button>
        {r && (
          <label class="check">
            <input type="checkbox" checked={eqOnly} onChange={(e) => setEqOnly((e.target as HTMLInputElement).checked)} /> equilibria only
          </label>
        )}
      </div>
      <Progress s={s} />
      <JobFailure state={s} />
      {r && (
        <>
          <p class="muted">{r.explanation}</p>
          <div class="table-wrap">
            <table class="stability margins" aria-label="Robustness margins">
              <thead>
                <tr>
                  <th scope="col">State</th>
                  {concepts.map((c) => (
                    <th scope="col" key={c} title={r.words[c].meaning}>
                      {label(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((st) => (
                  <tr key={st.id}>
                    <th scope="row">
                      <StateButton id={st.id} states={states} onState={onState} />
                    </th>
                    {concepts.map((c) => {
                      const m = r.robustness.concepts[c][st.id - 1];
                      const cell = r.words[c].cells[st.id - 1];
                      const how = m.change?.reversals.join('; ');
                      return (
                        <td
                          key={c}
                          class={m.equilibrium ? 'eq' : ''}
                          title={`${m.equilibrium ? 'equilibrium' : 'not an equilibrium'}; ${cell === 'never' ? 'no change can reverse it' : `reversed by ${cell} swap${cell === '1' ? '' : 's'}`}${how ? ': ' + how : ''}`}
                        >
                          {m.equilibrium ? 'EQ' : '–'} ({cell})
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h4>How each equilibrium could break</h4>
          <ul class="breaks">
            {concepts.flatMap((c) =>
              r.words[c].breaks.map((b) => (
                <li key={`${c}-${b.state}`}>
                  <Linked text={b.sentence} count={states.length} onState={onState} />
                </li>
              )),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
