import { ProblemList } from './Editor';
import { HintList } from './Hints';
import type { ModelHandle } from './useModel';

/** The file itself, edited as text and saved as typed (comments and layout are kept). */
export function SourceView({ model }: { model: ModelHandle }) {
  return (
    <div class="source-view">
      <p class="muted">
        The model file as text, exactly as saved in the workspace. Edits in the Model tab are made to this text in place: your comments
        and layout are kept, and only the lines an edit concerns change (earlier versions stay in the History).
      </p>
      <label class="field">
        <span>{model.file?.name}</span>
        <textarea class="mono source" rows={28} spellcheck={false} value={model.text} onInput={(e) => model.editText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <ProblemList problems={model.validation?.problems ?? []} title="Problems" />
      <HintList hints={model.validation?.hints ?? []} />
    </div>
  );
}
