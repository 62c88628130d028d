import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { editYaml } from './yamlEdit';

const FILE = `# Peace talks, as read on 26 November
parley: 1
title: Peace talks   # working title
description:
  A long description written over
  two lines by hand.

decisionMakers:
  # Kyiv first
  - id: UA
    name: Ukraine
    options:
      - id: sign          # the guarantee
        name: sign the guarantee
      - id: cede
        name: cede territory
    preferences:
      statements: [sign, -cede]
  - id: US
    name: United States
    options:
      - id: guarantee
    preferences:
      statements:
        - -guarantee   # cost
        - sign

# the outcome everyone talks about
states:
  - id: deal
    options: {sign: true, cede: false}
statusQuo: NNN
`;

const tree = (t: string) => parseDocument(t).toJS() as Record<string, any>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const comments = (t: string) => t.split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));

/** Lines of b that are not in a, and lines of a that are not in b. */
function changed(a: string, b: string) {
  const la = a.split('\n');
  const lb = b.split('\n');
  return { added: lb.filter((l) => !la.includes(l)), removed: la.filter((l) => !lb.includes(l)) };
}

describe('editYaml: form edits applied to the file in place', () => {
  it('changes a value where it stands, keeping every comment and every other line', () => {
    const m = clone(tree(FILE));
    m.decisionMakers[0].name = 'Ukraine (Kyiv)';
    const out = editYaml(FILE, m)!;
    expect(tree(out)).toEqual(m);
    expect(comments(out)).toEqual(comments(FILE));
    expect(changed(FILE, out)).toEqual({ added: ['    name: Ukraine (Kyiv)'], removed: ['    name: Ukraine'] });
  });

  it('adds and removes keys and list items with their own lines only', () => {
    const m = clone(tree(FILE));
    m.decisionMakers[0].description = 'the government in Kyiv';
    m.decisionMakers[0].options.splice(1, 1);
    m.decisionMakers[1].options.push({ id: 'wait', name: 'wait' });
    m.decisionMakers[1].preferences.statements.push('guarantee IF sign');
    m.statusQuo = { sign: true, guarantee: false };
    m.infeasible = [{ mutuallyExclusive: ['sign', 'wait'] }];
    const out = editYaml(FILE, m)!;
    expect(tree(out)).toEqual(m);
    expect(comments(out)).toEqual(comments(FILE));
    const d = changed(FILE, out);
    expect(d.removed).toEqual(['      - id: cede', '        name: cede territory', 'statusQuo: NNN']);
    expect(d.added).toEqual([
      '    description: the government in Kyiv',
      '      - id: wait',
      '        name: wait',
      '        - guarantee IF sign',
      'statusQuo: {sign: true, guarantee: false}',
      'infeasible:',
      '  - mutuallyExclusive: [sign, wait]',
    ]);
  });

  it('edits inside one-line lists and mappings without rewriting them', () => {
    const m = clone(tree(FILE));
    m.decisionMakers[0].preferences.statements[1] = '-cede | sign';
    m.states[0].options.cede = true;
    const out = editYaml(FILE, m)!;
    expect(tree(out)).toEqual(m);
    expect(changed(FILE, out).added).toEqual(['      statements: [sign, -cede | sign]', '    options: {sign: true, cede: true}']);
  });

  it('quotes what a YAML 1.1 reader would take for a boolean or a number', () => {
    const m = clone(tree(FILE));
    m.decisionMakers[0].options[1].name = 'yes';
    m.statusQuo = 'N';
    m.title = 'a: b, [c]';
    const out = editYaml(FILE, m)!;
    expect(tree(out)).toEqual(m);
    expect(out).toContain('name: "yes"');
    expect(out).toContain('statusQuo: "N"');
  });

  it('writes a value that changes kind anew, and keeps the comments around it', () => {
    const m = clone(tree(FILE));
    m.decisionMakers[1].preferences = { ranking: ['deal', ['NNN', 'YNN']] };
    m.description = 'Shorter.';
    const out = editYaml(FILE, m)!;
    expect(tree(out)).toEqual(m);
    expect(out).toContain('# Kyiv first');
    expect(out).toContain('# the outcome everyone talks about');
    expect(out).toContain('title: Peace talks   # working title');
  });

  it('leaves the text alone when nothing changed, and refuses text that is not one mapping', () => {
    expect(editYaml(FILE, tree(FILE))).toBe(FILE);
    expect(editYaml('a: [', { a: 1 })).toBeNull();
    expect(editYaml('- 1', { a: 1 })).toBeNull();
  });

  it('keeps every example model as it is but for the edited line', () => {
    const files = import.meta.glob('../../../examples/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
    expect(Object.keys(files).length).toBeGreaterThan(5);
    for (const [f, text] of Object.entries(files)) {
      const m = clone(tree(text));
      m.title = `${m.title} (edited)`;
      const dm = m.decisionMakers[m.decisionMakers.length - 1];
      dm.note = 'added in the form';
      const out = editYaml(text, m)!;
      expect(tree(out), f).toEqual(m);
      expect(comments(out), f).toEqual(comments(text));
      const d = changed(text, out);
      expect(d.removed.length, f).toBe(1);
      expect(d.added.length, f).toBe(2);
    }
  });
});

describe('formEdit: what a form edit sends', () => {
  it('sends a YAML file as its text edited in place, a JSON file as the tree', async () => {
    const { formEdit } = await import('./yamlEdit');
    const m = clone(tree(FILE));
    m.title = 'New';
    const y = formEdit('cases/peace.yaml', FILE, m);
    expect(y.model).toBeUndefined();
    expect(y.text).toContain('title: New   # working title');
    expect(formEdit('peace.json', '{"title": "x"}', m)).toEqual({ model: m });
    // text the editor cannot change in place: the tree, for the server to write
    expect(formEdit('bad.yaml', 'title: [', m)).toEqual({ model: m });
  });
});

describe('editYaml: values', () => {
  it('quotes a comma only where it would end the value', () => {
    const m = clone(tree(FILE));
    m.title = 'Peace talks, revised';
    m.decisionMakers[0].preferences.statements[0] = 'sign, soon';
    const out = editYaml(FILE, m)!;
    expect(tree(out)).toEqual(m);
    expect(out).toContain('title: Peace talks, revised   # working title');
    expect(out).toContain('statements: ["sign, soon", -cede]');
  });
});

describe('editYaml: lists emptied and filled again', () => {
  it('writes an emptied list as [] and a list of statements filled again one per line', () => {
    let text = FILE;
    let m = clone(tree(FILE));
    m.decisionMakers[1].preferences.statements = [];
    text = editYaml(text, m)!;
    expect(tree(text)).toEqual(m);
    expect(text).toContain('      statements: []\n');
    for (const list of [['not sign'], ['not sign', { statement: 'guarantee', note: 'above all' }]]) {
      m = clone(m);
      m.decisionMakers[1].preferences.statements = list;
      text = editYaml(text, m)!;
      expect(tree(text)).toEqual(m);
    }
    expect(text).toContain('      statements:\n        - not sign\n        - statement: guarantee\n          note: above all\n');
    expect(text).toContain('# the outcome everyone talks about');
    // a short list of ids stays on one line
    m = clone(m);
    m.decisionMakers[0].preferences.statements = ['sign', '-cede', 'guarantee'];
    expect(editYaml(text, m)).toContain('      statements: [sign, -cede, guarantee]\n');
  });
});

describe('editYaml: typing letter by letter', () => {
  it('keeps quotes the file has, and drops those a word like "no" needed on the way', () => {
    let text = FILE;
    let m = clone(tree(FILE));
    for (const typed of ['n', 'no', 'not', 'not sign']) {
      m = clone(m);
      m.decisionMakers[1].preferences.statements[1] = typed;
      text = editYaml(text, m)!;
      expect(tree(text)).toEqual(m);
    }
    expect(text).toContain('        - not sign\n');
    const quoted = 'title: "Peace"\n';
    expect(editYaml(quoted, { title: 'War' })).toBe('title: "War"\n');
  });
});

describe('dropsComments: when a form edit asks first', () => {
  it('asks only where the server would write a YAML file with comments anew', async () => {
    const { dropsComments } = await import('./yamlEdit');
    expect(dropsComments('a.yaml', '# note\ntitle: x\n', { model: {} })).toBe(true);
    expect(dropsComments('a.yaml', '# note\ntitle: x\n', { text: 'title: y' })).toBe(false);
    expect(dropsComments('a.yaml', 'title: x\n', { model: {} })).toBe(false);
    expect(dropsComments('a.json', '{"title": "# x"}', { model: {} })).toBe(false);
  });
});
