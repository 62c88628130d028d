import { useEffect, useRef, useState } from 'preact/hooks';
import { api, modelPath } from './api';
import { CheckList, dmChoices, SelectField } from './controls';
import { useAnalysis, type AnalysisState } from './analysis';
import { ProblemList } from './Editor';
import { ExplainPanel } from './ExplainPanel';
import { conceptResult, filterStates, findsOnServer, stateLabel, type TableFilter } from './filters';
import { conceptLabel, conceptMeaning, foresightSentence, horizonOf, isForesight, resultConcepts, withHorizon, withNM, withStandard } from './foresight';
import { CONCEPTS, type ModelTree, type Result } from './types';
import type { ModelHandle } from './useModel';
import { StrengthBadge, StrengthKey, WeakReasons } from './StrengthBadge';
import { TableKey } from './TableKey';

export function ConceptPicker({ analysis }: { analysis: AnalysisState }) {
  const standard = analysis.concepts.filter((c) => !isForesight(c));
  const h = horizonOf(analysis.concepts);
  const [hText, setHText] = useState(String(h ?? 2));
  const two = analysis.dmCount === 2;
  const hValid = /^[1-9][0-9]{0,2}$/.test(hText.trim());
  const why = two ? undefined : 'defined for two decision makers; this model has ' + (analysis.dmCount ?? 'another number of');
  return (
    <fieldset class="concepts">
      <legend>Concepts</legend>
      <CheckList
        items={CONCEPTS.map((c) => ({ id: c.id, label: c.label, title: c.meaning }))}
        chosen={standard}
        onChoose={(next) => analysis.setConcepts(withStandard(analysis.concepts, next))}
      />
      <span class="foresight" title={why ?? 'limited-move foresight: each party looks h moves ahead'}>
        <label>
          <input
            type="checkbox"
            checked={two && h !== null}
            aria-label="L_h (limited move)"
            disabled={!two || (h === null && !hValid)}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              analysis.setConcepts(withHorizon(analysis.concepts, on ? Number(hText) : null));
            }}
          />{' '}
          L<sub>h</sub>
        </label>
        <label class="horizon">
          h{' '}
          <input
            type="number"
            min={1}
            max={999}
            value={hText}
            disabled={!two}
            aria-label="Horizon h of L_h (moves looked ahead)"
            aria-invalid={!hValid}
            onInput={(e) => {
              const v = (e.target as HTMLInputElement).value;
              setHText(v);
              if (/^[1-9][0-9]{0,2}$/.test(v.trim()) && h !== null) analysis.setConcepts(withHorizon(analysis.concepts, Number(v)));
            }}
          />
        </label>
        <label title={two ? 'non-myopic: L_h for every long horizon' : why}>
          <input
            type="checkbox"
            checked={two && analysis.concepts.includes('NM')}
            aria-label="NM (non-myopic)"
            disabled={!two}
            onChange={(e) => analysis.setConcepts(withNM(analysis.concepts, (e.target as HTMLInputElement).checked))}
          />{' '}
          NM
        </label>
        {!two && analysis.dmCount !== undefined && <span class="muted small-note">L<sub>h</sub> and NM: two decision makers only</span>}
      </span>
      <button class="primary" onClick={() => !analysis.running && void analysis.run()} aria-disabled={analysis.running}>
        {analysis.running ? 'Analysing…' : 'Analyse again'}
      </button>
    </fieldset>
  );
}

export function JobStatus({ analysis }: { analysis: AnalysisState }) {
  if (!analysis.running || !analysis.job) return null;
  const p = analysis.job.progress;
  return (
    <div class="job" role="status">
      {p.phase} {p.total > 0 ? `${p.done} of ${p.total}` : ''}
      <progress max={p.total || 1} value={p.done} />
      <button onClick={() => void analysis.cancel()}>Cancel</button>
    </div>
  );
}

