// The Beliefs tab: the card table of drama theory (the options board, and the dilemmas each party
// faces on it) and what each side believes (the perceived games of a first-level hypergame), from
// POST /api/models/{name}/dilemmas and …/perceptions (docs/workbench.md, docs/semantics.md §5.2, §6).
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { modelPath } from './api';
import { JobFailure } from './controls';
import {
  capital,
  CLASS_MEANING,
  cellText,
  columnHeading,
  dilemmasByParty,
  doubtSentence,
  dramaSnippet,
  hasDrama,
  hasPerceptions,
  listOf,
  MEANING,
  misbeliefSentence,
  mistakeClauses,
  nameOf,
  namesOf,
  pairSentence,
  possessive,
  rowsByOwner,
  statesOfClass,
  SYMBOL,
  type DilemmaItem,
  type DilemmasRequest,
  type DilemmasResult,
  type HypergameClass,
  type Names,
  type PerceptionsRequest,
  type PerceptionsResult,
} from './beliefs';
import { ProblemList } from './Editor';
import { Said, StateButton, StateList, type Known } from './EvolutionCards';
import { ExplainPanel } from './ExplainPanel';
import { stateLabel } from './filters';
import { CONCEPTS } from './types';
import { useAnswer } from './useAnswer';
import type { ModelHandle } from './useModel';

export function BeliefsView({ name, model }: { name: string; model: ModelHandle }) {
  const v = model.validation;
  const current = model.file?.name === name;
  const ok = current && !!v?.ok;
  const sha = model.file?.sha256 ?? '';
  const graphForm = v?.summary?.options === 0;
  const concepts = CONCEPTS.filter((c) => !graphForm || (c.id !== 'sim' && c.id !== 'seqsim'));
  const [concept, setConcept] = useState('seq');
  const [selected, setSelected] = useState<number | null>(null);
  const names = namesOf(model.tree);
  const drama = hasDrama(model.tree);
  const perceives = hasPerceptions(model.tree);
  const known: Known = new Map((v?.states ?? []).map((s) => [s.id, s] as const));
  const say = (s: number) => `state ${stateLabel(known.get(s), s)}`;

  const dilemmasBody: DilemmasRequest = { concept: concept as DilemmasRequest['concept'] };
  const perceptionsBody: PerceptionsRequest = { concepts: [concept as NonNullable<PerceptionsRequest['concepts']>[number]] };
  const dil = useAnswer<DilemmasResult>(
    ok && drama ? { path: modelPath(name, '/dilemmas'), body: dilemmasBody, key: `dilemmas@${name}@${sha}@${concept}` } : null,
    model.flush,
  );
  const per = useAnswer<PerceptionsResult>(
    ok && perceives ? { path: modelPath(name, '/perceptions'), body: perceptionsBody, key: `perceptions@${name}@${sha}@${concept}` } : null,
    model.flush,
  );

  if (v && !v.ok) {
    return (
      <div class="beliefs">
        <p class="summary bad">The model has problems; fix them in the Model tab to see its dilemmas and what each side believes.</p>
        <ProblemList problems={v.problems} />
      </div>
    );
  }
  const onState = (s: number) => setSelected(s);
  return (
    <div class={`beliefs ${selected !== null ? 'with-explain' : ''}`}>
      <div class="beliefs-main">
        <div class="row">
          <label class="field small">
            <span>Concept</span>
            <select value={concept} onChange={(e) => setConcept((e.target as HTMLSelectElement).value)}>
              {concepts.map((k) => (
                <option key={k.id} value={k.id} title={k.meaning}>
                  {k.label}
                </option>
              ))}
            </select>
          </label>
          <p class="muted grow">
            The stability view beside each dilemma, the games each side believes in and the hypergame equilibria are under this concept.
          </p>
        </div>
        <section class="card" aria-labelledby="h-drama">
          <h3 id="h-drama">Options board and dilemmas</h3>
          {!drama ? (
            <NoDrama snippet={dramaSnippet(model.tree)} />
          ) : (
            <>
              {dil.running && (
                <p class="job" role="status">
                  Finding the dilemmas…
                </p>
              )}
              <JobFailure state={dil} />
              {dil.result && <Drama r={dil.result} names={names} known={known} say={say} onState={onState} />}
            </>
          )}
        </section>
        <section class="card" aria-labelledby="h-perceptions">
          <h3 id="h-perceptions">What each side believes</h3>
          {!perceives || (per.result && !per.result.misperceptions) ? (
            <p class="summary good">
              {perceives
                ? 'Every decision maker sees the conflict as the model does'
                : <>No decision maker has a view of its own (<code>perceives:</code>): each sees the conflict as the model does</>}
              , so the hypergame equals the ordinary analysis: its equilibria are those of the Analysis tab. To give a side mistaken beliefs
              or blind spots, see the section “What each decision maker perceives” of <code>docs/model-format.md</code>.
            </p>
          ) : (
            <>
              {per.running && (
                <p class="job" role="status">
                  Analysing each side's game…
                </p>
              )}
              <JobFailure state={per} />
              {per.result && <Perceptions r={per.result} concept={concept} names={names} known={known} say={say} onState={onState} />}
            </>
          )}
        </section>
      </div>
      {selected !== null && (
        <aside class="beliefs-explain" aria-label="Explanation">
          <button class="icon close" onClick={() => setSelected(null)} aria-label="Close the explanation">
            ✕
          </button>
          <ExplainPanel name={name} sha={sha} state={selected} concept={concept} onState={setSelected} />
        </aside>
      )}
    </div>
  );
}

