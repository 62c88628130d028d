// One way to type a state everywhere in the form (status quo, named states, pattern rules,
// rankings, payoffs): a named state's id, a Y/N/- string with one letter per option in model
// order ('-' = either), a state number, or option values "sign=Y, war=N" (also in braces, and
// also written as in the file, {sign: true, war: false}). See docs/workbench.md.

import type { StateRef } from './types';

const TAKEN = /^(y|yes|true)$/i;
const NOT_TAKEN = /^(n|no|false)$/i;

/** Option values typed as "sign=Y, war=N" (or in braces, or {sign: true}); null when they are not. */
export function parseValues(text: string): Record<string, boolean> | null {
  let body = text.trim();
  if (body.startsWith('{') && body.endsWith('}')) body = body.slice(1, -1);
  const parts = body
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  const out: Record<string, boolean> = {};
  for (const part of parts) {
    const m = /^([^\s=:{}]+)\s*[=:]\s*([^\s=:{}]+)$/.exec(part);
    if (!m) return null;
    if (TAKEN.test(m[2])) out[m[1]] = true;
    else if (NOT_TAKEN.test(m[2])) out[m[1]] = false;
    else return null;
  }
  return out;
}

/** Whether a text is meant as option values rather than a name or a Y/N string. */
function valuesMeant(s: string): boolean {
  return s.startsWith('{') || /[=:]/.test(s);
}

/**
 * A state as typed in the form, as the file holds it: a number is a state number, option values
 * become a mapping, anything else is kept as written (a named state or a Y/N/- string). Option
 * values that do not read (sign=maybe) are kept as written too, so that the model's check names
 * them.
 */
export function textToState(text: string): StateRef {
  const s = text.trim();
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (valuesMeant(s)) return parseValues(s) ?? s;
  return s;
}

/** A pattern (a named state's options, a pattern rule): as textToState, but no state numbers. */
export function textToPattern(text: string): string | Record<string, boolean> {
  const s = text.trim();
  if (valuesMeant(s)) return parseValues(s) ?? s;
  return s;
}

/** A state as the form shows it: option values as "sign=Y, war=N". */
export function stateToText(r: StateRef | undefined): string {
  if (r === undefined || r === null) return '';
  if (typeof r === 'object') {
    return Object.entries(r)
      .map(([k, v]) => `${k}=${v ? 'Y' : 'N'}`)
      .join(', ');
  }
  return String(r);
}

/** Splits a ranking line at the commas between states (not those inside braces). */
function splitTies(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of line) {
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * One line of a ranking: a state, or tied states separated by commas. Option values alone on a
 * line need no braces ("sign=Y, war=N"); among tied states they are put in braces.
 */
export function textToRankLine(line: string): StateRef | StateRef[] {
  const l = line.trim();
  if (!l.includes('{') && /[=:]/.test(l)) return textToState(l);
  const parts = splitTies(l);
  return parts.length === 1 ? textToState(parts[0]) : parts.map(textToState);
}

export function rankLineToText(e: StateRef | StateRef[]): string {
  if (!Array.isArray(e)) return stateToText(e);
  return e.map((r) => (r !== null && typeof r === 'object' ? `{${stateToText(r)}}` : stateToText(r))).join(', ');
}

/**
 * Examples of each way to type a state, from this model: its first named state, a Y/N string and
 * option values. With {@code state} (the Y/N string of a feasible state) the examples name that one
 * state exactly, every option given, as a status quo or a payoff needs; without, they are patterns.
 */
export function stateExamples(options: string[], named: string[], state?: string): { yn: string; values: string; named?: string } {
  if (state && state.length === options.length) {
    const values = options.map((o, i) => `${o}=${state[i] === 'Y' ? 'Y' : 'N'}`).join(', ');
    return { yn: state, values, named: named[0] };
  }
  const a = options[0] ?? 'option';
  const b = options[1] ?? 'other';
  const yn = options.length > 0 ? options.map((_, i) => (i === 0 ? 'Y' : i === 1 ? 'N' : '-')).join('') : 'YN';
  const values = options.length > 1 ? `${a}=Y, ${b}=N` : `${a}=Y`;
  return { yn, values, named: named[0] };
}

/**
 * A problem's hint as the form takes it: the file's YAML spellings ({option: true, ...}, [a, b])
 * become what is typed in the form's fields (option=Y, other=N; a, b), with this model's options.
 */
export function formHint(text: string, options: string[]): string {
  const a = options[0] ?? 'option';
  const b = options[1] ?? 'other';
  const values = options.length > 1 ? `${a}=Y, ${b}=N` : `${a}=Y`;
  return text
    .replace(/add 'options: \{option: true, \.\.\.\}' to say which state/g, `give its options, e.g. ${values}`)
    .replace(/\{option: true(, other: false)?, \.\.\.\}/g, values)
    .replace(/\{([\p{L}_][\p{L}\p{Nd}_.]*): true\}/gu, '$1=Y')
    .replace(/e\.g\. \[a, b\]/g, `e.g. ${a}, ${b}`)
    .replace(/'options: \[a, b\]'/g, `the options, e.g. ${a}, ${b}`);
}
