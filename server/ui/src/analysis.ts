import { useEffect, useState } from 'preact/hooks';
import { api, ApiFailure, modelPath } from './api';
import { requestConcepts } from './foresight';
import type { Job, JobAnswer, Problem, Result } from './types';
import type { ModelHandle } from './useModel';

// Results are kept per model and file version, so moving between the Analysis and the State graph
// tabs does not analyse again.
const cache = new Map<string, Result>();

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
  const [result, setResult] = useState<Result | null>(cache.get(key) ?? null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState('');
  const [details, setDetails] = useState<Problem[]>([]);
  const [running, setRunning] = useState(false);

  const run = async () => {
    await model.flush();
    setRunning(true);
    setError('');
    setDetails([]);
    try {
      let ans = await api<JobAnswer>('POST', modelPath(name, '/analyses'), { concepts, waitMs: 2000 });
      while (ans.job.status === 'running') {
        setJob(ans.job);
        await new Promise((r) => setTimeout(r, 400));
        ans = await api<JobAnswer>('GET', `/api/jobs/${ans.job.id}`);
      }
      setJob(ans.job);
      if (ans.job.status === 'cancelled') {
        setError('The analysis was cancelled.');
      } else if (ans.result) {
        cache.set(`${name}@${model.file?.sha256}@${concepts.join(',')}`, ans.result);
        setResult(ans.result);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setDetails(e instanceof ApiFailure ? e.details : []);
    } finally {
      setRunning(false);
    }
  };

  const cancel = async () => {
    if (job) await api<JobAnswer>('DELETE', `/api/jobs/${job.id}`);
  };

  useEffect(() => {
    const cached = cache.get(key);
    if (cached) {
      setResult(cached);
    } else if (current && model.validation?.ok && !running) {
      void run();
    } else if (model.validation && !model.validation.ok) {
      setResult(null);
    }
  }, [key, model.validation?.ok, current]);

  return {
    result,
    job,
    error,
    details,
    running,
    concepts: chosen,
    dmCount,
    setConcepts: (c) => {
      lastConcepts = c;
      setConceptsState(c);
    },
    run,
    cancel,
  };
}
