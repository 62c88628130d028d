// Strength of preference on the equilibrium cards: a badge for how firmly each equilibrium holds,
// the reasons a weak one holds only weakly, and a key above the cards (docs/semantics.md §5.4).
import { firmness, firmnessBadge, strengthOf, weakReasons } from './strength';
import type { Result } from './types';

export function StrengthBadge({ result, concept, state }: { result: Result; concept: string; state: number }) {
  const f = firmness(result, concept, state);
  if (!f) return null;
  const b = firmnessBadge(f);
  return (
    <span class={`badge strength ${f}`} title={b.title}>
      {b.text}
    </span>
  );
}

export function WeakReasons({ result, concept, state }: { result: Result; concept: string; state: number }) {
  const reasons = weakReasons(result, concept, state);
  if (reasons.length === 0) return null;
  return (
    <ul class="weak-why" aria-label="Why it holds only weakly">
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

export function StrengthKey({ result, concept }: { result: Result; concept: string }) {
  if (!strengthOf(result)?.concepts[concept]) return null;
  return (
    <p class="muted strength-key">
      The model says which preferences are great: <span class="badge strength strong">strongly</span> every sanction leaves the mover greatly worse off;{' '}
      <span class="badge strength weak">only weakly</span> some party is deterred only by a mild loss.
    </p>
  );
}
