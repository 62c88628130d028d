import { useRef, useState } from 'preact/hooks';
import { api, ApiFailure } from './api';
import { cancelJob, exportReport, type ReportFormat } from './exporter';
import type { Job, Problem } from './types';
import type { ModelHandle } from './useModel';

const ITEMS: { format: ReportFormat; label: string; what: string }[] = [
  { format: 'html', label: 'Briefing (HTML)', what: 'the HTML briefing' },
  { format: 'pdf', label: 'Briefing (PDF)', what: 'the PDF briefing' },
  { format: 'md', label: 'Briefing (Markdown)', what: 'the Markdown briefing' },
  { format: 'csv', label: 'Stability table (CSV)', what: 'the stability table' },
  { format: 'json', label: 'Full result (JSON)', what: 'the full result' },
];

type Running = { what: string; job: Job | null };

/** Starts a download of a URL, as a click on a link would. */
function download(href: string, fileName: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/**
 * Export (top right): each report is made by a job on the server (the latest saved version of the
 * model), with its progress shown and a Cancel button, and downloaded once done.
 */
export function ExportMenu({ name, model }: { name: string; model: ModelHandle }) {
  const [running, setRunning] = useState<Running | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [details, setDetails] = useState<Problem[]>([]);
  const [ready, setReady] = useState<{ href: string; fileName: string } | null>(null);
  const [again, setAgain] = useState<{ href: string; fileName: string } | null>(null);
  const jobId = useRef<string | null>(null);

  const start = async (format: ReportFormat, what: string, open: boolean) => {
    setMessage('');
    setError('');
    setDetails([]);
    setReady(null);
    setAgain(null);
    setRunning({ what, job: null });
    try {
      await model.flush();
      const out = await exportReport(name, format, {
        api,
        onJob: (job) => {
          jobId.current = job.id;
          setRunning({ what, job });
        },
      });
      if (out.status === 'cancelled') {
        setMessage(`Export of ${what} cancelled.`);
      } else if (open) {
        setReady({ href: out.href, fileName: out.file.fileName });
        setMessage('The briefing is ready.');
      } else {
        download(out.download, out.file.fileName);
        setAgain({ href: out.download, fileName: out.file.fileName });
        setMessage(`Downloaded ${out.file.fileName}.`);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setDetails(e instanceof ApiFailure ? e.details : []);
    } finally {
      jobId.current = null;
      setRunning(null);
    }
  };

  const cancel = async () => {
    if (!jobId.current) return;
    try {
      await cancelJob(jobId.current, api);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const p = running?.job?.progress;
  return (
    <details class="export">
      <summary>Export</summary>
      <div class="menu">
        {ITEMS.map((it) => (
          <button type="button" class="link" key={it.format} disabled={running !== null} onClick={() => void start(it.format, it.what, false)}>
            {it.label}
          </button>
        ))}
        <button type="button" class="link" disabled={running !== null} onClick={() => void start('html', 'the briefing', true)}>
          Briefing in a new tab
        </button>
        {running && (
          <div class="job export-job" role="status">
            <span>
              Exporting {running.what}… {p ? `${p.phase}${p.total > 0 ? ` ${p.done} of ${p.total}` : ''}` : 'starting'}
            </span>
            <progress max={p && p.total > 0 ? p.total : undefined} value={p && p.total > 0 ? p.done : undefined} />
            <button type="button" onClick={() => void cancel()} disabled={!running.job}>
              Cancel export
            </button>
          </div>
        )}
        {!running && message && (
          <p class="muted export-message" role="status">
            {message}{' '}
            {ready && (
              <a href={ready.href} target="_blank" rel="noopener">
                Open {ready.fileName} in a new tab
              </a>
            )}
            {again && (
              <a href={again.href} download={again.fileName}>
                Download it again
              </a>
            )}
          </p>
        )}
        {error && (
          <div class="export-error" role="alert">
            <p class="error">{error}</p>
            {details.length > 0 && (
              <ul class="problems">
                {details.map((d, i) => (
                  <li key={i}>
                    {d.line > 0 && `line ${d.line}:${d.column} `}
                    {d.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </details>
  );
}
