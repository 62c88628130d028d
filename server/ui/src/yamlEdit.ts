// Form edits applied to the YAML text of a model file in place, so that comments, blank lines and
// the layout of everything the edit does not touch stay as the analyst wrote them. The form holds
// the model as a JSON tree; editYaml compares it with the file's current text and changes only
// the parts that differ: a changed value is replaced where it stands, a new key or list item is
// inserted after its neighbour, a removed one is cut out with its lines. Where a part cannot be
// changed in place (a value that changes kind, say), that key or list item alone is written anew,
// with the comments inside it. The result is checked: it must read back as exactly the tree.

import type { ModelTree } from './types';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, visit, YAMLMap, YAMLSeq, type Node, type Pair } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Splice = { from: number; to: number; text: string; seq: number };
type Style = { indentSeq: boolean; indent: number };

/** Words YAML 1.1 readers (the server's among them) take for booleans, nulls or numbers. */
const AMBIGUOUS = /^(y|yes|n|no|on|off|true|false|null|~|[-+]?(\.\d+|\d[\d_]*(\.\d*)?)([eE][-+]?\d+)?|0x[0-9a-f]+|0o?[0-7]+|[-+]?\.(inf|nan))$/i;

function isObj(x: unknown): x is Record<string, Json> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function eq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => eq(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && eq(a[k], b[k]));
  }
  return false;
}

function js(n: unknown): unknown {
  if (n === null || n === undefined) return null;
  if (isScalar(n) || isMap(n) || isSeq(n)) return (n as { toJSON(): unknown }).toJSON();
  return n;
}

