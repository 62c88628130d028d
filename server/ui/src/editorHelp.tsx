// Help beside the model editor's fields: which letter of a Y/N string is which option, how a state
// is typed, and the statement language, each with examples from the model being edited.
import { createContext } from 'preact';
import { stateExamples } from './stateText';

/**
 * Rows just added to the form, by JSON pointer: their problems wait until the row is typed in or
 * left ({@code touch}), so that a new, still empty row does not start with an error.
 */
export const FreshRows = createContext<{ add: (pointer: string) => void; touch: (pointer: string) => void }>({
  add: () => {},
  touch: () => {},
});

/** The options in the order of the letters of a Y/N/- string. */
export function YnKey({ options }: { options: string[] }) {
  if (options.length === 0) return null;
  return (
    <p class="yn-key muted" aria-label="Letters of a Y/N string">
      Y/N letters, in order:{' '}
      {options.map((o, i) => (
        <span key={o + i} class="yn-letter">
          <b>{i + 1}</b> {o}
          {i < options.length - 1 ? ' · ' : ''}
        </span>
      ))}
    </p>
  );
}

/** How a state can be typed, with examples that the field takes, from this model. */
export function StateHint({ options, named, numbers, state }: { options: string[]; named: string[]; numbers?: boolean; state?: string }) {
  const ex = stateExamples(options, named, state);
  return (
    <span class="state-hint muted">
      {ex.named && (
        <>
          a named state (<code>{ex.named}</code>),{' '}
        </>
      )}
      a Y/N/- string (<code>{ex.yn}</code>, one letter per option, <code>-</code> either)
      {numbers ? ', a state number (' : ''}
      {numbers && <code>1</code>}
      {numbers ? ')' : ''} or option values (<code>{ex.values}</code>)
    </span>
  );
}

/** Examples of statements built from this model's options. */
export function statementExamples(options: string[]): string[] {
  const a = options[0] ?? 'a';
  const b = options[1] ?? options[0] ?? 'b';
  const c = options[2] ?? b;
  return [`${a} & -${b}`, `${a} | ${c}`, `${a} IF ${b}`, `-(${a} IFF ${c})`];
}

/** The statement language, in short, beside the statements box. */
export function StatementHelp({ options }: { options: string[] }) {
  return (
    <aside class="statement-help" aria-label="The statement language">
      <strong>Statements</strong>
      <p class="muted">One per line, most important first; each is a condition on the options.</p>
      <table>
        <tbody>
          <tr>
            <td>
              <code>{options[0] ?? 'sign'}</code>
            </td>
            <td>an option id: the option is taken</td>
          </tr>
          <tr>
            <td>
              <code>-a</code>
            </td>
            <td>not taken (also <code>not a</code>)</td>
          </tr>
          <tr>
            <td>
              <code>a &amp; b</code>
            </td>
            <td>both</td>
          </tr>
          <tr>
            <td>
              <code>a | b</code>
            </td>
            <td>at least one</td>
          </tr>
          <tr>
            <td>
              <code>a IF b</code>
            </td>
            <td>a whenever b (true when b is not taken)</td>
          </tr>
          <tr>
            <td>
              <code>a IFF b</code>
            </td>
            <td>both or neither</td>
          </tr>
          <tr>
            <td>
              <code>( )</code>
            </td>
            <td>grouping; NOT binds tightest, then &amp;, |, IF/IFF</td>
          </tr>
        </tbody>
      </table>
      <p class="muted">
        From this model:{' '}
        {statementExamples(options).map((e, i) => (
          <span key={i}>
            {i > 0 && ', '}
            <code>{e}</code>
          </span>
        ))}
        .
      </p>
    </aside>
  );
}
