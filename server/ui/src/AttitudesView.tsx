// The attitudes section of the Beliefs tab: how the parties regard each other (the model's
// `attitudes:`, or self-interested ones when it has none) and the relational equilibria under RNash,
// RGMR, RSMR and RSEQ beside the standard ones, from POST /api/models/{name}/attitudes
// (docs/workbench.md, docs/semantics.md §3.4, §5.3).
import { JobFailure } from './controls';
import { StateList, type Known } from './EvolutionCards';
import { attitudeRows, changeSummary, conceptsOf, relationalLabel, type AttitudesResult } from './attitudes';
import type { Names } from './beliefs';
import type { Problem } from './types';

type Answer = { result: AttitudesResult | null; error: string; details: Problem[]; running: boolean };

export function AttitudesView({
  ans,
  names,
  known,
  onState,
}: {
  ans: Answer;
  names: Names;
  known: Known;
  onState: (s: number) => void;
}) {
  const r = ans.result;
  const order = [...names.keys()];
  return (
    <section class="card attitudes" aria-labelledby="h-attitudes">
      <h3 id="h-attitudes">Attitudes and relational equilibria</h3>
      {ans.running && (
        <p class="job" role="status">
          Analysing under the attitudes…
        </p>
      )}
      <JobFailure state={ans} />
      {r && (
        <>
          {r.attitudes.declared ? (
            <>
              <p class="muted">
                How each decision maker (row) regards each (column): + devoting (weighs its preference as its own), 0 neutral (ignores
                it), − aggressive (reverses it); {r.attitudes.reading} reading.
              </p>
              <table class="attitude-matrix">
                <thead>
                  <tr>
                    <th scope="col">Attitude of … towards</th>
                    {order.map((id) => (
                      <th key={id} scope="col">
                        {names.get(id) ?? id}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {attitudeRows(r, order, names).map(([who, ...signs], i) => (
                    <tr key={order[i]}>
                      <th scope="row">{who}</th>
                      {signs.map((s, j) => (
                        <td key={order[j]}>{s}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p class="summary">
              The model declares no attitudes (<code>attitudes:</code>), so each decision maker is taken as self-interested: the
              relational equilibria differ from the standard ones only where someone is indifferent between two states. The section
              “Attitudes” of <code>docs/model-format.md</code> shows how to declare them.
            </p>
          )}
          <table class="relational">
            <thead>
              <tr>
                <th scope="col">Concept</th>
                <th scope="col">Equilibria</th>
                <th scope="col">Become stable</th>
                <th scope="col">Cease to be stable</th>
              </tr>
            </thead>
            <tbody>
              {conceptsOf(r).map(({ id, c }) => (
                <tr key={id} title={changeSummary(id, c, r.attitudes.declared)}>
                  <th scope="row">{relationalLabel(id)}</th>
                  <td>
                    <StateList ids={c.equilibria} known={known} onExplain={onState} />
                  </td>
                  <td>
                    <StateList ids={c.becomeStable} known={known} onExplain={onState} />
                  </td>
                  <td>
                    <StateList ids={c.ceaseToBeStable} known={known} onExplain={onState} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul class="relational-summary">
            {conceptsOf(r).map(({ id, c }) => (
              <li key={id}>{changeSummary(id, c, r.attitudes.declared)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
