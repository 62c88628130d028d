// The cards of the Evolution view: where the conflict starts, what it reaches, the paths, the deadlocks and the coalitions.
import { linkStates, pathStates, pathText, stableSets, type CoalitionsResult, type DeadlockT, type DeadlocksResult, type EvolutionResult, type EvoPath, type EvoStep } from './evolution';
import { stateLabel } from './filters';
import { CONCEPTS, type StateInfo } from './types';

export type Explain = (s: number) => void;

export type Known = Map<number, StateInfo>;

/** A state as a button that opens its explanation. */
export function StateButton({ id, known, onExplain, text }: { id: number; known: Known; onExplain: Explain; text?: string }) {
  const s = known.get(id);
  return (
    <button class="state-link" onClick={() => onExplain(id)} aria-label={`Explain state ${stateLabel(s, id)}`} title={s?.description}>
      {text ?? stateLabel(s, id)}
    </button>
  );
}

/** A list of states as buttons, at most {@code max} of them. */
export function StateList({ ids, known, onExplain, max = 40 }: { ids: number[] | undefined; known: Known; onExplain: Explain; max?: number }) {
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
export function Said({ text, known, onExplain }: { text: string; known: Known; onExplain: Explain }) {
  return (
    <>
      {linkStates(text, new Set(known.keys())).map((p, i) =>
        p.state === undefined ? p.text : <StateButton key={i} id={p.state} known={known} onExplain={onExplain} text={p.text} />,
      )}
    </>
  );
}

export const TARGET_CONCEPTS = ['nash', 'gmr', 'smr', 'seq', 'sim', 'seqsim'];

export const conceptLabel = (c: string) => CONCEPTS.find((x) => x.id === c)?.label ?? c;

export const capital = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

export const steps = (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`;

/** Sentences as a list, their states buttons that explain them. */
function SaidList({ texts, cls, known, onExplain }: { texts: string[]; cls?: string; known: Known; onExplain: Explain }) {
  return (
    <ul class={cls}>
      {texts.map((t, i) => (
        <li key={i}>
          <Said text={t} known={known} onExplain={onExplain} />
        </li>
      ))}
    </ul>
  );
}

export function Start({ r, known, onExplain }: { r: EvolutionResult; known: Known; onExplain: Explain }) {
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

export function Reach({ r, known, onExplain }: { r: EvolutionResult; known: Known; onExplain: Explain }) {
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

export function Paths({ r, known, onExplain, onShowPath }: { r: EvolutionResult; known: Known; onExplain: Explain; onShowPath: (p: number[]) => void }) {
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

export function PathCard({ p, r, known, onExplain, onShowPath }: { p: EvoPath; r: EvolutionResult; known: Known; onExplain: Explain; onShowPath: (p: number[]) => void }) {
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

export function Deadlocks({ r, known, onExplain, onShowPath, names }: { r: DeadlocksResult; known: Known; onExplain: Explain; onShowPath: (p: number[]) => void; names: Map<string, string> }) {
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

export function DeadlockCard({ d, r, known, onExplain, onShowPath, names }: { d: DeadlockT; r: DeadlocksResult; known: Known; onExplain: Explain; onShowPath: (p: number[]) => void; names: Map<string, string> }) {
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
      <SaidList cls="sentences" texts={d.sentences} known={known} onExplain={onExplain} />
      <button onClick={() => onShowPath(path)} aria-label={`Show the path ${pathText(path)} to ${d.label} in the State graph`}>
        Show path {pathText(path)} in the State graph
      </button>
    </article>
  );
}

/**
 * The stable states of each party (a coalition, a block) under each concept: a row per party,
 * named by its id with its members' names as a tooltip, and a column per concept.
 */
function PartyTable({
  cls,
  party,
  columns,
  rows,
  stable,
  known,
  onExplain,
}: {
  cls: string;
  party: string;
  columns: { id: string; label: string; title?: string }[];
  rows: { id: string; names: string }[];
  stable: (party: string, concept: string) => number[] | undefined;
  known: Known;
  onExplain: Explain;
}) {
  return (
    <div class="table-wrap">
      <table class={cls}>
        <thead>
          <tr>
            <th scope="col">{party}</th>
            {columns.map((c) => (
              <th scope="col" key={c.id} title={c.title}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.id}>
              <th scope="row" title={h.names}>
                {h.id}
              </th>
              {columns.map((c) => (
                <td key={c.id}>
                  <StateList ids={stable(h.id, c.id)} known={known} onExplain={onExplain} max={20} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Coalitions({ r, known, onExplain }: { r: CoalitionsResult; known: Known; onExplain: Explain }) {
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
                <SaidList cls="sentences" texts={r.evolution.coalitionMoves.map((g) => g.sentence)} known={known} onExplain={onExplain} />
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
                  <SaidList texts={b.sentences} known={known} onExplain={onExplain} />
                </div>
              ))}
              {(r.brokenCount ?? 0) > r.broken.length && <p class="muted">{(r.brokenCount ?? 0) - r.broken.length} more equilibria are broken by coalitions.</p>}
            </>
          )}
          <h4>Stable states for each coalition</h4>
          <PartyTable
            cls="stability coalitions"
            party="Coalition"
            columns={meanings.map((m) => ({ id: m.id, label: m.label, title: m.meaning }))}
            rows={r.coalitions}
            stable={(h, c) => stableSets(r, c)?.stableFor[h]}
            known={known}
            onExplain={onExplain}
          />
        </>
      )}
      {r.structure && <Structure r={r} known={known} onExplain={onExplain} />}
    </>
  );
}

export function Structure({ r, known, onExplain }: { r: CoalitionsResult; known: Known; onExplain: Explain }) {
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
      <PartyTable
        cls="stability"
        party="Block"
        columns={concepts.map((c) => ({ id: c, label: conceptLabel(c) }))}
        rows={s.blocks}
        stable={(b, c) => stableSets(s, c)!.stableFor[b]}
        known={known}
        onExplain={onExplain}
      />
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
