// The state graph as a standalone SVG file, from the positions and sizes the layout gave the nodes:
// each a box around its label (its lines separated by '\n'), drawn as on screen.

export type SvgNode = { id: string; label: string; x: number; y: number; w?: number; h?: number; kind: 'plain' | 'equilibrium' | 'statusQuo' | 'both' };
export type SvgEdge = { from: string; to: string; color: string; dashed: boolean };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const size = (n: SvgNode) => ({ w: n.w ?? 44, h: n.h ?? 44 });

/** Where the line from the centre of a box towards (tx, ty) leaves it. */
function border(n: SvgNode, tx: number, ty: number): [number, number] {
  const { w, h } = size(n);
  const dx = tx - n.x;
  const dy = ty - n.y;
  const k = Math.min(1, Math.abs(dx) > 1e-9 ? (w / 2 + 3) / Math.abs(dx) : Infinity, Math.abs(dy) > 1e-9 ? (h / 2 + 3) / Math.abs(dy) : Infinity);
  return [n.x + dx * k, n.y + dy * k];
}

export function graphToSvg(nodes: SvgNode[], edges: SvgEdge[], title: string): string {
  const pad = 40;
  const minX = Math.min(0, ...nodes.map((n) => n.x - size(n).w / 2)) - pad;
  const minY = Math.min(0, ...nodes.map((n) => n.y - size(n).h / 2)) - pad - 20;
  const w = Math.max(1, ...nodes.map((n) => n.x + size(n).w / 2)) - minX + pad;
  const h = Math.max(1, ...nodes.map((n) => n.y + size(n).h / 2)) - minY + pad;
  const at = new Map(nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX.toFixed(1)} ${minY.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" font-family="Liberation Sans, DejaVu Sans, Arial, sans-serif">`);
  out.push(`<title>${esc(title)}</title>`);
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>');
  out.push(`<rect x="${minX}" y="${minY}" width="${w}" height="${h}" fill="#ffffff"/>`);
  out.push(`<text x="${(minX + 12).toFixed(1)}" y="${(minY + 22).toFixed(1)}" font-size="14" fill="#10203f">${esc(title)}</text>`);
  for (const e of edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) continue;
    const [x1, y1] = border(a, b.x, b.y);
    const [x2, y2] = border(b, a.x, a.y);
    out.push(
      `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${esc(e.color)}" stroke-width="1.6"${e.dashed ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#arrow)"/>`,
    );
  }
  for (const n of nodes) {
    const { w: nw, h: nh } = size(n);
    const eq = n.kind === 'equilibrium' || n.kind === 'both';
    const sq = n.kind === 'statusQuo' || n.kind === 'both';
    const fill = eq ? '#dff3e4' : sq ? '#fff4d6' : '#ffffff';
    const box = (bw: number, bh: number, f: string, stroke: string, width: number) =>
      `<rect x="${(n.x - bw / 2).toFixed(1)}" y="${(n.y - bh / 2).toFixed(1)}" width="${bw.toFixed(1)}" height="${bh.toFixed(1)}" rx="6" fill="${f}" stroke="${stroke}" stroke-width="${width}"/>`;
    // an equilibrium is ringed green; the status quo has the gold double ring, inside the green
    // one when it is both
    if (eq && sq) out.push(box(nw + 8, nh + 8, 'none', '#2f855a', 4));
    out.push(box(nw, nh, fill, sq ? '#b7791f' : eq ? '#2f855a' : '#4a5568', sq ? 2 : eq ? 4 : 1.5));
    if (sq) out.push(box(nw - 7, nh - 7, 'none', '#b7791f', 2));
    const lines = n.label.split('\n');
    lines.forEach((line, i) => {
      const y = n.y + (i - (lines.length - 1) / 2) * 17.5 + 5;
      out.push(`<text x="${n.x.toFixed(1)}" y="${y.toFixed(1)}" font-size="14" text-anchor="middle" fill="#1d2330">${esc(line)}</text>`);
    });
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** A palette of distinguishable colours, one per decision maker. */
export const DM_COLORS = ['#2b6cb0', '#c53030', '#2f855a', '#6b46c1', '#b7791f', '#2c7a7b', '#97266d', '#4a5568'];
