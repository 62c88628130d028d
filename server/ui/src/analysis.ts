import { useEffect, useState } from 'preact/hooks';
import { modelPath } from './api';
import { requestConcepts } from './foresight';
import type { JobRequest } from './jobs';
import type { AnalysisRequest, Job, Problem, Result } from './types';
import { useJob } from './useJob';
import type { ModelHandle } from './useModel';

// Results are kept per model and file version, so moving between the Analysis and the State graph
// tabs does not analyse again.
const cache = new Map<string, unknown>();

export type AnalysisState = {
  result: Result | null;
  job: Job | null;
  error: string;
  details: Problem[];
  running: boolean;
  concepts: string[];
  /** The model's number of decision makers (L_h and NM need two), when known. */
  dmCount: number | undefined;
  setConcepts: (c: string[]) => void;
  run: () => Promise<void>;
  cancel: () => Promise<void>;
};

let lastConcepts = ['nash', 'gmr', 'smr', 'seq', 'sim', 'seqsim'];

export function useAnalysis(name: string, model: ModelHandle): AnalysisState {
  const [chosen, setConceptsState] = useState<string[]>(lastConcepts);
  // L_h and NM are for two decision makers: left out of the request for other models
  // while another model is still loaded (just after switching), nothing is known of this one
  const current = model.file?.name === name;
  const dmCount = current ? (model.validation?.summary?.decisionMakers ?? model.tree?.decisionMakers?.length) : undefined;
  const graphForm = current && model.validation?.summary?.options === 0; // states and moves only
  const concepts = requestConcepts(chosen, dmCount, graphForm);
  const key = `${name}@${model.file?.sha256}@${concepts.join(',')}`;
  const body: AnalysisRequest = { concepts };
  const request: JobRequest = { path: modelPath(name, '/analyses'), body, key };
  const job = useJob<Result>({ cache, cancelledMessage: 'The analysis was cancelled.', flush: model.flush, initialKey: key });

  useEffect(() => {
    if (job.show(key)) return;
    if (current && model.validation?.ok && !job.running) void job.run(request);
    else if (model.validation && !model.validation.ok) job.clear();
  }, [key, model.validation?.ok, current]);

  return {
    result: job.result,
    job: job.job,
    error: job.error,
    details: job.details,
    running: job.running,
    concepts: chosen,
    dmCount,
    setConcepts: (c) => {
      lastConcepts = c;
      setConceptsState(c);
    },
    run: async () => {
      await job.run(request);
    },
    cancel: job.cancel,
  };
}
