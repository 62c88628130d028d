import cytoscape, { type Core } from 'cytoscape';
import { SelectField } from './controls';
import dagre from 'cytoscape-dagre';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAnalysis } from './analysis';
import { ConceptPicker, JobStatus } from './AnalysisView';
import { ExplainPanel } from './ExplainPanel';
import { pathLegs, pathText } from './evolution';
import { conceptResult, stateLabel } from './filters';
import { DM_COLORS, graphToSvg, type SvgNode } from './graphSvg';
import { LABEL_FAMILY, LABEL_FONT, READABLE_ZOOM, canvasMeasure, ellipseLayout, fitZoom, frameHeight, labelLines, nodeBox } from './graphLayout';
import { CONCEPTS, type Move, type Result } from './types';
import type { ModelHandle } from './useModel';

cytoscape.use(dagre);

function download(href: string, file: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = file;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function GraphView({ name, model, path, onClearPath }: { name: string; model: ModelHandle; path?: number[]; onClearPath?: () => void }) {
  const analysis = useAnalysis(name, model);
  const r = analysis.result;
  const [concept, setConcept] = useState('');
  const [allMoves, setAllMoves] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const c = r && concept && r.parameters.concepts.includes(concept) ? concept : (r?.parameters.concepts[0] ?? 'nash');
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);

  useEffect(() => {
    if (!r || !r.graph || !container.current) return;
    const inst = build(container.current, r, c);
    inst.on('tap', 'node', (ev) => setSelected(Number(ev.target.id())));
    cy.current = inst;
    return () => {
      inst.destroy();
      cy.current = null;
    };
  }, [r, c]);

  useEffect(() => {
    cy.current?.edges().toggleClass('faint', !allMoves);
    cy.current?.edges('[?improvement]').removeClass('faint');
  }, [allMoves, r, c]);

  useEffect(() => {
    cy.current?.nodes().removeClass('selected');
    if (selected !== null) cy.current?.getElementById(String(selected)).addClass('selected');
  }, [selected, r, c]);

  // a path from the Evolution view: its states and moves light up; a joint move, which the graph
  // does not draw, is added as a dashed arrow
  const [pathDrawn, setPathDrawn] = useState('');
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (path && path.length > 0) banner.current?.focus();
  }, [path?.join(','), !!r?.graph]);
  useEffect(() => {
    const g = cy.current;
    if (!g || !r?.graph) return;
    g.remove('edge.joint');
    g.elements().removeClass('onpath');
    if (!path || path.length === 0) return setPathDrawn('');
    for (const s of path) g.getElementById(String(s)).addClass('onpath');
    const legs = pathLegs(path, r.graph.moves);
    for (const leg of legs) {
      if (leg.drawn) {
        g.edges(`[source = "${leg.from}"][target = "${leg.to}"]`).addClass('onpath');
      } else if (g.getElementById(String(leg.from)).nonempty() && g.getElementById(String(leg.to)).nonempty()) {
        g.add({ group: 'edges', data: { id: `joint:${leg.from}:${leg.to}`, source: String(leg.from), target: String(leg.to), color: '#1d2330' }, classes: 'joint onpath' });
      }
    }
    setPathDrawn(legs.map((l) => `${l.from}→${l.to}${l.drawn ? '' : ' (joint)'}`).join(', '));
  }, [path?.join(','), r, c]);

  const highlight = (moves: Move[]) => {
    const g = cy.current;
    if (!g) return;
    g.edges().removeClass('highlight');
    for (const m of moves) g.getElementById(`${m.by}:${m.from}:${m.to}`).addClass('highlight');
  };

  const stem = name.replace(/\.[^.]+$/, '');
  const exportPng = () => {
    const g = cy.current;
    if (g) download(g.png({ full: true, scale: 2, bg: '#ffffff' }), `${stem}-graph.png`);
  };
  const exportSvg = () => {
    const g = cy.current;
    if (!g || !r) return;
    const eq = new Set(conceptResult(r, c)?.equilibria ?? []);
    const nodes: SvgNode[] = g.nodes().map((n) => {
      const id = Number(n.id());
      const kind = eq.has(id) && r.statusQuo === id ? 'both' : eq.has(id) ? 'equilibrium' : r.statusQuo === id ? 'statusQuo' : 'plain';
      return { id: n.id(), label: String(n.data('label')), x: n.position('x'), y: n.position('y'), w: n.data('w'), h: n.data('h'), kind };
    });
    const edges = g
      .edges()
      .filter((e) => allMoves || e.data('improvement'))
      .map((e) => ({ from: e.data('source'), to: e.data('target'), color: e.data('color'), dashed: !e.data('improvement') }));
    const svg = graphToSvg(nodes, edges, `${r.title} — ${CONCEPTS.find((x) => x.id === c)?.label ?? c} equilibria`);
    download(URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), `${stem}-graph.svg`);
  };

  return (
    <div class="graph-view">
      <ConceptPicker analysis={analysis} />
      <JobStatus analysis={analysis} />
      {analysis.error && <p class="error" role="alert">{analysis.error}</p>}
      {r && !r.graph && <p class="muted">This model has {r.states.length} states: too many to draw. Use the stability table under Analysis.</p>}
      {r && r.graph && (
        <>
          <div class="row graph-controls">
            <SelectField
              label="Equilibria under"
              value={c}
              onChange={setConcept}
              choices={r.parameters.concepts.map((k) => ({ value: k, label: CONCEPTS.find((x) => x.id === k)?.label ?? k }))}
            />
            <SelectField
              label="State"
              value={selected ?? ''}
              onChange={(v) => setSelected(Number(v))}
              ariaLabel="Select a state to explain"
              choices={[{ value: '', label: 'choose…', disabled: true }, ...r.states.map((s) => ({ value: s.id, label: `${stateLabel(s, s.id)} ${s.yn}` }))]}
            />
            <label class="check">
              <input type="checkbox" checked={allMoves} onChange={(e) => setAllMoves((e.target as HTMLInputElement).checked)} /> all moves (not only improvements)
            </label>
            <button onClick={exportPng}>PNG</button>
            <button onClick={exportSvg}>SVG</button>
          </div>
          {path && path.length > 0 && (
            <div class="path-banner" role="status" tabIndex={-1} ref={banner} data-path={path.join(',')} data-drawn={pathDrawn}>
              Showing the path <strong>{pathText(path)}</strong> from the Evolution view
              {pathDrawn.includes('joint') ? ' (a dashed black arrow is a joint move of several decision makers)' : ''}.{' '}
              <button class="small" onClick={() => onClearPath?.()}>
                Clear the path
              </button>
            </div>
          )}
          <Legend result={r} />
          <div class="graph-and-explain">
            <div ref={container} class="cy" role="img" aria-label={`State graph of ${r.title}: ${r.states.length} states; use the State list to explore it by keyboard`} />
            <div class="graph-explain">
              {selected === null ? (
                <p class="muted">Click a state (or choose it above) to see why it is or is not stable; the moves involved light up.</p>
              ) : (
                <ExplainPanel name={name} sha={model.file?.sha256 ?? ''} state={selected} concept={c} onState={setSelected} onHighlight={highlight} />
              )}
            </div>
          </div>
        </>
      )}
    </div>
  );
}

