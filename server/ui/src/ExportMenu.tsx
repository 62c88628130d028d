import { useEffect, useRef, useState } from 'preact/hooks';
import { reportHref, reportJob, type ReportFormat } from './exporter';
import type { ReportFile } from './types';
import { useJob } from './useJob';
import type { ModelHandle } from './useModel';

const ITEMS: { format: ReportFormat; label: string; what: string }[] = [
  { format: 'html', label: 'Briefing (HTML)', what: 'the HTML briefing' },
  { format: 'pdf', label: 'Briefing (PDF)', what: 'the PDF briefing' },
  { format: 'md', label: 'Briefing (Markdown)', what: 'the Markdown briefing' },
  { format: 'csv', label: 'Stability table (CSV)', what: 'the stability table' },
  { format: 'json', label: 'Full result (JSON)', what: 'the full result' },
];

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
 * model), with its progress shown and a Cancel button beside the menu, and downloaded (or opened
 * in a new tab) once done. One click on a choice starts it and closes the menu; Escape or a click
 * outside closes it too.
 */
export function ExportMenu({ name, model }: { name: string; model: ModelHandle }) {
  // a cancelled export is said in the message, not as an error
  const job = useJob<ReportFile>({ cancelledMessage: '', flush: model.flush });
  const [what, setWhat] = useState('');
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState<{ href: string; fileName: string } | null>(null);
  const [again, setAgain] = useState<{ href: string; fileName: string } | null>(null);

  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  /** Closes the menu; the focus goes back to its button when it was in the menu (or asked). */
  const close = (refocus: boolean) => {
    const d = menu.current;
    if (!d) return;
    d.open = false;
    setOpen(false);
    if (refocus) d.querySelector('summary')?.focus();
  };
  // a click outside the open menu closes it; the focus goes back to the menu's button unless the
  // click put it on a control (a field, a button), not merely on the page or a region of it
  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => {
      if (!menu.current || menu.current.contains(e.target as Node)) return;
      close(false);
      setTimeout(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a || a === document.body || a.tabIndex < 0) menu.current?.querySelector('summary')?.focus();
      }, 0);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const start = async (format: ReportFormat, it: string, inTab: boolean) => {
    // the tab is opened now, within the click, as browsers allow, and sent to the briefing once the
    // job has made it; a browser that blocks it gets a link to click instead
    const tab = inTab ? window.open('', '_blank') : null;
    if (tab) {
      tab.opener = null;
      tab.document.title = 'Preparing the briefing…';
      tab.document.body.textContent = 'Preparing the briefing…';
    }
    close(true);
    setMessage('');
    setReady(null);
    setAgain(null);
    setWhat(it);
    const out = await job.run(reportJob(name, format));
    if (!out) {
      tab?.close();
      return;
    }
    if (out.status === 'cancelled') {
      tab?.close();
      setMessage(`Export of ${it} cancelled.`);
    } else if (inTab) {
      const href = reportHref(out.job.id, false);
      if (tab && !tab.closed) {
        tab.location.href = href;
        setMessage(`Opened ${out.result.fileName} in a new tab.`);
      } else {
        setReady({ href, fileName: out.result.fileName });
        setMessage('The briefing is ready.');
      }
    } else {
      const href = reportHref(out.job.id, true);
      download(href, out.result.fileName);
      setAgain({ href, fileName: out.result.fileName });
      setMessage(`Downloaded ${out.result.fileName}.`);
    }
  };

  const running = job.running;
  const p = job.job?.progress;
  return (
    <div class="export-bar">
      <div class="export-status">
        {running && (
          <div class="job export-job" role="status">
            <span>
              Exporting {what}… {p ? `${p.phase}${p.total > 0 ? ` ${p.done} of ${p.total}` : ''}` : 'starting'}
            </span>
            <progress max={p && p.total > 0 ? p.total : undefined} value={p && p.total > 0 ? p.done : undefined} />
            <button type="button" onClick={() => void job.cancel()} disabled={!job.job}>
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
        {job.error && (
          <div class="export-error" role="alert">
            <p class="error">{job.error}</p>
            {job.details.length > 0 && (
              <ul class="problems">
                {job.details.map((d, i) => (
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
      <details
        class="export"
        ref={menu}
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && menu.current?.open) {
            e.preventDefault();
            close(true);
          }
        }}
      >
        <summary>Export</summary>
        <div class="menu">
          {ITEMS.map((it) => (
            <button type="button" class="link" key={it.format} disabled={running} onClick={() => void start(it.format, it.what, false)}>
              {it.label}
            </button>
          ))}
          <button type="button" class="link" disabled={running} onClick={() => void start('html', 'the briefing', true)}>
            Briefing in a new tab
          </button>
        </div>
      </details>
    </div>
  );
}
