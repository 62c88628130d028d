// Limited-move (L_h) and non-myopic (NM) stability beside the six standard concepts: their ids in
// an analysis request ("L2", "NM"), their labels, and the columns of a result.
import { CONCEPTS, type Result } from './types';

/** True for "L1", "L2", ... and "NM": the two-party foresight concepts. */
export function isForesight(id: string): boolean {
  return /^L[1-9][0-9]*$/.test(id) || id === 'NM';
}

/** The horizon h of an "L<h>" among the concepts, or null. */
export function horizonOf(concepts: string[]): number | null {
  const l = concepts.find((c) => /^L[1-9][0-9]*$/.test(c));
  return l ? Number(l.slice(1)) : null;
}

/** The concepts with L_h at horizon h (null: without L_h); other concepts are kept. */
export function withHorizon(concepts: string[], h: number | null): string[] {
  const rest = concepts.filter((c) => !/^L[1-9][0-9]*$/.test(c));
  if (h === null) return rest;
  if (!Number.isInteger(h) || h < 1 || h > 1000) throw new Error('the horizon h must be a whole number from 1 to 1000');
  const at = rest.indexOf('NM');
  const out = [...rest];
  out.splice(at < 0 ? out.length : at, 0, `L${h}`);
  return out;
}

/** The concepts with NM on or off. */
export function withNM(concepts: string[], on: boolean): string[] {
  const rest = concepts.filter((c) => c !== 'NM');
  return on ? [...rest, 'NM'] : rest;
}

/** The standard concepts of a list, with the foresight ones kept in place after them. */
export function withStandard(concepts: string[], standard: string[]): string[] {
  return [...standard, ...concepts.filter(isForesight)];
}

/**
 * What to ask the server: foresight only for two decision makers, SIM and SEQ+SIM only for a model
 * with options (it refuses them otherwise).
 */
export function requestConcepts(concepts: string[], dmCount: number | undefined, graphForm = false): string[] {
  const cs = graphForm ? concepts.filter((c) => c !== 'sim' && c !== 'seqsim') : concepts;
  if (dmCount === 2) return cs;
  return cs.filter((c) => !isForesight(c));
}

/** The columns of a result: the standard concepts, then L_h and NM when analysed. */
export function resultConcepts(r: Result): string[] {
  const fs = (r.parameters as { foresight?: string[] }).foresight ?? [];
  return [...r.parameters.concepts, ...fs];
}

export function conceptLabel(id: string): string {
  return CONCEPTS.find((c) => c.id === id)?.label ?? id;
}

export function conceptMeaning(id: string): string {
  const c = CONCEPTS.find((x) => x.id === id);
  if (c) return c.meaning;
  if (id === 'NM') return 'non-myopic: stable under limited-move foresight for every long horizon';
  const h = horizonOf([id]);
  return h === null ? '' : `limited move, horizon ${h}: each party looks ${h} move${h === 1 ? '' : 's'} ahead`;
}

/**
 * Why a state is an L_h or NM equilibrium, in one sentence per decision maker (the verdict itself
 * comes from the server's result).
 */
export function foresightSentence(id: string, dm: string, other: string): string {
  if (id === 'NM') {
    return `${dm} would stay at any long horizon: however many moves and replies it anticipates, leaving never ends at an outcome it likes better.`;
  }
  const h = horizonOf([id]) ?? 1;
  const ahead =
    h === 1 ? 'its own move' : h === 2 ? `its own move and ${other}'s reply` : `${h} moves (its own, ${other}'s reply, and so on)`;
  return `${dm}, looking ahead ${ahead}, would stay: no move leads to an anticipated outcome it strictly prefers, under every resolution of ties.`;
}