function NoDrama({ snippet }: { snippet: string }) {
  return (
    <div class="no-drama">
      <div>
        <p>
          <strong>This model has no card table (<code>drama:</code>)</strong>, so there is no options board and no dilemma to show.
        </p>
        <p>
          Drama theory needs what happens without agreement (the threatened future), what each party proposes (its position) and, if
          any, who doubts whom. Add them to the model in the File tab, as in the example beside; each future is a state reference (a
          named state, a Y/N/- pattern or a mapping of options). The section “Positions, threats and doubts (drama theory)” of{' '}
          <code>docs/model-format.md</code> describes them; <code>parley dilemmas MODEL</code> gives the same findings on the command
          line.
        </p>
      </div>
      <pre class="snippet" aria-label="A card table to add to the model">
        <code>{snippet}</code>
      </pre>
    </div>
  );
}

type Parts = { names: Names; known: Known; say: (s: number) => string; onState: (s: number) => void };

function Drama({ r, names, known, say, onState }: Parts & { r: DilemmasResult }) {
  const groups = dilemmasByParty(r.dilemmas, names, say);
  const parties = [...names.keys()];
  const none = parties.filter((p) => !groups.some((g) => g.party === p)).map((p) => nameOf(names, p));
  return (
    <>
      <p class="bottom-line">
        <strong>Bottom line.</strong> <Said text={r.bottomLine} known={known} onExplain={onState} />
      </p>
      {/* a board of many columns leaves the dilemmas too little room beside it: they go below */}
      <div class={`drama-panes ${r.board.columns.length > 4 ? 'stacked' : ''}`}>
        <div class="board-pane">
          <Board r={r} names={names} known={known} say={say} onState={onState} />
        </div>
        <div class="dilemmas-pane">
          {groups.map((g) => (
            <section key={g.party} class="party-dilemmas" aria-labelledby={`h-dilemmas-${g.party}`}>
              <h4 id={`h-dilemmas-${g.party}`}>
                Dilemmas of {g.name} ({g.items.length})
              </h4>
              <ul class="dilemmas">
                {g.items.map((d, i) => (
                  <Dilemma key={i} d={d} names={names} known={known} say={say} onState={onState} />
                ))}
              </ul>
            </section>
          ))}
          {none.length > 0 && (
            <p class="muted">
              {capital(listOf(none))} {none.length === 1 ? 'faces' : 'face'} no dilemma on this table.
            </p>
          )}
        </div>
      </div>
    </>
  );
}

