// Payoffs and the ranking preview in the model editor.
import { useContext, useEffect, useState } from 'preact/hooks';
import { FreshRows } from './editorHelp';
import { removeAt, replaceAt } from './edit';
import { stateToText, textToState } from './stateText';
import { parseValue, setPayoff, type Payoff } from './prefs';
import { type StateInfo, type StateRef, type Validation } from './types';
import { val, Buffered } from './editorFields';

/** A payoff cell: keeps what is typed; a number is taken at once, an empty cell removes the value. */
export function ValueCell({ label, value, onValue }: { label: string; value: number | undefined; onValue: (v: number | null) => void }) {
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
export function PayoffTable({
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

export function refLabel(r: StateRef | undefined): string {
  return r === undefined ? '(none)' : stateToText(r);
}

/** Payoffs as written (a state reference and a value per line), when the states cannot be listed. */
export function PayoffEntries({
  dm,
  at,
  payoffs,
  stateCount,
  onChange,
}: {
  dm: string;
  /** The JSON pointer of the payoffs, for rows just added (FreshRows). */
  at: string;
  payoffs: Payoff[];
  stateCount?: number;
  onChange: (p: Payoff[]) => void;
}) {
  const fresh = useContext(FreshRows);
  const toRef = (t: string): StateRef => textToState(t);
  return (
    <div class="payoffs">
      <p class="muted">
        {stateCount && stateCount > 0
          ? `This model has ${stateCount} states, too many to list: give each value with a state reference (a named state, a Y/N/- string — '-' matches both — or option=Y, other=N).`
          : 'The states are listed here once the options and infeasibility rules are sound; meanwhile, give each value with a state reference (a named state, a Y/N/- string or a state number).'}
      </p>
      {payoffs.map((p, i) => (
        <div class="row" key={i} onFocusOut={() => fresh.touch(`${at}/${i}`)}>
          <label class="field small">
            <span>State</span>
            <Buffered
              value={refLabel(p.state)}
              canon={(t) => refLabel(toRef(t))}
              onText={(t) => {
                fresh.touch(`${at}/${i}`);
                onChange(replaceAt(payoffs, i, { ...p, state: toRef(t) }));
              }}
            />
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
      <button
        onClick={() => {
          fresh.add(`${at}/${payoffs.length}`);
          onChange([...payoffs, { state: '', value: 0 }]);
        }}
      >
        Add payoff
      </button>
    </div>
  );
}

/**
 * The ranking the preferences give, best first: the server's for a sound model, or, for payoffs,
 * computed here from the values as they are typed (`local`), so that it follows every keystroke.
 */
export function RankingPreview({
  dm,
  validation,
  sound,
  local,
}: {
  dm: string;
  validation: Validation | null;
  /** The last sound check: its ranking is shown, marked out of date, while the model has errors. */
  sound?: Validation | null;
  local?: { tiers: number[][]; missing: number[] };
}) {
  const current = local ? local.tiers : validation?.rankings?.[dm];
  const stale = !current && validation !== null && !validation.ok && !!sound?.rankings?.[dm];
  const tiers = current ?? (stale ? sound!.rankings![dm] : undefined);
  const states = new Map(((stale ? sound : validation)?.states ?? []).map((s) => [s.id, s]));
  return (
    <div class={`preview${stale ? ' stale' : ''}`} aria-label={`Ranking of ${dm}, best first`}>
      <strong>Ranking, best first</strong>
      {stale && (
        <p class="stale-note" role="status">
          Out of date until the model is sound again: this is the ranking before the last change.
        </p>
      )}
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