/** The file's own way of writing lists (indented under their key or not) and its indent. */
function styleOf(text: string): Style {
  const flush = /^( *)[^\s#-][^\n]*:[ \t]*\n\1- /m.test(text);
  const m = /^[^\s#][^\n]*:[ \t]*\n( +)[^\s-]/m.exec(text);
  return { indentSeq: !flush, indent: m ? Math.min(8, Math.max(1, m[1].length)) : 2 };
}

/** Strings that a YAML 1.1 reader would take for something else are quoted. */
function quoteAmbiguous(node: unknown) {
  visit(node as Node, {
    Scalar(_k, s) {
      if (typeof s.value === 'string' && AMBIGUOUS.test(s.value) && s.type !== 'QUOTE_SINGLE') s.type = 'QUOTE_DOUBLE';
    },
  });
}

/**
 * The text of a YAML model file changed to hold {@code tree}, comments and untouched layout kept;
 * null when the text cannot be edited in place (it does not parse as one YAML mapping).
 */
export function editYaml(text: string, tree: unknown): string | null {
  const target = JSON.parse(JSON.stringify(tree)) as Json;
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  if (eq(js(doc.contents), target)) return text;
  const style = styleOf(text);
  const p = new Patcher(text, doc, style);
  if (p.patch(doc.contents, target)) {
    const out = p.apply();
    if (readsAs(out, target)) return out;
  }
  // the whole document written anew: comments kept (they belong to the nodes), layout normalised
  const whole = parseDocument(text, { uniqueKeys: false });
  whole.contents = sync(whole, whole.contents, target) as typeof whole.contents;
  const out = whole.toString({ indentSeq: style.indentSeq, indent: style.indent, lineWidth: 100, flowCollectionPadding: false });
  return readsAs(out, target) ? out : null;
}

function readsAs(text: string, target: Json): boolean {
  const d = parseDocument(text, { uniqueKeys: false });
  return d.errors.length === 0 && eq(d.toJS(), target);
}

/** {@code node} changed to hold {@code target}, reusing (and so keeping the comments of) what is the same. */
function sync(doc: Document, node: unknown, target: Json): unknown {
  if (eq(js(node), target)) return node;
  if (isScalar(node) && (target === null || typeof target !== 'object')) {
    node.value = target;
    if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
      if (typeof target !== 'string') node.type = undefined;
    }
    quoteAmbiguous(node);
    return node;
  }
  if (isMap(node) && isObj(target)) {
    node.items = node.items.filter((p) => String(js(p.key)) in target);
    const keys = Object.keys(target);
    const items: Pair[] = [];
    for (const k of keys) {
      const old = node.items.find((p) => String(js(p.key)) === k);
      if (old) {
        old.value = sync(doc, old.value, target[k]) as typeof old.value;
        items.push(old);
      } else {
        items.push(fresh(doc, k, target[k]) as Pair);
      }
    }
    node.items = items;
    if (node.flow && !oneLine(target)) node.flow = false; // grown too long for one line
    return node;
  }
  if (isSeq(node) && Array.isArray(target)) {
    const old = node.items;
    node.items = target.map((t, i) => (i < old.length ? sync(doc, old[i], t) : fresh(doc, null, t)));
    if (node.flow && !oneLine(target)) node.flow = false; // grown too long for one line
    return node;
  }
  const made = fresh(doc, null, target) as Node;
  const o = node as { comment?: string; commentBefore?: string } | null;
  if (o && typeof o === 'object') {
    (made as { comment?: string }).comment = o.comment;
    (made as { commentBefore?: string }).commentBefore = o.commentBefore;
  }
  return made;
}

/** Whether a list or mapping is written on one line: a short list of ids, or option values. */
function oneLine(value: Json): boolean {
  if (JSON.stringify(value).length > 60) return false;
  if (Array.isArray(value)) return value.every((v) => typeof v === 'number' || (typeof v === 'string' && /^[^\s,[\]{}#:]+$/.test(v)));
  if (isObj(value)) return Object.values(value).every((v) => typeof v === 'boolean');
  return false;
}

/** A new node (or, with a key, a new pair): short lists of ids and option values on one line. */
function fresh(doc: Document, key: string | null, value: Json): unknown {
  const n = key === null ? doc.createNode(value) : doc.createPair(key, value);
  visit(n as Node, {
    Seq(_k, s) {
      if (oneLine(js(s) as Json)) s.flow = true;
    },
    Map(_k, m) {
      if (oneLine(js(m) as Json)) m.flow = true;
    },
  });
  quoteAmbiguous(n);
  return n;
}

class Patcher {
  private readonly splices: Splice[] = [];
  private n = 0;

  constructor(
    private readonly text: string,
    private readonly doc: Document,
    private readonly style: Style,
  ) {}

  apply(): string {
    const s = this.splices.slice().sort((a, b) => b.from - a.from || b.to - a.to || b.seq - a.seq);
    let out = this.text;
    for (const x of s) out = out.slice(0, x.from) + x.text + out.slice(x.to);
    return out;
  }

  private splice(from: number, to: number, text: string) {
    if (from === this.text.length && text && !this.text.endsWith('\n')) text = '\n' + text;
    this.splices.push({ from, to, text, seq: this.n++ });
  }

  /** Patches {@code node} in place to hold {@code target}; false when the caller must write it anew. */
  patch(node: unknown, target: Json, inFlow = false): boolean {
    if (eq(js(node), target)) return true;
    if (isScalar(node) && (target === null || typeof target !== 'object')) return this.scalar(node, target, inFlow);
    if (isMap(node) && isObj(target)) return node.flow ? this.flowMap(node, target) : this.map(node, target);
    if (isSeq(node) && Array.isArray(target)) return node.flow ? this.flowSeq(node, target) : this.seq(node, target);
    return false;
  }

  private scalar(node: Scalar, target: Json, inFlow: boolean): boolean {
    const r = node.range;
    if (!r || node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') return false;
    if (this.text.slice(r[0], r[1]).includes('\n')) return false;
    const s = new Scalar(target);
    // the quotes the value was written with stay, unless they were there only because the old value
    // looked like a boolean or a number (quotes this editor adds while "no" is typed into "not a")
    const quoted = node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE';
    const forced = typeof node.value === 'string' && AMBIGUOUS.test(node.value);
    if (typeof target === 'string' && quoted && !forced) s.type = node.type;
    quoteAmbiguous(s);
    // written as an item of a flow list inside one, else as the value of a key
    const d = new Document();
    const holder = inFlow ? new YAMLSeq() : new YAMLMap();
    holder.flow = inFlow;
    if (inFlow) (holder as YAMLSeq).items.push(s);
    else (holder as YAMLMap).set('k', s);
    d.contents = holder as unknown as typeof d.contents;
    const written = d.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
    if (written.includes('\n')) return false;
    const v = inFlow ? written.slice(1, -1) : written.slice(3);
    if ((inFlow && !written.startsWith('[')) || (!inFlow && !written.startsWith('k: '))) return false;
    this.splice(r[0], r[1], v);
    return true;
  }

  private flowMap(node: YAMLMap, target: Record<string, Json>): boolean {
    const keys = node.items.map((p) => String(js(p.key)));
    if (!eq(keys, Object.keys(target))) return false;
    return node.items.every((p, i) => this.patch(p.value, target[keys[i]], true));
  }

  private flowSeq(node: YAMLSeq, target: Json[]): boolean {
    if (node.items.length !== target.length) return false;
    return node.items.every((it, i) => this.patch(it, target[i], true));
  }

  private lineStart(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  private lineEnd(at: number): number {
    if (at > 0 && this.text[at - 1] === '\n') return at;
    const nl = this.text.indexOf('\n', at);
    return nl < 0 ? this.text.length : nl + 1;
  }

  /** The lines of a key and its value, when the key starts its line. */
  private pairSpan(p: Pair): [number, number, number] | null {
    const k = (p.key as Node | null)?.range;
    if (!k) return null;
    const ls = this.lineStart(k[0]);
    if (this.text.slice(ls, k[0]).trim() !== '') return null;
    const v = (p.value as Node | null)?.range;
    return [ls, this.lineEnd(v ? v[2] : k[2]), k[0] - ls];
  }

  /** The lines of a list item, when its dash starts its line. */
  private itemSpan(it: unknown): [number, number, number] | null {
    const r = (it as Node | null)?.range;
    if (!r) return null;
    const ls = this.lineStart(r[0]);
    const lead = this.text.slice(ls, r[0]);
    if (!/^ *- +$/.test(lead)) return null;
    return [ls, this.lineEnd(r[2]), lead.indexOf('-')];
  }

  private write(holder: YAMLMap | YAMLSeq, indent: number): string {
    const d = new Document();
    d.contents = holder as unknown as typeof d.contents;
    const s = d.toString({
      indentSeq: this.style.indentSeq,
      indent: this.style.indent,
      lineWidth: Math.max(40, 100 - indent),
      flowCollectionPadding: false,
    });
    const pad = ' '.repeat(indent);
    return s
      .split('\n')
      .map((l) => (l === '' ? l : pad + l))
      .join('\n');
  }

  /** A pair as lines at {@code indent}, without the comment and blank lines above it (kept in place). */
  private writePair(p: Pair, indent: number): string {
    const key = p.key as { commentBefore?: string; spaceBefore?: boolean } | null;
    const saved = key ? [key.commentBefore, key.spaceBefore] : null;
    if (key) {
      key.commentBefore = undefined;
      key.spaceBefore = undefined;
    }
    const m = new YAMLMap();
    m.items.push(p);
    const out = this.write(m, indent);
    if (key && saved) [key.commentBefore, key.spaceBefore] = saved as [string | undefined, boolean | undefined];
    return out;
  }

  private writeItem(it: unknown, indent: number): string {
    const o = it as { commentBefore?: string; spaceBefore?: boolean };
    const first = isMap(it) ? (it.items[0]?.key as { commentBefore?: string; spaceBefore?: boolean } | undefined) : undefined;
    const saved = [o.commentBefore, o.spaceBefore, first?.commentBefore, first?.spaceBefore] as const;
    o.commentBefore = undefined;
    o.spaceBefore = undefined;
    if (first) {
      first.commentBefore = undefined;
      first.spaceBefore = undefined;
    }
    const s = new YAMLSeq();
    s.items.push(it);
    const out = this.write(s, indent);
    [o.commentBefore, o.spaceBefore] = [saved[0], saved[1]];
    if (first) [first.commentBefore, first.spaceBefore] = [saved[2], saved[3]];
    return out;
  }

  private map(node: YAMLMap, target: Record<string, Json>): boolean {
    const keyOf = (p: Pair) => String(js(p.key));
    const spans = node.items.map((p) => this.pairSpan(p));
    const present = new Map(node.items.map((p, i) => [keyOf(p), i]));
    const indent = spans.find((s) => s !== null)?.[2];
    const work: (() => void)[] = [];
    for (let i = 0; i < node.items.length; i++) {
      const p = node.items[i];
      const k = keyOf(p);
      if (!(k in target)) {
        const sp = spans[i];
        if (!sp) return false;
        work.push(() => this.splice(sp[0], sp[1], ''));
        continue;
      }
      const before = this.splices.length;
      if (!this.patch(p.value, target[k])) {
        this.splices.length = before; // what the failed patch did is dropped; the pair is written anew
        const sp = spans[i];
        if (!sp) return false;
        p.value = sync(this.doc, p.value, target[k]) as typeof p.value;
        const t = this.writePair(p, sp[2]);
        work.push(() => this.splice(sp[0], sp[1], t));
      }
    }
    let after: number | null = null; // where the next new key goes
    const firstSpan = spans[0];
    for (const k of Object.keys(target)) {
      const i = present.get(k);
      if (i !== undefined) {
        const sp = spans[i];
        after = sp ? sp[1] : null;
        if (!sp) after = -1;
        continue;
      }
      if (indent === undefined || after === -1) return false;
      const at = after ?? firstSpan?.[0];
      if (at === undefined || at === null) return false;
      const t = this.writePair(fresh(this.doc, k, target[k]) as Pair, indent);
      work.push(() => this.splice(at, at, t));
    }
    work.forEach((w) => w());
    return true;
  }

  private seq(node: YAMLSeq, target: Json[]): boolean {
    const items = node.items;
    const old = items.map(js);
    let pre = 0;
    while (pre < old.length && pre < target.length && eq(old[pre], target[pre])) pre++;
    let suf = 0;
    while (suf < old.length - pre && suf < target.length - pre && eq(old[old.length - 1 - suf], target[target.length - 1 - suf])) suf++;
    if (target.length === 0) return false; // 'key: []', written anew by the caller
    const oldMid = old.length - pre - suf;
    const newMid = target.length - pre - suf;
    const common = Math.min(oldMid, newMid);
    const spans = items.map((it) => this.itemSpan(it));
    const indent = spans.find((s) => s !== null)?.[2];
    for (let i = 0; i < common; i++) {
      const it = items[pre + i];
      const before = this.splices.length;
      if (!this.patch(it, target[pre + i])) {
        this.splices.length = before;
        const sp = spans[pre + i];
        if (!sp) return false;
        const made = sync(this.doc, it, target[pre + i]);
        items[pre + i] = made;
        const t = this.writeItem(made, sp[2]);
        this.splice(sp[0], sp[1], t);
      }
    }
    for (let i = common; i < oldMid; i++) {
      const sp = spans[pre + i];
      if (!sp) return false;
      this.splice(sp[0], sp[1], '');
    }
    if (newMid > common) {
      if (indent === undefined) return false;
      const prev = pre + common - 1;
      let at: number | undefined;
      if (prev >= 0) at = spans[prev]?.[1];
      else at = spans[0]?.[0];
      if (at === undefined) return false;
      for (let i = common; i < newMid; i++) {
        const t = this.writeItem(fresh(this.doc, null, target[pre + i]), indent);
        this.splice(at, at, t);
      }
    }
    return true;
  }
}

/**
 * What a form edit sends: the file's text edited in place for a YAML file, the tree for a JSON
 * file (JSON has no comments, and the server writes it in the file's own layout), or the tree
 * when the text cannot be edited in place (the server then writes the file anew).
 */
export function formEdit(name: string, text: string, tree: unknown): { text?: string; model?: ModelTree } {
  if (/\.json$/i.test(name)) return { model: tree as ModelTree };
  const t = editYaml(text, tree);
  return t === null ? { model: tree as ModelTree } : { text: t };
}

/**
 * Whether sending this form edit would drop the file's comments: a YAML file with comments whose
 * text could not be edited in place, so that the server would write it anew. The editor asks first.
 */
export function dropsComments(name: string, text: string, p: { text?: string; model?: unknown }): boolean {
  return p.model !== undefined && !/\.json$/i.test(name) && /(^|\s)#/m.test(text);
}
