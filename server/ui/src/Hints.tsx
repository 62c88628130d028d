import type { Hint } from './types';

/** The model checker's hints: likely modelling mistakes, shown apart from (and unlike) problems. */
export function HintList({ hints, title }: { hints: Hint[]; title?: string }) {
  if (hints.length === 0) return null;
  return (
    <details class="hints" open={hints.length <= 5}>
      <summary>
        {title ?? 'Hints'}: {hints.length} {hints.length === 1 ? 'likely modelling mistake' : 'likely modelling mistakes'} to look at (not errors; the model
        can be analysed)
      </summary>
      <ul>
        {hints.map((h, i) => (
          <li key={i}>
            {h.line > 0 && <span class="where">line {h.line}</span>} {h.message} <span class="kind">{h.kind}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
