// Form fields the model editor is made of: buffered inputs, labelled fields, evidence, ids.
import { type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { evidenceOf, replaceAt, setKey, validId, withEvidence } from './edit';
import { checkRename, KIND_LABEL, owners, referencesTo, renameId, renameReferences, type IdKind } from './rename';
import { type ModelTree, type Provenance, type StatementT } from './types';

export const val = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

/**
 * A text field whose text is parsed into the model on every keystroke. It keeps what the user
 * typed (a trailing comma, an empty line) as long as it still means what the model holds, and
 * takes the model's text only when the model changed for another reason (a reload, a restore).
 */
export function Buffered({
  value,
  canon,
  onText,
  multiline,
  grow,
  rows,
  ...rest
}: {
  value: string;
  canon: (t: string) => string;
  onText: (t: string) => void;
  multiline?: boolean;
  /** A multi-line box that grows with its text: one line more than it holds, {@code rows} at least. */
  grow?: boolean;
  rows?: number;
  class?: string;
  title?: string;
  list?: string;
  ariaLabel?: string;
}) {
  const [text, setText] = useState(value);
  useEffect(() => {
    if (canon(text) !== value) setText(value);
  }, [value]);
  const onInput = (e: Event) => {
    const t = val(e);
    setText(t);
    onText(t);
  };
  const { ariaLabel, ...attrs } = rest;
  const lines = grow ? Math.max(rows ?? 2, text.split('\n').length + 1) : rows;
  return multiline ? (
    <textarea {...attrs} aria-label={ariaLabel} rows={lines} value={text} onInput={onInput} />
  ) : (
    <input type="text" {...attrs} aria-label={ariaLabel} value={text} onInput={onInput} />
  );
}

export function Field({ label, children, small, grow }: { label: string; children: ComponentChildren; small?: boolean; grow?: boolean }) {
  return (
    <label class={`field${small ? ' small' : ''}${grow ? ' grow' : ''}`}>
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Each statement's source, quote and note, editable; the statements themselves are edited above. */
export function StatementEvidence({
  dm,
  statements,
  model,
  onChange,
}: {
  dm: string;
  statements: StatementT[];
  model: ModelTree;
  onChange: (s: StatementT[]) => void;
}) {
  if (statements.length === 0) return null;
  const cited = statements.filter((s) => evidenceOf(s) !== null).length;
  return (
    <details class="statement-evidence" open={cited > 0}>
      <summary>
        Evidence of {dm}'s statements ({cited} of {statements.length} cited)
      </summary>
      <ol>
        {statements.map((st, i) => {
          const text = typeof st === 'string' ? st : st.statement;
          const e = evidenceOf(st) ?? {};
          const set = (x: Provenance) => onChange(replaceAt(statements, i, withEvidence(text, evidenceOf({ statement: text, ...x }))));
          return (
            <li key={i} aria-label={`Evidence of statement ${i + 1} of ${dm}`}>
              <code>{text}</code>
              <Evidence item={e} model={model} onChange={set} compact />
              <input
                value={e.note ?? ''}
                placeholder="note"
                aria-label="Note"
                onInput={(ev) => set(setKey(e, 'note', val(ev)))}
              />
            </li>
          );
        })}
      </ol>
    </details>
  );
}

export function Evidence<T extends { source?: string; quote?: string }>({
  item,
  model,
  onChange,
  compact,
}: {
  item: T;
  model: ModelTree;
  onChange: (x: T) => void;
  compact?: boolean;
}) {
  const sources = model.sources ?? [];
  return (
    <div class={`evidence${compact ? ' compact' : ''}`}>
      <label>
        <span class={compact ? 'sr-only' : ''}>Source</span>
        <select value={item.source ?? ''} onChange={(e) => onChange(setKey(item, 'source', val(e)))} aria-label="Source">
          <option value="">— no source —</option>
          {sources.map((s) => (
            <option value={s.id} key={s.id} title={s.title}>
              {s.id}
            </option>
          ))}
          {item.source && !sources.some((s) => s.id === item.source) && <option value={item.source}>{item.source} (unknown)</option>}
        </select>
      </label>
      <label class="grow">
        <span class={compact ? 'sr-only' : ''}>Quote</span>
        <input value={item.quote ?? ''} placeholder="quote from the source" aria-label="Quote" onInput={(e) => onChange(setKey(item, 'quote', val(e)))} />
      </label>
    </div>
  );
}

/**
 * An id (of a decision maker, option, named state or source) as a field, with **Rename**, which
 * changes the id and every reference to it in the model at once, and refuses an id already in use.
 * Typing in the field itself changes only the id, as before; when references to the previous id
 * remain, the field offers to update them.
 */
export function IdField({
  kind,
  id,
  model,
  onId,
  onModel,
  label,
  ariaLabel,
}: {
  kind: IdKind;
  id: string;
  model: ModelTree;
  onId: (v: string) => void;
  onModel: (m: ModelTree) => void;
  label?: string;
  ariaLabel?: string;
}) {
  const [origin, setOrigin] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [refused, setRefused] = useState('');
  const what = KIND_LABEL[kind];
  const holders = owners(model, kind, id);
  const clash = holders.length > 1 ? `'${id}' is also the id of ${holders.length === 2 ? 'another' : `${holders.length - 1} other`} ${what}${holders.length > 2 ? 's' : ''}: ids must differ (${kind === 'option' ? 'option ids are unique across the model' : `${what} ids are unique`}).` : '';
  const stale =
    origin !== null && origin !== id && !clash && validId(id) && owners(model, kind, origin).length === 0 ? referencesTo(model, kind, origin) : [];
  const input = (
    <input
      aria-label={ariaLabel}
      value={id}
      onFocus={() => {
        if (stale.length === 0) setOrigin(id);
      }}
      onInput={(e) => onId(val(e))}
    />
  );
  const liveProblem = open && draft.trim() !== id ? checkRename(model, kind, id, draft.trim()) : null;
  const refs = open ? referencesTo(model, kind, id) : [];
  const submit = (e: Event) => {
    e.preventDefault();
    const to = draft.trim();
    if (to === id) {
      setOpen(false);
      return;
    }
    const problem = checkRename(model, kind, id, to);
    if (problem) {
      setRefused(problem); // the model is left as it is; what was typed stays in the field
      return;
    }
    onModel(renameId(model, kind, id, to).tree);
    setOpen(false);
    setOrigin(null);
  };
  return (
    <>
      {label ? (
        <Field label={label} small>
          {input}
        </Field>
      ) : (
        input
      )}
      <button
        type="button"
        class="small rename-open"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          setDraft(id);
          setRefused('');
        }}
      >
        Rename<span class="sr-only"> {what} {id}</span>
      </button>
      {open && (
        <form
          class="rename-box"
          onSubmit={submit}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <label class="field small">
            <span>
              New id for {what} {id}
            </span>
            <input
              value={draft}
              autoFocus
              aria-invalid={liveProblem !== null || refused !== ''}
              onInput={(e) => {
                setDraft(val(e));
                setRefused('');
              }}
            />
          </label>
          <button type="submit" class="primary small">
            Rename
          </button>
          <button type="button" class="small" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <p class="muted">
            {kind === 'decisionMaker'
              ? 'Nothing in the model refers to a decision maker by its id.'
              : refs.length === 0
                ? `Nothing else in the model refers to ${what} ${id}.`
                : `Also updates ${refs.length === 1 ? 'the reference' : `the ${refs.length} places`} that use it: ${refs.join(', ')}.`}
          </p>
          {(refused || liveProblem) && (
            <p class="error rename-refused" role="alert">
              {refused || liveProblem}
            </p>
          )}
        </form>
      )}
      {clash && (
        <p class="error id-clash" role="alert">
          {clash}
        </p>
      )}
      {stale.length > 0 && (
        <p class="rename-offer" role="status">
          '{origin}' is still used in {stale.length === 1 ? 'one place' : `${stale.length} places`}: {stale.join(', ')}.{' '}
          <button
            type="button"
            class="small"
            onClick={() => {
              onModel(renameReferences(model, kind, origin!, id).tree);
              setOrigin(null);
            }}
          >
            Update {stale.length === 1 ? 'it' : 'them'} to '{id}'
          </button>{' '}
          <button type="button" class="small" onClick={() => setOrigin(null)}>
            Leave {stale.length === 1 ? 'it' : 'them'}
          </button>
        </p>
      )}
    </>
  );
}