export function AnalysisView({ name, model }: { name: string; model: ModelHandle }) {
  const analysis = useAnalysis(name, model);
  const r = analysis.result;
  const [selected, setSelected] = useState<number | null>(null);
  // the button that asked for the explanation shown, to return to (Escape, "Back to …")
  const opener = useRef<HTMLElement | null>(null);
  const [asked, setAsked] = useState(0);
  const [cardConcept, setCardConcept] = useState<string>('');
  const all = r ? resultConcepts(r) : [];
  const concept = cardConcept && all.includes(cardConcept) ? cardConcept : (r?.parameters.concepts[0] ?? 'nash');
  // explanations exist for the standard concepts; L_h and NM cards explain under the first of those
  const explainConcept = isForesight(concept) ? (r?.parameters.concepts[0] ?? 'nash') : concept;
  const explain = (s: number) => {
    const at = document.activeElement;
    opener.current = at instanceof HTMLElement && at !== document.body ? at : null;
    setSelected(s);
    setAsked((n) => n + 1);
  };
  const back = () => {
    const o = opener.current;
    if (o?.isConnected) o.focus();
    else document.querySelector<HTMLElement>(`table.stability button[data-state="${selected}"]`)?.focus();
  };
  const backLabel = backTo(opener.current);
  return (
    <div class="analysis">
      {r && <BottomLine paragraphs={r.bottomLine ?? []} />}
      <ConceptPicker analysis={analysis} />
      <JobStatus analysis={analysis} />
      {model.validation && !model.validation.ok && (
        <>
          <p class="summary bad">The model has problems; fix them in the Model tab to analyse it.</p>
          <ProblemList problems={model.validation.problems} />
        </>
      )}
      {analysis.error && (
        <div role="alert">
          <p class="error">{analysis.error}</p>
          <ProblemList problems={analysis.details} />
        </div>
      )}
      {r && (
        <>
          <div class="row card-concept">
            <SelectField
              label="Cards and explanations under"
              value={concept}
              onChange={setCardConcept}
              choices={all.map((c) => ({ value: c, label: conceptLabel(c) }))}
            />
            <p class="muted small-note">
              The status quo's reasons, the equilibrium cards and every explanation (“Explain”, “Why?”) are under{' '}
              {conceptLabel(concept)}
              {explainConcept !== concept ? ` (explanations under ${conceptLabel(explainConcept)})` : ''}; the table shows every concept.
            </p>
          </div>
          <StatusQuoCard result={r} concept={concept} onExplain={explain} />
          <EquilibriaCards result={r} concept={concept} onExplain={explain} />
          {selected !== null && (
            <ExplainPanel
              name={name}
              sha={model.file?.sha256 ?? ''}
              state={selected}
              concept={explainConcept}
              onState={setSelected}
              takeFocus={asked}
              back={{ label: backLabel, onBack: back }}
            />
          )}
          <StabilityTable name={name} result={r} tree={model.tree} onExplain={explain} selected={selected} explainUnder={explainConcept} />
        </>
      )}
    </div>
  );
}

/** The briefing's opening, first in the tab: where the conflict is stuck and what would move it. */
function BottomLine({ paragraphs }: { paragraphs: string[] }) {
  if (paragraphs.length === 0) return null;
  return (
    <section class="bottom-line analysis-bottom-line" aria-label="Bottom line">
      <h2>Bottom line</h2>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </section>
  );
}

/** The words of the control that returns to the button that asked for an explanation. */
function backTo(el: HTMLElement | null): string {
  const where = el?.closest('section')?.getAttribute('aria-label') ?? '';
  if (where === 'Stability table') return 'Back to the table';
  if (where === 'Status quo') return 'Back to the status quo';
  if (where.endsWith('equilibria')) return 'Back to the equilibria';
  return 'Back to the table';
}

function explanationsFor(r: Result, concept: string, state: number) {
  return r.explanations.filter((e) => e.concept === concept && e.state === state);
}

function StatusQuoCard({ result, concept, onExplain }: { result: Result; concept: string; onExplain: (s: number) => void }) {
  if (result.statusQuo === null) return null;
  const sq = result.statusQuo;
  const all = resultConcepts(result);
  const under = all.filter((c) => conceptResult(result, c)?.equilibria.includes(sq));
  const notUnder = all.filter((c) => !under.includes(c));
  const label = conceptLabel;
  return (
    <section class="card sq" aria-label="Status quo">
      <h3>Status quo: {result.statusQuoLabel}</h3>
      <p class="muted">{result.states[sq - 1]?.description}</p>
      <p>
        {under.length === 0
          ? 'It is not an equilibrium under any concept analysed: someone can improve on it, and nothing deters them.'
          : notUnder.length === 0
            ? `It is an equilibrium under every concept analysed: ${andList(under.map(label))}.`
            : `It is an equilibrium under ${andList(under.map(label))}; not under ${andList(notUnder.map(label))}.`}
      </p>
      <h4 class="under">
        {under.includes(concept) ? 'Why it is stable' : 'Why it is not stable'} under {label(concept)}
      </h4>
      <Sentences result={result} concept={concept} state={sq} />
      <button onClick={() => onExplain(sq)}>Explain the status quo</button>
    </section>
  );
}

