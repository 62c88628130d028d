import { useEffect, useState } from 'preact/hooks';
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
}: {
  name: string;
  sha: string;
  state: number;
  concept: string;
  onState: (s: number) => void;
  onHighlight?: (moves: Move[], state: number) => void;
}) {
  const [answer, setAnswer] = useState<Explanations | null>(null);
  const [error, setError] = useState('');
  const [focus, setFocus] = useState(0);

  useEffect(() => {
    let live = true;
    setError('');
    api<Explanations>('GET', `${modelPath(name, '/explain')}?state=${state}&concept=${concept}`)
      .then((a) => {
        if (!live) return;
        setAnswer(a);
        setFocus(0);
        onHighlight?.(movesOf(a.explanations), state);
      })
      .catch((e) => live && setError(e instanceof ApiFailure ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [name, sha, state, concept]);

  if (error) return <p class="error" role="alert">{error}</p>;
  if (!answer) return <p class="muted">Explaining state {state}…</p>;
  const label = CONCEPTS.find((c) => c.id === concept)?.label ?? concept;
  const stableAll = answer.explanations.every((e) => e.stable);
  return (
    <section class="explain" aria-live="polite" aria-label={`Explanation of state ${state}`}>
      <h3>
        Why {answer.label} is {stableAll ? '' : 'not '}stable under {label}
      </h3>
      <p class="muted">{answer.state.description}</p>
      {answer.explanations.map((e, i) => (
        <div class={`verdict ${e.stable ? 'stable' : 'unstable'}`} key={i} onMouseEnter={() => { setFocus(i); onHighlight?.(movesOf([e]), state); }}>
          <h4>
            {e.decisionMakerName ?? e.decisionMaker}: {e.stable ? 'stable' : 'unstable'}
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
                <button class="state-link" key={t} onClick={() => onState(t)} aria-label={`Explain state ${t}`}>
                  state {t}
                </button>
              ))}
            </p>
          )}
        </div>
      ))}
      {focus >= answer.explanations.length && null}
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
