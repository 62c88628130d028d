// Strength of preference in the analysis answer (docs/semantics.md §5.4): which equilibria hold
// strongly (every sanction leaves the mover greatly worse off) and which only weakly, with why.
import type { Result } from './types';

export type StrengthConcept = {
  strongEquilibria: number[];
  weakEquilibria: number[];
  strongFor: Record<string, number[]>;
  weakFor: Record<string, number[]>;
};

export type WeakReason = { concept: string; state: number; party: string; move: number; mildlyWorse: boolean; text: string };

/** The `strength` key of the analysis result (openapi.json describes it in words). */
export type StrengthResult = {
  declared?: Record<string, { greatGap?: number; greatly: { better: number[]; worse: number[]; source?: string; quote?: string; note?: string }[] }>;
  concepts: Record<string, StrengthConcept>;
  weakly: WeakReason[];
};

export type Firmness = 'strong' | 'weak';

/** The result's strength of preference, or null when the model declares none. */
export function strengthOf(result: Result): StrengthResult | null {
  const s = result.strength as StrengthResult | undefined;
  return s && typeof s === 'object' && s.concepts ? s : null;
}

/**
 * Whether an equilibrium under `concept` holds strongly or only weakly; null when the model
 * declares no strength of preference or the concept has no strong version (SIM, L_h, ...).
 */
export function firmness(result: Result, concept: string, state: number): Firmness | null {
  const c = strengthOf(result)?.concepts[concept];
  if (!c) return null;
  if (c.weakEquilibria.includes(state)) return 'weak';
  return c.strongEquilibria.includes(state) ? 'strong' : null;
}

/** Why an equilibrium holds only weakly: one sentence per decision maker deterred by a mild loss. */
export function weakReasons(result: Result, concept: string, state: number): string[] {
  return (strengthOf(result)?.weakly ?? []).filter((w) => w.concept === concept && w.state === state).map((w) => w.text);
}

/** The badge's words and its tooltip. */
export function firmnessBadge(f: Firmness): { text: string; title: string } {
  return f === 'weak'
    ? { text: 'only weakly', title: 'an equilibrium only weakly: some party is deterred only by a mild loss (strength of preference)' }
    : { text: 'strongly', title: 'a strong equilibrium: every sanction leaves the mover greatly worse off (strength of preference)' };
}