function Sentences({ result, concept, state }: { result: Result; concept: string; state: number }) {
  if (isForesight(concept)) {
    const c = conceptResult(result, concept);
    const dms = result.decisionMakers;
    return (
      <ul class="sentences">
        {dms.map((d, i) => {
          const stable = c?.stableFor[d.id]?.includes(state) ?? false;
          const other = dms[1 - i]?.name ?? 'the other';
          return (
            <li key={d.id} class={stable ? 'stable' : 'unstable'}>
              <strong>{d.name}</strong> ({stable ? 'stable' : 'unstable'} under {conceptLabel(concept)}):{' '}
              {stable ? foresightSentence(concept, d.name, other) : `under ${conceptLabel(concept)}, ${d.name} would leave it for an anticipated outcome it prefers.`}
            </li>
          );
        })}
      </ul>
    );
  }
  const es = explanationsFor(result, concept, state);
  return (
    <ul class="sentences">
      {es.map((e, i) => (
        <li key={i} class={e.stable ? 'stable' : 'unstable'}>
          <strong>{result.decisionMakers.find((d) => d.id === e.decisionMaker)?.name ?? e.decisionMaker}</strong>{' '}
          ({e.stable ? 'stable' : 'unstable'} under {conceptLabel(concept)}): {e.sentences.join(' ')}
        </li>
      ))}
    </ul>
  );
}

