import { type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { addDecisionMaker, addOption, makeRule, patternToText, problemsElsewhere, problemsUnder, rankingToText, removeAt, replaceAt, RULE_KINDS, ruleKind, ruleValueText, setKey, statementsToText, textToPattern, textToRanking, textToStatements, updateDecisionMaker } from './edit';
import { HintList } from './Hints';
import { optionOrder, payoffTable, prefMode, switchForm, tiersOfRanking, tiersOfValues, withForm, type Payoff, type PrefMode, type Stash } from './prefs';
import { type ModelHandle } from './useModel';
import { type DecisionMakerT, type ModelTree, type OptionT, type Problem, type Provenance, type RuleKind, type Source, type Validation } from './types';
import { val, Buffered, Field, StatementEvidence, Evidence, IdField } from './editorFields';
import { PayoffTable, PayoffEntries, RankingPreview } from './PayoffEditor';
import { formHint, stateToText, textToState } from './stateText';
import { FreshRows, StateHint, StatementHelp, YnKey } from './editorHelp';

const stashes = new Map<string, Stash>();

export function Editor({ model }: { model: ModelHandle }) {
  const m = model.tree;
  // rows just added (JSON pointers): their problems wait until the row is typed in or left
  const [fresh, setFresh] = useState<string[]>([]);
  // the last sound check, whose rankings stay shown (marked out of date) while the model has errors
  const lastSound = useRef<{ name: string; validation: Validation } | null>(null);
  const name = model.file?.name ?? '';
  useEffect(() => setFresh([]), [name]); // another model: its rows are not new
  if (model.validation?.ok) lastSound.current = { name, validation: model.validation };
  const sound = lastSound.current?.name === name ? lastSound.current.validation : null;
  const all = model.validation?.problems ?? [];
  const problems = all.filter((p) => !fresh.some((f) => p.path === f || p.path.startsWith(f + '/')));
  const touch = (pointer: string) => {
    if (fresh.includes(pointer)) setFresh((f) => f.filter((x) => x !== pointer));
  };
  if (!m || !Array.isArray(m.decisionMakers)) {
    return (
      <div>
        <p class="error" role="alert">
          This file cannot be shown as a form (it does not parse as a model yet). Fix it in the File tab:
        </p>
        <ProblemList problems={problems} />
      </div>
    );
  }
  const edit = (t: ModelTree) => model.editTree(t);
  const options = optionOrder(m);
  const named = (m.states ?? []).map((s) => s.id);
  // a feasible state, for examples that name one state exactly (a named state, the status quo)
  const example = model.validation?.states?.[0]?.yn ?? sound?.states?.[0]?.yn;
  const sections = ['/title', '/description', '/decisionMakers', '/infeasible', '/states', '/statusQuo', '/sources'];
  const rows = { add: (pointer: string) => setFresh((f) => [...f, pointer]), touch };
  return (
    <FreshRows.Provider value={rows}>
    <div class="editor">
      <Summary validation={model.validation} shown={problems.length} />
      <HintList hints={model.validation?.hints ?? []} />
      <ProblemList problems={problemsElsewhere(problems, sections)} title="Problems in the file" options={options} />

      <Section title="Conflict" id="conflict">
        <Field label="Title">
          <input value={m.title ?? ''} onInput={(e) => edit(setKey(m, 'title', val(e)))} />
        </Field>
        <Field label="Description">
          <textarea rows={2} value={m.description ?? ''} onInput={(e) => edit(setKey(m, 'description', val(e)))} />
        </Field>
        <ProblemList problems={problemsUnder(problems, '/title', '/description')} options={options} />
      </Section>

      <Section title="Decision makers" id="decision-makers">
        {m.decisionMakers.map((dm, i) => (
          <DecisionMakerCard
            key={i}
            model={m}
            index={i}
            dm={dm}
            validation={model.validation}
            sound={sound}
            problems={problemsUnder(problems, `/decisionMakers/${i}`)}
            onChange={(d) => edit(updateDecisionMaker(m, i, d))}
            onModel={edit}
            stashKey={model.file?.name ?? ''}
            onRemove={() => edit({ ...m, decisionMakers: removeAt(m.decisionMakers, i) })}
          />
        ))}
        <button onClick={() => edit(addDecisionMaker(m))}>Add decision maker</button>
        <ProblemList problems={problems.filter((p) => p.path === '/decisionMakers')} options={options} />
      </Section>

      <Section title="Infeasible states" id="infeasible">
        <p class="muted">
          Combinations of options that cannot happen. Option ids are separated by commas (<code>{options.slice(0, 2).join(', ')}</code>); a
          pattern is a Y/N/- string or option values; a condition is a statement.
        </p>
        <YnKey options={options} />
        {(m.infeasible ?? []).map((r, i) => {
          const kind = ruleKind(r);
          return (
            <div class="row rule" key={i} onFocusOut={() => touch(`/infeasible/${i}`)}>
              <label>
                <span class="sr-only">Kind of rule {i + 1}</span>
                <select
                  value={kind}
                  onChange={(e) => edit({ ...m, infeasible: replaceAt(m.infeasible, i, makeRule(val(e) as RuleKind, ruleValueText(r), r)) })}
                >
                  {RULE_KINDS.map((k) => (
                    <option value={k.kind} key={k.kind}>
                      {k.label}
                    </option>
                  ))}
                </select>
              </label>
              <label class="grow">
                <span class="sr-only">Options or condition of rule {i + 1}</span>
                <Buffered
                  value={ruleValueText(r)}
                  canon={(t) => ruleValueText(makeRule(kind, t, {}))}
                  title={RULE_KINDS.find((k) => k.kind === kind)?.help}
                  onText={(t) => {
                    touch(`/infeasible/${i}`);
                    edit({ ...m, infeasible: replaceAt(m.infeasible, i, makeRule(kind, t, r)) });
                  }}
                />
              </label>
              <Evidence item={r} model={m} onChange={(x) => edit({ ...m, infeasible: replaceAt(m.infeasible, i, x) })} compact />
              <button
                class="icon"
                aria-label={`Remove rule ${i + 1}`}
                onClick={() => {
                  setFresh([]);
                  edit({ ...m, infeasible: removeAt(m.infeasible, i) });
                }}
              >
                ✕
              </button>
              <ProblemList problems={problemsUnder(problems, `/infeasible/${i}`)} options={options} />
            </div>
          );
        })}
        <button
          onClick={() => {
            setFresh([...fresh, `/infeasible/${(m.infeasible ?? []).length}`]);
            edit({ ...m, infeasible: [...(m.infeasible ?? []), { mutuallyExclusive: [] }] });
          }}
        >
          Add rule
        </button>
      </Section>

      <Section title="Named states and status quo" id="states">
        <p class="muted">
          Name the outcomes that matter. Options, naming exactly one feasible state: <StateHint options={options} named={[]} state={example} />.
        </p>
        <YnKey options={options} />
        {(m.states ?? []).map((s, i) => (
          <div class="row" key={i} onFocusOut={() => touch(`/states/${i}`)}>
            <IdField
              kind="state"
              label="Name"
              id={s.id}
              model={m}
              onId={(v) => edit({ ...m, states: replaceAt(m.states, i, { ...s, id: v }) })}
              onModel={edit}
            />
            <Field label="Options" small>
              <Buffered
                value={patternToText(s.options)}
                canon={(t) => patternToText(textToPattern(t))}
                onText={(t) => {
                  touch(`/states/${i}`);
                  edit({ ...m, states: replaceAt(m.states, i, { ...s, options: textToPattern(t) }) });
                }}
              />
            </Field>
            <Field label="Description" grow>
              <input
                value={s.description ?? ''}
                onInput={(e) => edit({ ...m, states: replaceAt(m.states, i, setKey(s, 'description', val(e))) })}
              />
            </Field>
            <button
              class="icon"
              aria-label={`Remove state ${s.id}`}
              onClick={() => {
                setFresh([]);
                edit({ ...m, states: removeAt(m.states, i) });
              }}
            >
              ✕
            </button>
            <ProblemList problems={problemsUnder(problems, `/states/${i}`)} options={options} />
          </div>
        ))}
        <button
          onClick={() => {
            setFresh([...fresh, `/states/${(m.states ?? []).length}`]);
            edit({ ...m, states: [...(m.states ?? []), { id: `state${(m.states?.length ?? 0) + 1}`, options: '' }] });
          }}
        >
          Add named state
        </button>
        <Field label="Status quo">
          <Buffered
            list="named-states"
            value={stateToText(m.statusQuo)}
            canon={(t) => stateToText(textToState(t))}
            onText={(t) => edit(setKey(m, 'statusQuo', t.trim() === '' ? '' : textToState(t)))}
          />
          <datalist id="named-states">
            {(m.states ?? []).map((s) => (
              <option value={s.id} key={s.id} />
            ))}
          </datalist>
        </Field>
        <p class="muted status-quo-hint">
          The status quo is one state:{' '}
          <StateHint options={options} named={named} numbers state={example} />.
        </p>
        <ProblemList problems={problemsUnder(problems, '/states', '/statusQuo').filter((p) => !/^\/states\/\d/.test(p.path))} options={options} />
      </Section>

      <Section title="Sources" id="sources">
        <p class="muted">Documents the model rests on. Options, statements and rules can cite them, with a quote.</p>
        {(m.sources ?? []).map((s, i) => (
          <SourceRow
            key={i}
            source={s}
            model={m}
            onModel={edit}
            onChange={(x) => edit({ ...m, sources: replaceAt(m.sources, i, x) })}
            onRemove={() => edit({ ...m, sources: removeAt(m.sources, i) })}
            problems={problemsUnder(problems, `/sources/${i}`)}
          />
        ))}
        <button onClick={() => edit({ ...m, sources: [...(m.sources ?? []), { id: `source${(m.sources?.length ?? 0) + 1}`, title: 'Title' }] })}>
          Add source
        </button>
      </Section>
    </div>
    </FreshRows.Provider>
  );
}

function Summary({ validation, shown }: { validation: Validation | null; shown: number }) {
  if (!validation) return null;
  if (!validation.ok && shown === 0) {
    return (
      <p class="summary pending" role="status">
        A new row is being filled in: the model is checked again once it is complete.
      </p>
    );
  }
  if (!validation.ok) {
    const n = shown;
    return (
      <p class="summary bad" role="status">
        {n} {n === 1 ? 'problem' : 'problems'} — the model is saved, but it cannot be analysed until {n === 1 ? 'it is' : 'they are'} fixed.
      </p>
    );
  }
  const s = validation.summary!;
  return (
    <p class="summary good" role="status">
      Sound model: {s.decisionMakers} decision makers, {s.options} options, {s.states} feasible states.
    </p>
  );
}

/**
 * Problems, with their place in the file; in the form ({@code options} given), hints are worded in
 * the syntax the form's fields take, with the model's own options (stateText.formHint).
 */
export function ProblemList({ problems, title, options }: { problems: Problem[]; title?: string; options?: string[] }) {
  const words = (t: string) => (options ? formHint(t, options) : t);
  if (problems.length === 0) return null;
  return (
    <div class="problems" role="alert">
      {title && <strong>{title}</strong>}
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.line > 0 && (
              <span class="where">
                line {p.line}:{p.column}
              </span>
            )}{' '}
            {words(p.message)}
            {p.hint && <span class="hint"> — {words(p.hint)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Section({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`h-${id}`}>
      <h3 id={`h-${id}`}>{title}</h3>
      {children}
    </section>
  );
}

function SourceRow({
  source,
  model,
  onModel,
  onChange,
  onRemove,
  problems,
}: {
  source: Source;
  model: ModelTree;
  onModel: (m: ModelTree) => void;
  onChange: (s: Source) => void;
  onRemove: () => void;
  problems: Problem[];
}) {
  const f = (key: keyof Source, label: string, grow = false) => (
    <Field label={label} small={!grow} grow={grow}>
      <input value={(source[key] as string) ?? ''} onInput={(e) => onChange(key === 'id' || key === 'title' ? { ...source, [key]: val(e) } : setKey(source, key as string, val(e)))} />
    </Field>
  );
  return (
    <div class="row source">
      <IdField kind="source" label="Id" id={source.id} model={model} onId={(v) => onChange({ ...source, id: v })} onModel={onModel} />
      {f('title', 'Title', true)}
      {f('publisher', 'Publisher')}
      {f('date', 'Date')}
      {f('url', 'URL')}
      <button class="icon" aria-label={`Remove source ${source.id}`} onClick={onRemove}>
        ✕
      </button>
      <ProblemList problems={problems} />
    </div>
  );
}

function DecisionMakerCard({
  model,
  index,
  dm,
  validation,
  sound,
  problems,
  onChange,
  onModel,
  onRemove,
  stashKey,
}: {
  stashKey: string;
  model: ModelTree;
  index: number;
  dm: DecisionMakerT;
  validation: Validation | null;
  /** The last sound check of this model, whose ranking is shown while the model has errors. */
  sound: Validation | null;
  problems: Problem[];
  onChange: (d: DecisionMakerT) => void;
  onModel: (m: ModelTree) => void;
  onRemove: () => void;
}) {
  const prefs = dm.preferences ?? {};
  const mode = prefMode(prefs);
  const key = `${stashKey}#${index}`;
  // the evidence of every statement seen while editing this card, by text: a line deleted and
  // typed again, or typed letter by letter, gets its source, quote and note back
  const memory = useRef(new Map<string, Provenance>()).current;
  const stash = stashes.get(key) ?? {};
  const base = `/decisionMakers/${index}`;
  const options = optionOrder(model);
  const states = validation?.states ?? [];
  const allStates = states.length > 0 && (validation?.stateCount ?? states.length) === states.length;
  const payoffs = (prefs.payoffs ?? []) as Payoff[];
  const table = mode === 'payoffs' && allStates ? payoffTable(payoffs, states, options) : null;
  /** The order the preferences give now, best first, when it is known for every state. */
  const currentTiers = (): number[][] | null => {
    if (!allStates) return null;
    if (validation?.ok && validation.rankings?.[dm.id]) return validation.rankings[dm.id];
    if (mode === 'ranking') return tiersOfRanking(prefs.ranking, states, options);
    if (table && table.values.size > 0) return tiersOfValues(table.values);
    return null;
  };
  const switchTo = (to: PrefMode) => {
    const r = switchForm(prefs, to, currentTiers(), states, options, stash);
    stashes.set(key, r.stash);
    onChange({ ...dm, preferences: r.prefs });
  };
  const setOption = (k: number, o: OptionT) => onChange({ ...dm, options: replaceAt(dm.options, k, o) });
  return (
    <article class="dm" aria-label={`Decision maker ${dm.name ?? dm.id}`}>
      <div class="row">
        <IdField kind="decisionMaker" label="Id" id={dm.id} model={model} onId={(v) => onChange({ ...dm, id: v })} onModel={onModel} />
        <Field label="Name" grow>
          <input value={dm.name ?? ''} onInput={(e) => onChange(setKey(dm, 'name', val(e)))} />
        </Field>
        <button class="icon" aria-label={`Remove decision maker ${dm.id}`} onClick={onRemove}>
          ✕
        </button>
      </div>
      <div class="row">
        <Field label={`Description of ${dm.id}`} grow>
          <Buffered multiline grow rows={1} value={dm.description ?? ''} canon={(t) => t} onText={(t) => onChange(setKey(dm, 'description', t))} />
        </Field>
        <Field label={`Note on ${dm.id}`} grow>
          <input value={dm.note ?? ''} placeholder="the analyst's own remark" onInput={(e) => onChange(setKey(dm, 'note', val(e)))} />
        </Field>
      </div>
      <ProblemList problems={problems.filter((p) => !p.path.startsWith(`${base}/options`) && !p.path.startsWith(`${base}/preferences`))} options={options} />
      {Array.isArray(dm.moves) && !dm.options ? (
        <p class="muted graph-form">
          Graph form: this decision maker's {(dm.moves as unknown[]).length} moves between the named states are edited in the File
          tab; its preferences below.
        </p>
      ) : (
        <>
          <h4>Options</h4>
          <table class="options">
            <thead>
              <tr>
                <th>Id</th>
                <th>Name</th>
                <th>Reversibility</th>
                <th>Source and quote</th>
                <th>Note</th>
                <th>
                  <span class="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(dm.options ?? []).map((o, k) => (
                <tr key={k}>
                  <td>
                    <div class="id-cell">
                      <IdField kind="option" ariaLabel={`Option ${k + 1} id`} id={o.id} model={model} onId={(v) => setOption(k, { ...o, id: v })} onModel={onModel} />
                    </div>
                  </td>
                  <td>
                    <input aria-label={`Option ${k + 1} name`} value={o.name ?? ''} onInput={(e) => setOption(k, setKey(o, 'name', val(e)))} />
                  </td>
                  <td>
                    <select aria-label={`Option ${k + 1} reversibility`} value={o.reversibility ?? 'both'} onChange={(e) => setOption(k, setKey(o, 'reversibility', val(e) === 'both' ? '' : val(e)))}>
                      <option value="both">both ways</option>
                      <option value="forward">only taken (forward)</option>
                      <option value="backward">only withdrawn (backward)</option>
                    </select>
                  </td>
                  <td>
                    <Evidence item={o} model={model} onChange={(x) => setOption(k, x)} compact />
                  </td>
                  <td>
                    <input aria-label={`Option ${k + 1} note`} value={o.note ?? ''} placeholder="note" onInput={(e) => setOption(k, setKey(o, 'note', val(e)))} />
                  </td>
                  <td>
                    <button class="icon" aria-label={`Remove option ${o.id}`} onClick={() => onChange({ ...dm, options: removeAt(dm.options, k) })}>
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ProblemList problems={problemsUnder(problems, `${base}/options`)} options={options} />
          <button onClick={() => onChange(addOption(model, index).decisionMakers[index])}>Add option</button>
        </>
      )}
      <h4>Preferences</h4>
      <div class="prefs">
        <div class="pref-input">
          <label class="field small">
            <span>Given as</span>
            <select value={mode} onChange={(e) => switchTo(val(e) as PrefMode)}>
              <option value="statements" disabled={(dm.options ?? []).length === 0 && mode !== 'statements'}>
                statements, most important first
              </option>
              <option value="ranking">ranking of states, best first</option>
              <option value="payoffs">payoffs, a value per state</option>
            </select>
          </label>
          {mode === 'statements' && (
            <>
              <div class="statements-box">
              <Field label={`Statements of ${dm.id} (one per line)`} grow>
                <Buffered
                  multiline
                  grow
                  rows={4}
                  class="mono"
                  value={statementsToText(prefs.statements)}
                  canon={(t) => statementsToText(textToStatements(t, []))}
                  onText={(t) => onChange({ ...dm, preferences: withForm(prefs, 'statements', textToStatements(t, prefs.statements, memory)) })}
                />
              </Field>
              <StatementHelp options={options} />
              </div>
              <StatementEvidence
                dm={dm.id}
                statements={prefs.statements ?? []}
                model={model}
                onChange={(list) => onChange({ ...dm, preferences: withForm(prefs, 'statements', list) })}
              />
            </>
          )}
          {mode === 'ranking' && (
            <>
            <Field label={`Ranking of ${dm.id} (one state per line; ties: a, b)`}>
              <Buffered
                multiline
                grow
                rows={5}
                class="mono"
                value={rankingToText(prefs.ranking)}
                canon={(t) => rankingToText(textToRanking(t))}
                onText={(t) => onChange({ ...dm, preferences: withForm(prefs, 'ranking', textToRanking(t)) })}
              />
            </Field>
            <p class="muted">
              Each state: <StateHint options={options} named={(model.states ?? []).map((s) => s.id)} numbers />; tied option values in
              braces: <code>{'{'}{options[0] ?? 'a'}=Y{'}'}, {'{'}{options[0] ?? 'a'}=N{'}'}</code>.
            </p>
            <YnKey options={options} />
            </>
          )}
          {mode === 'payoffs' &&
            (table ? (
              <PayoffTable dm={dm.id} states={states} payoffs={payoffs} values={table.values} onChange={(p) => onChange({ ...dm, preferences: withForm(prefs, 'payoffs', p) })} options={options} unresolved={table.unresolved} />
            ) : (
              <>
                <PayoffEntries dm={dm.id} at={`${base}/preferences/payoffs`} payoffs={payoffs} stateCount={validation?.stateCount} onChange={(p) => onChange({ ...dm, preferences: withForm(prefs, 'payoffs', p) })} />
                <YnKey options={options} />
              </>
            ))}
          <ProblemList problems={problemsUnder(problems, `${base}/preferences`)} options={options} />
        </div>
        <RankingPreview
          dm={dm.id}
          validation={validation}
          sound={sound}
          local={table ? { tiers: tiersOfValues(table.values), missing: states.filter((s) => !table.values.has(s.id)).map((s) => s.id) } : undefined}
        />
      </div>
    </article>
  );
}