function Legend({ result }: { result: Result }) {
  const colours = result.decisionMakers.map((_, i) => DM_COLORS[i % DM_COLORS.length]);
  return (
    <ul class="graph-legend" aria-label="Legend">
      {result.decisionMakers.map((d, i) => (
        <li key={d.id} data-legend="dm">
          <span class="swatch" style={{ background: colours[i] }} /> moves of {d.inSentence ?? d.name}
        </li>
      ))}
      <li data-legend="eq">
        <span class="swatch eq" /> equilibrium
      </li>
      <li data-legend="sq">
        <span class="swatch sq" /> status quo
      </li>
      <li data-legend="sqeq">
        <span class="swatch sq eq-too" /> status quo that is also an equilibrium
      </li>
      <li data-legend="hl">
        <span class="swatch hl" style={{ background: `linear-gradient(90deg, ${[...colours, ...colours].slice(0, Math.max(2, colours.length)).join(', ')})` }} /> thick: an improvement or sanction
        being explained, in the colour of the party that moves
      </li>
      <li data-legend="path">
        <span class="swatch path" /> path from the Evolution view
      </li>
    </ul>
  );
}

function build(el: HTMLElement, r: Result, concept: string): Core {
  const eq = new Set(conceptResult(r, concept)?.equilibria ?? []);
  const color = new Map(r.decisionMakers.map((d, i) => [d.id, DM_COLORS[i % DM_COLORS.length]]));
  const elements: cytoscape.ElementDefinition[] = [];
  const measure = canvasMeasure();
  for (const s of r.states) {
    const classes = [eq.has(s.id) ? 'eq' : '', r.statusQuo === s.id ? 'sq' : ''].join(' ').trim();
    const lines = labelLines(s.id, s.name);
    const box = nodeBox(lines, measure);
    elements.push({ data: { id: String(s.id), label: lines.join('\n'), w: box.w, h: box.h }, classes });
  }
  for (const m of r.graph!.moves) {
    elements.push({
      data: { id: `${m.by}:${m.from}:${m.to}`, source: String(m.from), target: String(m.to), color: color.get(m.by), improvement: m.improvement },
      classes: m.improvement ? 'improvement' : 'faint',
    });
  }
  const cy = cytoscape({
    container: el,
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    layout: { name: 'preset' },
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          shape: 'round-rectangle',
          'text-wrap': 'wrap',
          'text-max-width': '1000px',
          'text-valign': 'center',
          'text-halign': 'center',
          'font-size': LABEL_FONT,
          'font-family': LABEL_FAMILY,
          width: 'data(w)',
          height: 'data(h)',
          'background-color': '#ffffff',
          'border-width': 1.5,
          'border-color': '#4a5568',
          color: '#1d2330',
        },
      },
      { selector: 'node.eq', style: { 'background-color': '#dff3e4', 'border-color': '#2f855a', 'border-width': 4 } },
      { selector: 'node.sq', style: { 'background-color': '#fff4d6', 'border-color': '#b7791f', 'border-width': 6, 'border-style': 'double' } },
      // a status quo that is also an equilibrium: the gold ring inside the equilibrium's green one
      { selector: 'node.sq.eq', style: { 'background-color': '#dff3e4', 'outline-width': 4, 'outline-color': '#2f855a', 'outline-offset': 0 } },
      { selector: 'node.selected', style: { 'overlay-color': '#1f56c4', 'overlay-opacity': 0.15, 'overlay-padding': 6 } },
      {
        selector: 'edge',
        style: {
          width: 1.6,
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          'arrow-scale': 0.9,
        },
      },
      { selector: 'edge.faint', style: { opacity: 0.12, 'line-style': 'dashed' } },
      { selector: 'edge.highlight', style: { width: 4, opacity: 1, 'line-style': 'solid', 'z-index': 10 } },
      { selector: 'node.onpath', style: { 'background-color': '#e3ecfd', 'border-color': '#1f56c4', 'border-width': 5 } },
      { selector: 'edge.onpath', style: { width: 5, opacity: 1, 'line-style': 'solid', 'z-index': 20 } },
      {
        selector: 'edge.joint',
        style: {
          'line-style': 'dashed',
          'line-color': '#1d2330',
          'target-arrow-color': '#1d2330',
          'curve-style': 'unbundled-bezier',
          'control-point-distances': [70],
          'control-point-weights': [0.5],
        },
      },
    ],
  });
  place(cy, el);
  return cy;
}

