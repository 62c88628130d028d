// Controls the views share: a labelled choice, and a job's progress and failure.
import { type ComponentChildren } from 'preact';
import { ProblemList } from './Editor';
import type { JobState } from './useJob';

/** One choice of a select: the value it stands for, the words shown, and an optional tooltip. */
export type Choice = { value: string | number; label: ComponentChildren; title?: string; disabled?: boolean };

/**
 * A labelled select, as the views' controls are: `<label class="field small"><span>Label</span>
 * <select>…</select></label>`. `onChange` gets the chosen value as text.
 */
export function SelectField({
  label,
  value,
  onChange,
  choices,
  wide,
  ariaLabel,
}: {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  choices: Choice[];
  /** `field grow` instead of `field small`. */
  wide?: boolean;
  ariaLabel?: string;
}) {
  return (
    <label class={wide ? 'field grow' : 'field small'}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)} aria-label={ariaLabel}>
        {choices.map((c) => (
          <option key={c.value} value={c.value} title={c.title} disabled={c.disabled}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A checkbox per item, to choose some of them, at least one: `onChoose` gets the ids chosen after a
 * change, in the items' order (a change that would leave none is ignored).
 */
export function CheckList({
  items,
  chosen,
  onChoose,
  cls,
}: {
  items: { id: string; label: string; title?: string }[];
  chosen: string[];
  onChoose: (ids: string[]) => void;
  cls?: string;
}) {
  return (
    <>
      {items.map((c) => (
        <label key={c.id} title={c.title} class={cls}>
          <input
            type="checkbox"
            checked={chosen.includes(c.id)}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              const next = items.map((x) => x.id).filter((id) => (id === c.id ? on : chosen.includes(id)));
              if (next.length > 0) onChoose(next);
            }}
          />{' '}
          {c.label}
        </label>
      ))}
    </>
  );
}

/** The decision makers as choices: each by its id, shown by its name. */
export const dmChoices = (dms: { id: string; name: string }[]): Choice[] => dms.map((d) => ({ value: d.id, label: d.name }));

/** A running job: what it is doing (the children), its progress bar and a button to cancel it. */
export function JobProgress<T>({ state, children }: { state: JobState<T>; children: ComponentChildren }) {
  if (!state.running) return null;
  const p = state.job?.progress;
  return (
    <div class="job" role="status">
      {children}
      {p && <progress max={p.total || 1} value={p.done} />}
      {state.job && <button onClick={() => void state.cancel()}>Cancel</button>}
    </div>
  );
}

/** A failed job or request: its message and the problems it names. */
export function JobFailure({ state }: { state: Pick<JobState<unknown>, 'error' | 'details'> }) {
  if (!state.error) return null;
  return (
    <div role="alert">
      <p class="error">{state.error}</p>
      <ProblemList problems={state.details} />
    </div>
  );
}
