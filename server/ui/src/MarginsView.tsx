// The Margins card of the Beliefs tab: under probabilistic preferences (docs/semantics.md §5.5),
// each verdict of Nash, GMR, SMR and SEQ at the thresholds, and how close it is to flipping, from
// POST /api/models/{name}/margins.
import { useState } from 'preact/hooks';
import { modelPath } from './api';
import { JobFailure } from './controls';
import { flippable, hasProbabilities, statesOf, thresholdText, verdictCell, verdictOf, type MarginsRequest, type MarginsResult } from './margins';
import { useAnswer } from './useAnswer';
import type { ModelHandle } from './useModel';

const CONCEPT_LABELS: Record<string, string> = { nash: 'Nash', gmr: 'GMR', smr: 'SMR', seq: 'SEQ' };

export function MarginsView({
  name,
  model,
  ok,
  onState,
  say,
}: {
  name: string;
  model: ModelHandle;
  ok: boolean;
  onState: (s: number) => void;
  say: (s: number) => string;
}) {
  const [concept, setConcept] = useState('nash');
  const [threshold, setThreshold] = useState('');
  const stated = hasProbabilities(model.tree);
  const sha = model.file?.sha256 ?? '';
  const body: MarginsRequest = threshold.trim() ? { threshold: threshold.trim() } : {};
  const ans = useAnswer<MarginsResult>(
    ok && stated ? { path: modelPath(name, '/margins'), body, key: `margins@${name}@${sha}@${threshold.trim()}` } : null,
    model.flush,
  );
  const r = ans.result;
  const dms = r?.thresholds.map((t) => t.decisionMaker ?? '') ?? [];
  return (
    <section class="card" aria-labelledby="h-margins">
      <h3 id="h-margins">How close each verdict is to flipping</h3>
      {!stated ? (
        <p class="summary good">
          The model states no probabilities (<code>probabilities:</code> under a decision maker's preferences), so every verdict is the
          usual one and holds for every threshold. See “Probabilistic preferences” in <code>docs/model-format.md</code>.
        </p>
      ) : (
        <>
          <div class="row">
            <label class="field small">
              <span>Concept</span>
              <select value={concept} onChange={(e) => setConcept((e.target as HTMLSelectElement).value)}>
                {Object.entries(CONCEPT_LABELS).map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label class="field small">
              <span>Threshold</span>
              <input
                value={threshold}
                placeholder="the model's"
                aria-describedby="margins-threshold-help"
                onChange={(e) => setThreshold((e.target as HTMLInputElement).value)}
              />
            </label>
            <p id="margins-threshold-help" class="muted grow">
              0.6 for everyone, RU=0.4 for one decision maker; a move counts when its probability is above the threshold.
            </p>
          </div>
          {ans.running && (
            <p class="job" role="status">
              Computing the margins…
            </p>
          )}
          <JobFailure state={ans} />
          {r && (
            <>
              <p class="summary">{r.bottomLine}</p>
              <table class="stability" aria-label={`${CONCEPT_LABELS[concept]} verdicts at ${thresholdText(r)}`}>
                <thead>
                  <tr>
                    <th scope="col">State</th>
                    {dms.map((d) => (
                      <th scope="col" key={d}>
                        {d}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {statesOf(r).map((s) => (
                    <tr key={s}>
                      <th scope="row">
                        <button class="link" onClick={() => onState(s)}>
                          {say(s)}
                        </button>
                      </th>
                      {dms.map((d) => {
                        const v = verdictOf(r, concept, d, s);
                        return <td key={d}>{v ? verdictCell(v) : ''}</td>;
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
              <ul class="margins">
                {flippable(r, concept).map((v) => (
                  <li key={`${v.decisionMaker}-${v.state}`}>{v.sentence}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