/**
 * Lays the graph out and fits it into a frame as tall as the window leaves (at least 360 px): in
 * layers (dagre, left to right or top to bottom) when that fits with readable labels, else on an
 * ellipse if that shows more; a graph too large for either at a readable zoom is shown readable
 * from its top left corner, in a taller frame, to pan.
 */
function place(cy: Core, el: HTMLElement) {
  const fw = el.clientWidth || 600;
  const top = el.getBoundingClientRect().top + window.scrollY;
  const fh = Math.round(Math.min(1100, Math.max(360, window.innerHeight - top - 12)));
  const dagre = (dir: string) => () =>
    cy.layout({ name: 'dagre', rankDir: dir, nodeSep: 24, rankSep: 56, edgeSep: 8, fit: false } as cytoscape.LayoutOptions).run();
  const nodes = cy.nodes().sort((a, b) => Number(a.id()) - Number(b.id()));
  const ellipse = () => {
    const at = ellipseLayout(
      nodes.map((n) => ({ w: n.data('w'), h: n.data('h') })),
      fw / fh,
    );
    nodes.forEach((n, i) => {
      n.position(at[i]);
    });
  };
  const layouts: [string, () => void][] = [
    ['LR', dagre('LR')],
    ['TB', dagre('TB')],
    ['ellipse', ellipse],
  ];
  let best = { name: '', zoom: -1, run: layouts[0][1] };
  for (const [name, run] of layouts) {
    run();
    const bb = cy.elements().boundingBox();
    const zoom = fitZoom(bb.w, bb.h, fw, fh);
    const layered = name !== 'ellipse';
    // layers show more of the structure: they win whenever they are readable
    if (layered && zoom >= READABLE_ZOOM && (best.zoom < READABLE_ZOOM || zoom > best.zoom)) best = { name, zoom, run };
    else if (best.zoom < READABLE_ZOOM && zoom > best.zoom) best = { name, zoom, run };
  }
  best.run();
  const bb = cy.elements().boundingBox();
  el.style.height = `${best.zoom >= READABLE_ZOOM ? fh : frameHeight(bb.w, bb.h, fw, fh, 1100)}px`;
  cy.resize();
  cy.fit(undefined, 16);
  if (cy.zoom() > 1.5) {
    cy.zoom(1.5);
    cy.center();
  } else if (cy.zoom() < READABLE_ZOOM) {
    cy.zoom(READABLE_ZOOM);
    cy.pan({ x: 16 - bb.x1 * READABLE_ZOOM, y: 16 - bb.y1 * READABLE_ZOOM });
  }
  el.dataset.layout = best.name;
}
