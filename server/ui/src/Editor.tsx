import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  addDecisionMaker,
  addOption,
  evidenceOf,
  makeRule,
  patternToText,
  problemsElsewhere,
  problemsUnder,
  rankingToText,
  removeAt,
  replaceAt,
  RULE_KINDS,
  ruleKind,
  ruleValueText,
  setKey,
  statementsToText,
  textToPattern,
  textToRanking,
  textToStatements,
  updateDecisionMaker,
  validId,
  withEvidence,
} from './edit';
import { HintList } from './Hints';
import {
  optionOrder,
  parseValue,
  payoffTable,
  prefMode,
  setPayoff,
  switchForm,
  tiersOfRanking,
  tiersOfValues,
  withForm,
  type Payoff,
  type PrefMode,
  type Stash,
} from './prefs';
import { checkRename, KIND_LABEL, owners, referencesTo, renameId, renameReferences, type IdKind } from './rename';
import type { ModelHandle } from './useModel';
import type { DecisionMakerT, ModelTree, OptionT, Problem, Provenance, RuleKind, Source, StateInfo, StatementT, StateRef, Validation } from './types';

/**
 * What each decision maker's preferences held in the forms switched away from, per model file and
 * decision maker, for as long as the page is open (the editor itself is rebuilt on every tab).
 */
const stashes = new Map<string, Stash>();

const val = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

/**
 * A text field whose text is parsed into the model on every keystroke. It keeps what the user
 * typed (a trailing comma, an empty line) as long as it still means what the model holds, and
 * takes the model's text only when the model changed for another reason (a reload, a restore).
 */
function Buffered({
  value,
  canon,
  onText,
  multiline,
  ...rest
}: {
  value: string;
  canon: (t: string) => string;
  onText: (t: string) => void;
  multiline?: boolean;
  rows?: number;
  class?: string;
  title?: string;
}) {
  const [text, setText] = useState(value);
  useEffect(() => {
    if (canon(text) !== value) setText(value);
  }, [value]);
  const onInput = (e: Event) => {
    const t = val(e);
    setText(t);
    onText(t);
  };
  return multiline ? <textarea {...rest} value={text} onInput={onInput} /> : <input {...rest} value={text} onInput={onInput} />;
}

