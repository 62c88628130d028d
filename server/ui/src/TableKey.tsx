// The key beside the stability table: every symbol and abbreviation the table uses, in words
// (docs/workbench.md, "Analysis"; the concepts are defined in docs/semantics.md).
import { Fragment } from 'preact';
import { conceptLabel, conceptMeaning } from './foresight';
import type { Result } from './types';

export function TableKey({ result, columns, explainUnder }: { result: Result; columns: string[]; explainUnder: string }) {
  const dms = result.decisionMakers;
  const example = dms.slice(0, 2).map((d) => d.id).join(' ');
  return (
    <aside class="table-key" aria-labelledby="table-key-h">
      <h4 id="table-key-h">Key to the table</h4>
      <dl>
        <dt>State</dt>
        <dd>
          the state's number (and name, if it has one); <span class="badge">SQ</span> marks the status quo.
        </dd>
        <dt>Y/N</dt>
        <dd>one letter per option, in the order of the numbered list above: Y taken, N not taken.</dd>
        <dt>
          <span class="eq-sample">★ eq</span>
        </dt>
        <dd>an equilibrium under the column's concept: stable for every decision maker.</dd>
        <dt>{example}</dt>
        <dd>
          stable only for the decision makers named, by id:{' '}
          {dms.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ', '}
              <abbr title={d.name}>{d.id}</abbr> {d.name}
            </span>
          ))}
          .
        </dd>
        <dt>–</dt>
        <dd>stable for no one under the column's concept.</dd>
        {columns.map((c) => (
          <Fragment key={c}>
            <dt>{conceptLabel(c)}</dt>
            <dd>{conceptMeaning(c)}.</dd>
          </Fragment>
        ))}
        <dt>Why?</dt>
        <dd>explains the state under {conceptLabel(explainUnder)}, the concept chosen under “Cards and explanations under”.</dd>
      </dl>
    </aside>
  );
}