function Board({ r, names, known, say, onState }: Parts & { r: DilemmasResult }) {
  const cols = r.board.columns;
  const open = r.positions.filter((p) => p.pattern !== null && p.pattern.includes('-'));
  return (
    <>
      <h4 id="h-board">The options board</h4>
      <div class="table-wrap">
        <table class="stability board" aria-labelledby="h-board">
          <thead>
            <tr>
              <th scope="col">Party</th>
              <th scope="col">Option</th>
              {cols.map((c, i) => (
                <th scope="col" key={i} class={c.kind}>
                  {columnHeading(c, names)}
                </th>
              ))}
            </tr>
          </thead>
          {rowsByOwner(r.board.rows).map((g) => (
            <tbody key={g.owner}>
              {g.rows.map((row, k) => (
                <tr key={row.option}>
                  {k === 0 && (
                    <th scope="rowgroup" rowSpan={g.rows.length} class="owner">
                      {names.get(g.owner) ?? g.owner}
                    </th>
                  )}
                  <th scope="row" class="option" title={row.option}>
                    {row.name}
                  </th>
                  {row.cells.map((cell, i) => {
                    const t = cellText(r, row, i, names);
                    return (
                      <td key={i} class={`cell ${cell.value} ${cols[i].kind}${cell.doubted ? ' doubted' : ''}`}>
                        {cell.doubted ? (
                          <span class="doubt-mark" role="img" tabIndex={0} aria-label={t.label}>
                            {t.symbol}
                            <span class="tip" aria-hidden="true">
                              {t.label}
                            </span>
                          </span>
                        ) : (
                          <span role="img" aria-label={t.label} title={t.label}>
                            {t.symbol}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <ul class="board-key" aria-label="Key to the board">
        {(['yes', 'no', 'any'] as const).map((k) => (
          <li key={k}>
            <span class="sym" aria-hidden="true">
              {SYMBOL[k]}
            </span>{' '}
            {MEANING[k]}
          </li>
        ))}
        <li>
          <span class="sym" aria-hidden="true">
            ?
          </span>{' '}
          another party doubts that intention
        </li>
      </ul>
      <ul class="board-notes">
        <li>
          Threatened future (what happens without agreement): <StateButton id={r.threatened.state} known={known} onExplain={onState} />
        </li>
        {r.doubts.map((d, i) => (
          <li key={`d${i}`}>{doubtSentence(d, names)}</li>
        ))}
        {open.map((p) => (
          <li key={p.party}>
            {capital(possessive(names.get(p.party) ?? p.party))} position leaves options open; read as the future
            {p.readings.length === 1 ? '' : 's'} it likes best:{' '}
            <StateList ids={p.readings} known={known} onExplain={onState} />
          </li>
        ))}
      </ul>
      <h4>Where the parties stand</h4>
      <ul class="board-notes">
        {r.pairs.map((p) => (
          <li key={`${p.a}-${p.b}`} class={p.phase}>
            <Said text={pairSentence(p, r, names, say)} known={known} onExplain={onState} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Dilemma({ d, names, known, onState }: Parts & { d: DilemmaItem }) {
  const toward = d.toward.map((t) => names.get(t) ?? t);
  return (
    <li class={`dilemma ${d.kind}`}>
      <h5>
        {d.title}
        {toward.length > 0 && <span class="muted"> toward {toward.join(', ')}</span>}
        {d.view && (
          <span class={`badge view ${d.view.agrees === true ? 'agrees' : d.view.agrees === false ? 'disagrees' : 'mixed'}`} title={d.view.title}>
            {d.view.label}
          </span>
        )}
        {d.doubt && (
          <span class="badge doubt" title={doubtSentence(d.doubt, names)}>
            doubted
          </span>
        )}
      </h5>
      <p class="sentence">
        <Said text={d.text} known={known} onExplain={onState} />
      </p>
      <p class="resolution">
        <strong>What resolves it:</strong> {d.resolution}.
      </p>
      {d.after && <p class="muted small-note">{d.after}</p>}
    </li>
  );
}

function ClassBadge({ k }: { k: HypergameClass }) {
  return (
    <span class={`badge cls-${k}`} title={CLASS_MEANING[k]}>
      {k}
    </span>
  );
}

function Perceptions({ r, concept, names, known, say, onState }: Parts & { r: PerceptionsResult; concept: string }) {
  const label = CONCEPTS.find((c) => c.id === concept)?.label ?? concept;
  const eq = r.equilibria[concept];
  const classes = eq?.classes ?? [];
  const mistaken = classes.filter((c) => c.class === 'H');
  const unsettled = classes.filter((c) => c.class === 'T');
  return (
    <>
      <p class="muted">
        Each decision maker analyses a game of its own: its true preferences, the others' preferences as it believes them, and only the
        states it can see. A hypergame equilibrium is a state every decision maker sees and believes stable for itself in its own game.
      </p>
      <div class="believers">
        {r.decisionMakers.map((d) => {
          const c = d.concepts[concept];
          const who = nameOf(names, d.id);
          return (
            <article class="card believer" key={d.id} aria-labelledby={`h-believes-${d.id}`}>
              <h4 id={`h-believes-${d.id}`}>What {who} believes</h4>
              <ul class="misbeliefs">
                {d.misbeliefs.length === 0 && <li>{capital(who)} sees the conflict as the model does.</li>}
                {d.misbeliefs.map((mb, i) => (
                  <li key={i}>
                    <Said text={misbeliefSentence(who, mb, names, say)} known={known} onExplain={onState} />
                  </li>
                ))}
              </ul>
              {c && (
                <dl class="facts">
                  <dt>Believes stable for everyone</dt>
                  <dd>
                    <StateList ids={c.believedEquilibria} known={known} onExplain={onState} />
                  </dd>
                  <dt>Believes stable for itself</dt>
                  <dd>
                    <StateList ids={c.believesStableForItself} known={known} onExplain={onState} />
                  </dd>
                  <dt>Truly stable for itself</dt>
                  <dd>
                    <StateList ids={c.stableForItself} known={known} onExplain={onState} />
                  </dd>
                  {c.wrongAt.length > 0 && (
                    <>
                      <dt>Wrong about itself at</dt>
                      <dd>
                        <StateList ids={c.wrongAt} known={known} onExplain={onState} />
                      </dd>
                    </>
                  )}
                </dl>
              )}
            </article>
          );
        })}
      </div>
      <h4 id="h-hyper">Hypergame equilibria under {label}</h4>
      {classes.length === 0 ? (
        <p class="muted">No state is a hypergame equilibrium or a true equilibrium under {label}.</p>
      ) : (
        <dl class="facts hyper-eq">
          {(['HT', 'H', 'T'] as const)
            .filter((k) => statesOfClass(r, concept, k).length > 0)
            .map((k) => (
              <Fragment key={k}>
                <dt>
                  <ClassBadge k={k} /> {CLASS_MEANING[k]}
                </dt>
                <dd>
                  <StateList ids={statesOfClass(r, concept, k)} known={known} onExplain={onState} />
                </dd>
              </Fragment>
            ))}
        </dl>
      )}
      <p class="muted small-note">
        <strong>HT</strong>: a hypergame equilibrium that is also a true equilibrium; <strong>H</strong>: a hypergame equilibrium that holds
        only because someone is mistaken; <strong>T</strong>: a true equilibrium that a mistaken belief or a blind spot unsettles.
      </p>
      <h4>Stable only because someone is mistaken</h4>
      {mistaken.length === 0 ? (
        <p class="muted">No state under {label}.</p>
      ) : (
        <ul class="mistaken">
          {mistaken.map((c) => (
            <li key={c.state}>
              <Said text={`${capital(say(c.state))} holds only because ${joined(mistakeClauses(c, r, names, say))}.`} known={known} onExplain={onState} />
            </li>
          ))}
        </ul>
      )}
      {unsettled.length > 0 && (
        <>
          <h4>True equilibria that a mistake unsettles</h4>
          <ul class="mistaken">
            {unsettled.map((c) => (
              <li key={c.state}>
                <Said text={`${capital(say(c.state))} is a true equilibrium, but ${joined(mistakeClauses(c, r, names, say))}.`} known={known} onExplain={onState} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Clauses that may hold commas: "a", "a; and b", "a; b; and c". */
function joined(clauses: string[]): string {
  const n = clauses.length;
  return n <= 1 ? clauses.join('') : `${clauses.slice(0, -1).join('; ')}; and ${clauses[n - 1]}`;
}