export function Editor({ model }: { model: ModelHandle }) {
  const m = model.tree;
  const problems = model.validation?.problems ?? [];
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
  const sections = ['/title', '/description', '/decisionMakers', '/infeasible', '/states', '/statusQuo', '/sources'];
  return (
    <div class="editor">
      <Summary validation={model.validation} />
      <HintList hints={model.validation?.hints ?? []} />
      <ProblemList problems={problemsElsewhere(problems, sections)} title="Problems in the file" />

      <Section title="Conflict" id="conflict">
        <Field label="Title">
          <input value={m.title ?? ''} onInput={(e) => edit(setKey(m, 'title', val(e)))} />
        </Field>
        <Field label="Description">
          <textarea rows={2} value={m.description ?? ''} onInput={(e) => edit(setKey(m, 'description', val(e)))} />
        </Field>
        <ProblemList problems={problemsUnder(problems, '/title', '/description')} />
      </Section>

      <Section title="Decision makers" id="decision-makers">
        {m.decisionMakers.map((dm, i) => (
          <DecisionMakerCard
            key={i}
            model={m}
            index={i}
            dm={dm}
            validation={model.validation}
            problems={problemsUnder(problems, `/decisionMakers/${i}`)}
            onChange={(d) => edit(updateDecisionMaker(m, i, d))}
            onModel={edit}
            stashKey={model.file?.name ?? ''}
            onRemove={() => edit({ ...m, decisionMakers: removeAt(m.decisionMakers, i) })}
          />
        ))}
        <button onClick={() => edit(addDecisionMaker(m))}>Add decision maker</button>
        <ProblemList problems={problems.filter((p) => p.path === '/decisionMakers')} />
      </Section>

      <Section title="Infeasible states" id="infeasible">
        <p class="muted">Combinations of options that cannot happen. Option ids are separated by commas.</p>
        {(m.infeasible ?? []).map((r, i) => {
          const kind = ruleKind(r);
          return (
            <div class="row rule" key={i}>
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
                  onText={(t) => edit({ ...m, infeasible: replaceAt(m.infeasible, i, makeRule(kind, t, r)) })}
                />
              </label>
              <Evidence item={r} model={m} onChange={(x) => edit({ ...m, infeasible: replaceAt(m.infeasible, i, x) })} compact />
              <button class="icon" aria-label={`Remove rule ${i + 1}`} onClick={() => edit({ ...m, infeasible: removeAt(m.infeasible, i) })}>
                ✕
              </button>
              <ProblemList problems={problemsUnder(problems, `/infeasible/${i}`)} />
            </div>
          );
        })}
        <button onClick={() => edit({ ...m, infeasible: [...(m.infeasible ?? []), { mutuallyExclusive: [] }] })}>Add rule</button>
      </Section>

      <Section title="Named states and status quo" id="states">
        <p class="muted">
          Name the outcomes that matter. Options: a Y/N/- string (one letter per option, option 1 first) or{' '}
          <code>option=Y, other=N</code>.
        </p>
        {(m.states ?? []).map((s, i) => (
          <div class="row" key={i}>
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
                onText={(t) => edit({ ...m, states: replaceAt(m.states, i, { ...s, options: textToPattern(t) }) })}
              />
            </Field>
            <Field label="Description" grow>
              <input
                value={s.description ?? ''}
                onInput={(e) => edit({ ...m, states: replaceAt(m.states, i, setKey(s, 'description', val(e))) })}
              />
            </Field>
            <button class="icon" aria-label={`Remove state ${s.id}`} onClick={() => edit({ ...m, states: removeAt(m.states, i) })}>
              ✕
            </button>
            <ProblemList problems={problemsUnder(problems, `/states/${i}`)} />
          </div>
        ))}
        <button onClick={() => edit({ ...m, states: [...(m.states ?? []), { id: `state${(m.states?.length ?? 0) + 1}`, options: '' }] })}>
          Add named state
        </button>
        <Field label="Status quo (a named state or a Y/N/- string)">
          <input
            list="named-states"
            value={m.statusQuo === undefined ? '' : typeof m.statusQuo === 'object' ? patternToText(m.statusQuo) : String(m.statusQuo)}
            onInput={(e) => edit(setKey(m, 'statusQuo', val(e).trim()))}
          />
          <datalist id="named-states">
            {(m.states ?? []).map((s) => (
              <option value={s.id} key={s.id} />
            ))}
          </datalist>
        </Field>
        <ProblemList problems={problemsUnder(problems, '/states', '/statusQuo').filter((p) => !/^\/states\/\d/.test(p.path))} />
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
  );
}