/** "a", "a and b", "a, b and c". */
function andList(xs: string[]): string {
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

function EquilibriaCards({ result, concept, onExplain }: { result: Result; concept: string; onExplain: (s: number) => void }) {
  const c = conceptResult(result, concept);
  const label = conceptLabel(concept);
  const limit = result.cardLimit ?? c?.equilibria.length ?? 0;
  if (!c) return null;
  return (
    <section aria-label={`${label} equilibria`}>
      <h3>
        {label} equilibria ({c.equilibria.length})
      </h3>
      {c.equilibria.length === 0 && <p class="muted">No state is stable for every decision maker under {label}.</p>}
      {c.equilibria.length > 0 && <StrengthKey result={result} concept={concept} />}
      {c.equilibria.length > limit && (
        <p class="muted cards-capped">
          Showing the first {limit} of {c.equilibria.length.toLocaleString('en')} {label} equilibria; the stability table lists them
          all (tick “equilibria only”), and its “Why?” explains any of them.
        </p>
      )}
      <div class="cards">
        {c.equilibria.slice(0, limit).map((id) => {
          const s = result.states[id - 1];
          return (
            <article class="card eq" key={id} aria-label={`Equilibrium ${stateLabel(s, id)}`}>
              <h4>
                State {stateLabel(s, id)} <code>{s.yn}</code>
                {result.statusQuo === id && <span class="badge">status quo</span>}
                <StrengthBadge result={result} concept={concept} state={id} />
              </h4>
              <p>{s.description}</p>
              <Sentences result={result} concept={concept} state={id} />
              <WeakReasons result={result} concept={concept} state={id} />
              <button onClick={() => onExplain(id)} aria-label={`Explain state ${id}`}>
                Explain
              </button>
            </article>
          );
        })}
      </div>
    </section>
  );
}

export function OptionLegend({ result, tree }: { result: Result; tree: ModelTree | null }) {
  const sources = new Map((tree?.sources ?? []).map((s) => [s.id, s]));
  const opts = new Map((tree?.decisionMakers ?? []).flatMap((d) => (d.options ?? []).map((o) => [o.id, o] as const)));
  return (
    <ol class="legend" aria-label="Options, in Y/N order">
      {result.options.map((o, i) => {
        const t = opts.get(o.id);
        const src = t?.source ? sources.get(t.source) : undefined;
        const evidence = [src ? `${src.title}${src.publisher ? ', ' + src.publisher : ''}${src.date ? ', ' + src.date : ''}` : t?.source, t?.quote ? `“${t.quote}”` : '']
          .filter(Boolean)
          .join(' — ');
        return (
          <li key={o.id} tabIndex={evidence ? 0 : undefined} class={evidence ? 'has-evidence' : ''}>
            <span class="num" aria-hidden="true">
              {i + 1}.
            </span>{' '}
            <strong>{o.id}</strong> ({o.decisionMaker}) {o.name !== o.id ? o.name : ''}
            {evidence && (
              <span class="tip" role="tooltip">
                {evidence}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * What the server finds for a search text (GET …/states?find=), a quarter of a second after the
 * last keystroke; an empty text finds nothing to ask.
 */
function useServerFind(name: string, text: string): { text: string; ids: Set<number> | null; pending: boolean; error?: string } {
  const [state, setState] = useState<{ text: string; ids: Set<number> | null; pending: boolean; error?: string }>({ text: '', ids: null, pending: false });
  useEffect(() => {
    if (!text) {
      setState({ text: '', ids: null, pending: false });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, pending: true }));
    const t = setTimeout(() => {
      api<{ states: number[] }>('GET', modelPath(name, `/states?find=${encodeURIComponent(text)}`))
        .then((r) => live && setState({ text, ids: new Set(r.states), pending: false }))
        .catch((e: unknown) => live && setState({ text, ids: new Set(), pending: false, error: `Find failed: ${e instanceof Error ? e.message : String(e)}` }));
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [name, text]);
  return state;
}

function StabilityTable({
  name,
  result,
  tree,
  onExplain,
  selected,
  explainUnder,
}: {
  name: string;
  result: Result;
  tree: ModelTree | null;
  onExplain: (s: number) => void;
  selected: number | null;
  explainUnder: string;
}) {
  const [f, setF] = useState<TableFilter>({ text: '', concept: result.parameters.concepts[0], equilibriaOnly: false, stableFor: '' });
  const columns = resultConcepts(result);
  const concept = columns.includes(f.concept) ? f.concept : result.parameters.concepts[0];
  const found = useServerFind(name, findsOnServer(result) ? f.text.trim() : '');
  const finding = found.text !== f.text.trim() || found.pending;
  const rows = filterStates(result, { ...f, concept }, findsOnServer(result) && f.text.trim() ? (found.ids ?? new Set()) : null);
  const shown = rows.slice(0, 500);
  return (
    <section aria-label="Stability table" class="card">
      <h3>Stability table</h3>
      <OptionLegend result={result} tree={tree} />
      <div class="row filters">
        <label class="field small">
          <span>Find</span>
          <input value={f.text} placeholder="number, Y/N, name, words" onInput={(e) => setF({ ...f, text: (e.target as HTMLInputElement).value })} />
        </label>
        <SelectField label="Concept" value={concept} onChange={(v) => setF({ ...f, concept: v })} choices={columns.map((c) => ({ value: c, label: conceptLabel(c) }))} />
        <label class="check">
          <input type="checkbox" checked={f.equilibriaOnly} onChange={(e) => setF({ ...f, equilibriaOnly: (e.target as HTMLInputElement).checked })} /> equilibria only
        </label>
        <SelectField
          label="Stable for"
          value={f.stableFor}
          onChange={(v) => setF({ ...f, stableFor: v })}
          choices={[{ value: '', label: 'anyone' }, ...dmChoices(result.decisionMakers)]}
        />
        <span class="muted" aria-live="polite">
          {findsOnServer(result) && f.text.trim() && finding ? 'Finding…' : `${rows.length} of ${result.states.length} states`}
          {found.error && <span class="error"> {found.error}</span>}
        </span>
      </div>
      <div class="table-and-key">
        <div class="table-wrap">
          <table class="stability">
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Y/N</th>
                {columns.map((c) => (
                  <th scope="col" key={c} title={conceptMeaning(c)}>
                    {conceptLabel(c)}
                  </th>
                ))}
                <th scope="col">
                  <span class="sr-only">Explain</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.id} class={`${selected === s.id ? 'selected' : ''} ${result.statusQuo === s.id ? 'sq' : ''}`}>
                  <th scope="row" title={s.description}>
                    {stateLabel(s, s.id)}
                    {result.statusQuo === s.id && <span class="badge">SQ</span>}
                  </th>
                  <td>
                    <code>{s.yn}</code>
                  </td>
                  {columns.map((c) => {
                    const cr = conceptResult(result, c) ?? { stableFor: {}, equilibria: [] };
                    const eq = cr.equilibria.includes(s.id);
                    const who = result.decisionMakers.filter((d) => cr.stableFor[d.id]?.includes(s.id)).map((d) => d.id);
                    return (
                      <td key={c} class={eq ? 'eq' : ''} title={eq ? 'equilibrium: stable for everyone' : who.length ? `stable for ${who.join(', ')}` : 'stable for no one'}>
                        {eq ? '★ eq' : who.join(' ') || '–'}
                      </td>
                    );
                  })}
                  <td>
                    <button class="small" data-state={s.id} onClick={() => onExplain(s.id)} aria-label={`Explain state ${s.id}`}>
                      Why?
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > shown.length && <p class="muted">Showing the first {shown.length}; narrow the filter to see others.</p>}
        </div>
        <TableKey result={result} columns={columns} explainUnder={explainUnder} />
      </div>
    </section>
  );
}
