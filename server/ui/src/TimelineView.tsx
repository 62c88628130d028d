// The Timeline tab: the model's phases or rounds of talks (`timeline:`) drawn as a horizontal
// timeline, one card per phase, from POST /api/models/{name}/timeline (docs/workbench.md,
// docs/semantics.md §7). The bottom line above; on each card where the status quo stands and the
// equilibria; from the second card on what the phase changes, on what basis, and which verdicts it
// turns and why.
import { useRef } from 'preact/hooks';
import { modelPath } from './api';
import { JobFailure } from './controls';
import { ProblemList } from './Editor';
import {
  cardKey,
  changesText,
  equilibriaGroups,
  hasTimeline,
  phaseTitle,
  sourceTitle,
  standing,
  standingKind,
  stateText,
  timelineSnippet,
  verdictChanges,
  type Phase,
  type TimelineRequest,
  type TimelineResult,
} from './timeline';
import type { ModelTree } from './types';
import { useAnswer } from './useAnswer';
import type { ModelHandle } from './useModel';

export function TimelineView({ name, model }: { name: string; model: ModelHandle }) {
  const v = model.validation;
  const ok = model.file?.name === name && !!v?.ok;
  const sha = model.file?.sha256 ?? '';
  const has = hasTimeline(model.tree);
  // the default concepts: all six, or the four of a graph-form model
  const body: TimelineRequest = {};
  const r = useAnswer<TimelineResult>(ok && has ? { path: modelPath(name, '/timeline'), body, key: `timeline@${name}@${sha}` } : null, model.flush);

  if (v && !v.ok) {
    return (
      <div class="timeline-view">
        <p class="summary bad">The model has problems; fix them in the Model tab to see its phases.</p>
        <ProblemList problems={v.problems} />
      </div>
    );
  }
  if (!has) return <NoTimeline snippet={timelineSnippet(model.tree)} />;
  return (
    <div class="timeline-view">
      {r.running && (
        <p class="job" role="status">
          Analysing each phase…
        </p>
      )}
      <JobFailure state={r} />
      {r.result && <Timeline r={r.result} tree={model.tree} />}
    </div>
  );
}

function NoTimeline({ snippet }: { snippet: string }) {
  return (
    <div class="timeline-view no-drama">
      <div>
        <p>
          <strong>This model has no phases (<code>timeline:</code>)</strong>, so there is no timeline to draw.
        </p>
        <p>
          A timeline names the model as written (its first phase) and lists the later phases or rounds of talks, each with what it
          changes — a decision maker's preferences, infeasible states, an option's reversibility or the status quo — and on what basis.
          Add it to the model in the File tab, as in the example beside; the section “Phases and rounds” of <code>docs/model-format.md</code>{' '}
          describes it, and <code>parley timeline MODEL</code> gives the same findings on the command line.
        </p>
      </div>
      <pre class="snippet" aria-label="A timeline to add to the model">
        <code>{snippet}</code>
      </pre>
    </div>
  );
}

function Timeline({ r, tree }: { r: TimelineResult; tree: ModelTree | null }) {
  const cards = useRef<(HTMLElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, k: number) => {
    // only when the card itself has the focus, not a control inside it
    if (e.target !== e.currentTarget) return;
    const next = cardKey(e.key, k, r.phases.length);
    if (next < 0) return;
    e.preventDefault();
    cards.current[next]?.focus();
  };
  return (
    <>
      <p class="bottom-line">
        <strong>Bottom line.</strong> {r.bottomLine}
      </p>
      <p class="muted small-note">
        {r.phases.length} phases, each analysed from its own status quo. Move between the cards with the arrow keys; the Analysis tab
        shows the first phase, the model as written.
      </p>
      <ol class="timeline" aria-label="Phases">
        {r.phases.map((p, k) => (
          <li key={p.id}>
            <article
              class="card phase"
              tabIndex={0}
              aria-labelledby={`h-phase-${k}`}
              ref={(el) => {
                cards.current[k] = el;
              }}
              onKeyDown={(e) => onKey(e, k)}
            >
              <header>
                <h3 id={`h-phase-${k}`}>{phaseTitle(p, k)}</h3>
                {p.date && <p class="date">{p.date}</p>}
              </header>
              {k > 0 && <Changes phases={r.phases} k={k} tree={tree} />}
              <Standing p={p} />
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}

function Changes({ phases, k, tree }: { phases: Phase[]; k: number; tree: ModelTree | null }) {
  const p = phases[k];
  const changes = verdictChanges(phases, k);
  const source = sourceTitle(tree, p.source);
  return (
    <section class="phase-changes" aria-labelledby={`h-changes-${k}`}>
      <h4 id={`h-changes-${k}`}>What changes</h4>
      <p class="changes">{changesText(p)}</p>
      {(p.quote || p.note) && (
        <div class="basis">
          {p.quote && (
            <figure>
              <blockquote>{p.quote}</blockquote>
              {source && <figcaption>— {source}</figcaption>}
            </figure>
          )}
          {p.note && <p class="note">{p.note}</p>}
        </div>
      )}
      <h4>Verdicts that change</h4>
      {changes.length === 0 ? (
        <p class="muted">No verdict changes: the same states are equilibria as in the phase before.</p>
      ) : (
        <ul class="verdict-changes">
          {changes.map((c, i) => (
            <li key={i} class={c.gained ? 'gained' : 'lost'}>
              {c.sentence}
            </li>
          ))}
        </ul>
      )}
      {(p.deadlockChanges ?? []).length > 0 && (
        <>
          <h4>Deadlocks that change</h4>
          <ul class="deadlock-changes">
            {(p.deadlockChanges ?? []).map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Standing({ p }: { p: Phase }) {
  const deadlocks = p.deadlocks ?? [];
  return (
    <section class="phase-standing">
      <h4>Where the conflict stands</h4>
      <p class={`standing ${standingKind(p)}`}>{standing(p)}</p>
      <h5 id={`h-eq-${p.id}`}>Equilibria</h5>
      <dl class="phase-eq" aria-labelledby={`h-eq-${p.id}`}>
        {equilibriaGroups(p).map((g) => (
          <div key={g.label}>
            <dt>{g.label}</dt>
            <dd>
              {g.states.length === 0 ? (
                <span class="muted">no equilibrium</span>
              ) : (
                <ul>
                  {g.states.map((s) => (
                    <li key={s.number}>
                      {stateText(s)}
                      {p.statusQuo?.number === s.number && (
                        <>
                          {' '}
                          <span class="badge sq">status quo</span>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {deadlocks.length > 0 && (
        <details class="deadlocks">
          <summary>
            {deadlocks.length === 1 ? 'One deadlock holds the status quo' : `${deadlocks.length} deadlocks hold the status quo`}
          </summary>
          <ul>
            {deadlocks.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
