import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiFailure, modelPath } from './api';
import { CONCEPTS, type Explanations, type ExplanationT, type Move } from './types';

/**
 * Why a state is or is not stable, per decision maker, in sentences; every state a sentence
 * mentions is a button that explains that state in turn, so an explanation can be followed.
 */
export function ExplainPanel({
  name,
  sha,
  state,
  concept,
  onState,
  onHighlight,
  takeFocus,
  back,
}: {
  name: string;
  sha: string;
  state: number;
  concept: string;
  onState: (s: number) => void;
  onHighlight?: (moves: Move[], state: number) => void;
  /**
   * Each new value focuses the heading: the parent counts the explanations asked for by a button
   * outside the panel (e.g. "Why?"); other changes (a concept chosen) leave the focus where it is.
   */
  takeFocus?: number;
  /** A control (and Escape) that returns focus to where the explanation was asked for. */
  back?: { label: string; onBack: () => void };
}) {
  const [answer, setAnswer] = useState<{ key: string; a: Explanations } | null>(null);
  const [error, setError] = useState('');
  const [focus, setFocus] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    setError('');
    api<Explanations>('GET', `${modelPath(name, '/explain')}?state=${state}&concept=${concept}`)
      .then((a) => {
        if (!live) return;
        setAnswer({ key: `${state}/${concept}`, a });
        setFocus(0);
        onHighlight?.(movesOf(a.explanations), state);
      })
      .catch((e) => live && setError(e instanceof ApiFailure ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [name, sha, state, concept]);

  // each explanation asked for outside the panel takes the focus, on its heading
  useEffect(() => {
    if (takeFocus !== undefined) heading.current?.focus();
  }, [takeFocus]);

  // a followed state: the button pressed is gone once the explanation changes, so the focus goes to
  // the heading, which stays while the next explanation loads
  const follow = (t: number) => {
    heading.current?.focus();
    onState(t);
  };

  const current = answer !== null && answer.key === `${state}/${concept}` ? answer.a : null;
  const label = CONCEPTS.find((c) => c.id === concept)?.label ?? concept;
  const stableAll = current?.explanations.every((e) => e.stable) ?? false;
  return (
    <section
      class="explain"
      aria-live="polite"
      aria-busy={current === null && !error}
      aria-label={`Explanation of state ${state}`}
      onKeyDown={(e) => {
        if (back && e.key === 'Escape') {
          e.preventDefault();
          back.onBack();
        }
      }}
    >
      <div class="explain-head">
        <h3 tabIndex={-1} ref={heading}>
          {error
            ? `State ${state} could not be explained`
            : current
              ? `Why ${current.label} is ${stableAll ? '' : 'not '}stable under ${label}`
              : `Explaining state ${state} under ${label}…`}
        </h3>
        {back && (
          <button type="button" class="small back" onClick={back.onBack} title="Escape does the same">
            {back.label}
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {current && <p class="muted">{current.state.description}</p>}
      {current?.explanations.map((e, i) => (
        <div
          class={`verdict ${e.stable ? 'stable' : 'unstable'}`}
          key={i}
          onMouseEnter={() => {
            setFocus(i);
            onHighlight?.(movesOf([e]), state);
          }}
        >
          <h4>
            {e.decisionMakerName ?? e.decisionMaker}: {e.stable ? 'stable' : 'unstable'} under {label}
          </h4>
          <ul>
            {e.sentences.map((s, k) => (
              <li key={k}>{s}</li>
            ))}
          </ul>
          {e.improvements.length > 0 && (
            <p class="follow">
              Follow:{' '}
              {uniqueStates(e).map((t) => (
                <button class="state-link" key={t} onClick={() => follow(t)} aria-label={`Explain state ${t}`}>
                  state {t}
                </button>
              ))}
            </p>
          )}
        </div>
      ))}
      {current && focus >= current.explanations.length && null}
    </section>
  );
}

function movesOf(es: ExplanationT[]): Move[] {
  const out: Move[] = [];
  for (const e of es) {
    for (const imp of e.improvements) {
      out.push({ by: e.decisionMaker, from: e.state, to: imp.to });
      for (const m of imp.sanction?.moves ?? []) out.push(m);
    }
  }
  return out;
}

function uniqueStates(e: ExplanationT): number[] {
  const s = new Set<number>();
  for (const imp of e.improvements) {
    s.add(imp.to);
    for (const m of imp.sanction?.moves ?? []) s.add(m.to);
    if (imp.sanction) s.add(imp.sanction.end);
  }
  s.delete(e.state);
  return [...s].sort((a, b) => a - b);
}