function Summary({ validation }: { validation: Validation | null }) {
  if (!validation) return null;
  if (!validation.ok) {
    const n = validation.problems.length;
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

export function ProblemList({ problems, title }: { problems: Problem[]; title?: string }) {
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
            {p.message}
            {p.hint && <span class="hint"> — {p.hint}</span>}
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

function Field({ label, children, small, grow }: { label: string; children: ComponentChildren; small?: boolean; grow?: boolean }) {
  return (
    <label class={`field${small ? ' small' : ''}${grow ? ' grow' : ''}`}>
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Each statement's source, quote and note, editable; the statements themselves are edited above. */
function StatementEvidence({
  dm,
  statements,
  model,
  onChange,
}: {
  dm: string;
  statements: StatementT[];
  model: ModelTree;
  onChange: (s: StatementT[]) => void;
}) {
  if (statements.length === 0) return null;
  const cited = statements.filter((s) => evidenceOf(s) !== null).length;
  return (
    <details class="statement-evidence" open={cited > 0}>
      <summary>
        Evidence of {dm}'s statements ({cited} of {statements.length} cited)
      </summary>
      <ol>
        {statements.map((st, i) => {
          const text = typeof st === 'string' ? st : st.statement;
          const e = evidenceOf(st) ?? {};
          const set = (x: Provenance) => onChange(replaceAt(statements, i, withEvidence(text, evidenceOf({ statement: text, ...x }))));
          return (
            <li key={i} aria-label={`Evidence of statement ${i + 1} of ${dm}`}>
              <code>{text}</code>
              <Evidence item={e} model={model} onChange={set} compact />
              <input
                value={e.note ?? ''}
                placeholder="note"
                aria-label="Note"
                onInput={(ev) => set(setKey(e, 'note', val(ev)))}
              />
            </li>
          );
        })}
      </ol>
    </details>
  );
}

function Evidence<T extends { source?: string; quote?: string }>({
  item,
  model,
  onChange,
  compact,
}: {
  item: T;
  model: ModelTree;
  onChange: (x: T) => void;
  compact?: boolean;
}) {
  const sources = model.sources ?? [];
  return (
    <div class={`evidence${compact ? ' compact' : ''}`}>
      <label>
        <span class={compact ? 'sr-only' : ''}>Source</span>
        <select value={item.source ?? ''} onChange={(e) => onChange(setKey(item, 'source', val(e)))} aria-label="Source">
          <option value="">— no source —</option>
          {sources.map((s) => (
            <option value={s.id} key={s.id} title={s.title}>
              {s.id}
            </option>
          ))}
          {item.source && !sources.some((s) => s.id === item.source) && <option value={item.source}>{item.source} (unknown)</option>}
        </select>
      </label>
      <label class="grow">
        <span class={compact ? 'sr-only' : ''}>Quote</span>
        <input value={item.quote ?? ''} placeholder="quote from the source" aria-label="Quote" onInput={(e) => onChange(setKey(item, 'quote', val(e)))} />
      </label>
    </div>
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
      <ProblemList problems={problems.filter((p) => !p.path.startsWith(`${base}/options`) && !p.path.startsWith(`${base}/preferences`))} />
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
                    <button class="icon" aria-label={`Remove option ${o.id}`} onClick={() => onChange({ ...dm, options: removeAt(dm.options, k) })}>
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ProblemList problems={problemsUnder(problems, `${base}/options`)} />
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
              <Field label={`Statements of ${dm.id} (one per line)`}>
                <Buffered
                  multiline
                  rows={4}
                  class="mono"
                  value={statementsToText(prefs.statements)}
                  canon={(t) => statementsToText(textToStatements(t, []))}
                  onText={(t) => onChange({ ...dm, preferences: withForm(prefs, 'statements', textToStatements(t, prefs.statements, memory)) })}
                />
              </Field>
              <StatementEvidence
                dm={dm.id}
                statements={prefs.statements ?? []}
                model={model}
                onChange={(list) => onChange({ ...dm, preferences: withForm(prefs, 'statements', list) })}
              />
            </>
          )}
          {mode === 'ranking' && (
            <Field label={`Ranking of ${dm.id} (one state per line; ties: a, b)`}>
              <Buffered
                multiline
                rows={5}
                class="mono"
                value={rankingToText(prefs.ranking)}
                canon={(t) => rankingToText(textToRanking(t))}
                onText={(t) => onChange({ ...dm, preferences: withForm(prefs, 'ranking', textToRanking(t)) })}
              />
            </Field>
          )}
          {mode === 'payoffs' &&
            (table ? (
              <PayoffTable dm={dm.id} states={states} payoffs={payoffs} values={table.values} onChange={(p) => onChange({ ...dm, preferences: withForm(prefs, 'payoffs', p) })} options={options} unresolved={table.unresolved} />
            ) : (
              <PayoffEntries dm={dm.id} payoffs={payoffs} stateCount={validation?.stateCount} onChange={(p) => onChange({ ...dm, preferences: withForm(prefs, 'payoffs', p) })} />
            ))}
          <ProblemList problems={problemsUnder(problems, `${base}/preferences`)} />
        </div>
        <RankingPreview
          dm={dm.id}
          validation={validation}
          local={table ? { tiers: tiersOfValues(table.values), missing: states.filter((s) => !table.values.has(s.id)).map((s) => s.id) } : undefined}
        />
      </div>
    </article>
  );
}

/**
 * An id (of a decision maker, option, named state or source) as a field, with **Rename**, which
 * changes the id and every reference to it in the model at once, and refuses an id already in use.
 * Typing in the field itself changes only the id, as before; when references to the previous id
 * remain, the field offers to update them.
 */
function IdField({
  kind,
  id,
  model,
  onId,
  onModel,
  label,
  ariaLabel,
}: {
  kind: IdKind;
  id: string;
  model: ModelTree;
  onId: (v: string) => void;
  onModel: (m: ModelTree) => void;
  label?: string;
  ariaLabel?: string;
}) {
  const [origin, setOrigin] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [refused, setRefused] = useState('');
  const what = KIND_LABEL[kind];
  const holders = owners(model, kind, id);
  const clash = holders.length > 1 ? `'${id}' is also the id of ${holders.length === 2 ? 'another' : `${holders.length - 1} other`} ${what}${holders.length > 2 ? 's' : ''}: ids must differ (${kind === 'option' ? 'option ids are unique across the model' : `${what} ids are unique`}).` : '';
  const stale =
    origin !== null && origin !== id && !clash && validId(id) && owners(model, kind, origin).length === 0 ? referencesTo(model, kind, origin) : [];
  const input = (
    <input
      aria-label={ariaLabel}
      value={id}
      onFocus={() => {
        if (stale.length === 0) setOrigin(id);
      }}
      onInput={(e) => onId(val(e))}
    />
  );
  const liveProblem = open && draft.trim() !== id ? checkRename(model, kind, id, draft.trim()) : null;
  const refs = open ? referencesTo(model, kind, id) : [];
  const submit = (e: Event) => {
    e.preventDefault();
    const to = draft.trim();
    if (to === id) {
      setOpen(false);
      return;
    }
    const problem = checkRename(model, kind, id, to);
    if (problem) {
      setRefused(problem); // the model is left as it is; what was typed stays in the field
      return;
    }
    onModel(renameId(model, kind, id, to).tree);
    setOpen(false);
    setOrigin(null);
  };
  return (
    <>
      {label ? (
        <Field label={label} small>
          {input}
        </Field>
      ) : (
        input
      )}
      <button
        type="button"
        class="small rename-open"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          setDraft(id);
          setRefused('');
        }}
      >
        Rename<span class="sr-only"> {what} {id}</span>
      </button>
      {open && (
        <form
          class="rename-box"
          onSubmit={submit}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <label class="field small">
            <span>
              New id for {what} {id}
            </span>
            <input
              value={draft}
              autoFocus
              aria-invalid={liveProblem !== null || refused !== ''}
              onInput={(e) => {
                setDraft(val(e));
                setRefused('');
              }}
            />
          </label>
          <button type="submit" class="primary small">
            Rename
          </button>
          <button type="button" class="small" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <p class="muted">
            {kind === 'decisionMaker'
              ? 'Nothing in the model refers to a decision maker by its id.'
              : refs.length === 0
                ? `Nothing else in the model refers to ${what} ${id}.`
                : `Also updates ${refs.length === 1 ? 'the reference' : `the ${refs.length} places`} that use it: ${refs.join(', ')}.`}
          </p>
          {(refused || liveProblem) && (
            <p class="error rename-refused" role="alert">
              {refused || liveProblem}
            </p>
          )}
        </form>
      )}
      {clash && (
        <p class="error id-clash" role="alert">
          {clash}
        </p>
      )}
      {stale.length > 0 && (
        <p class="rename-offer" role="status">
          '{origin}' is still used in {stale.length === 1 ? 'one place' : `${stale.length} places`}: {stale.join(', ')}.{' '}
          <button
            type="button"
            class="small"
            onClick={() => {
              onModel(renameReferences(model, kind, origin!, id).tree);
              setOrigin(null);
            }}
          >
            Update {stale.length === 1 ? 'it' : 'them'} to '{id}'
          </button>{' '}
          <button type="button" class="small" onClick={() => setOrigin(null)}>
            Leave {stale.length === 1 ? 'it' : 'them'}
          </button>
        </p>
      )}
    </>
  );
}

/** A payoff cell: keeps what is typed; a number is taken at once, an empty cell removes the value. */
function ValueCell({ label, value, onValue }: { label: string; value: number | undefined; onValue: (v: number | null) => void }) {
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  useEffect(() => {
    const typed = text.trim() === '' ? undefined : parseValue(text);
    if (typed !== value && !(typed === null && value === undefined)) setText(shown);
  }, [value]);
  const bad = text.trim() !== '' && parseValue(text) === null;
  return (
    <>
      <input
        class="value"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={bad}
        value={text}
        onInput={(e) => {
          const t = val(e);
          setText(t);
          if (t.trim() === '') onValue(null);
          else {
            const v = parseValue(t);
            if (v !== null) onValue(v);
          }
        }}
      />
      {bad && <span class="error value-error"> a number, e.g. 3 or -1.5</span>}
    </>
  );
}

/** Payoffs as a table with a value for every feasible state; higher is better, equal values tie. */
function PayoffTable({
  dm,
  states,
  payoffs,
  values,
  options,
  unresolved,
  onChange,
}: {
  dm: string;
  states: StateInfo[];
  payoffs: Payoff[];
  values: Map<number, number>;
  options: string[];
  unresolved: number[];
  onChange: (p: Payoff[]) => void;
}) {
  const missing = states.filter((s) => !values.has(s.id)).length;
  return (
    <div class="payoffs">
      <p class="muted">
        A value for each state: higher is better, equal values are ties; only the order matters.
        {missing > 0 && ` ${missing} ${missing === 1 ? 'state has' : 'states have'} no value yet.`}
      </p>
      <table class="payoff-table">
        <thead>
          <tr>
            <th>State</th>
            <th>Y/N</th>
            <th>Named</th>
            <th>Value</th>
          </tr>
        </thead>
        <tbody>
          {states.map((s) => (
            <tr key={s.id} title={s.description}>
              <td>{s.id}</td>
              <td>{s.yn && <code>{s.yn}</code>}</td>
              <td>{s.name ?? ''}</td>
              <td>
                <ValueCell label={`Payoff of ${dm} for state ${s.id}`} value={values.get(s.id)} onValue={(v) => onChange(setPayoff(payoffs, states, options, s.id, v))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unresolved.length > 0 && (
        <p class="muted">
          Kept as written, though they match no state: {unresolved.map((i) => refLabel(payoffs[i]?.state)).join('; ')}. Fix or remove them in the File tab.
        </p>
      )}
    </div>
  );
}

function refLabel(r: StateRef | undefined): string {
  if (r && typeof r === 'object') return patternToText(r);
  return r === undefined ? '(none)' : String(r);
}

/** Payoffs as written (a state reference and a value per line), when the states cannot be listed. */
function PayoffEntries({ dm, payoffs, stateCount, onChange }: { dm: string; payoffs: Payoff[]; stateCount?: number; onChange: (p: Payoff[]) => void }) {
  const toRef = (t: string): StateRef => (/^[0-9]+$/.test(t.trim()) ? Number(t.trim()) : t.includes('=') ? textToPattern(t) : t.trim());
  return (
    <div class="payoffs">
      <p class="muted">
        {stateCount && stateCount > 0
          ? `This model has ${stateCount} states, too many to list: give each value with a state reference (a named state, a Y/N/- string — '-' matches both — or option=Y, other=N).`
          : 'The states are listed here once the options and infeasibility rules are sound; meanwhile, give each value with a state reference (a named state, a Y/N/- string or a state number).'}
      </p>
      {payoffs.map((p, i) => (
        <div class="row" key={i}>
          <label class="field small">
            <span>State</span>
            <Buffered value={refLabel(p.state)} canon={(t) => refLabel(toRef(t))} onText={(t) => onChange(replaceAt(payoffs, i, { ...p, state: toRef(t) }))} />
          </label>
          <label class="field small">
            <span>Value</span>
            <ValueCell label={`Payoff of ${dm} in entry ${i + 1}`} value={Number.isFinite(Number(p.value)) ? Number(p.value) : undefined} onValue={(v) => v !== null && onChange(replaceAt(payoffs, i, { ...p, value: v }))} />
          </label>
          <button class="icon" onClick={() => onChange(removeAt(payoffs, i))}>
            ✕<span class="sr-only"> Remove payoff entry {i + 1}</span>
          </button>
        </div>
      ))}
      <button onClick={() => onChange([...payoffs, { state: '', value: 0 }])}>Add payoff</button>
    </div>
  );
}

/**
 * The ranking the preferences give, best first: the server's for a sound model, or, for payoffs,
 * computed here from the values as they are typed (`local`), so that it follows every keystroke.
 */
function RankingPreview({ dm, validation, local }: { dm: string; validation: Validation | null; local?: { tiers: number[][]; missing: number[] } }) {
  const tiers = local ? local.tiers : validation?.rankings?.[dm];
  const states = new Map((validation?.states ?? []).map((s) => [s.id, s]));
  return (
    <div class="preview" aria-label={`Ranking of ${dm}, best first`}>
      <strong>Ranking, best first</strong>
      {local && local.missing.length > 0 && <p class="muted">Without a value yet: {local.missing.join(', ')}</p>}
      {!tiers ? (
        <p class="muted">{validation && !validation.ok ? 'shown once the model is sound' : '…'}</p>
      ) : (
        <ol>
          {tiers.map((tier, i) => (
            <li key={i}>
              {tier.map((id, k) => {
                const s = states.get(id);
                return (
                  <span key={id} title={s?.description}>
                    {k > 0 && ' = '}
                    <span class="state-chip">
                      {id}
                      {s && <code>{s.yn}</code>}
                      {s?.name && <em>{s.name}</em>}
                    </span>
                  </span>
                );
              })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
