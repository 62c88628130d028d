// The state graph as a standalone SVG file, from the positions the layout gave the nodes.

export type SvgNode = { id: string; label: string; x: number; y: number; kind: 'plain' | 'equilibrium' | 'statusQuo' | 'both' };
export type SvgEdge = { from: string; to: string; color: string; dashed: boolean };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function graphToSvg(nodes: SvgNode[], edges: SvgEdge[], title: string): string {
  const r = 22;
  const pad = 40;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = Math.min(0, ...xs) - pad;
  const minY = Math.min(0, ...ys) - pad - 20;
  const w = Math.max(1, ...xs) - minX + pad;
  const h = Math.max(1, ...ys) - minY + pad;
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
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const x1 = a.x + (dx / len) * r;
    const y1 = a.y + (dy / len) * r;
    const x2 = b.x - (dx / len) * r;
    const y2 = b.y - (dy / len) * r;
    out.push(
      `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${esc(e.color)}" stroke-width="1.6"${e.dashed ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#arrow)"/>`,
    );
  }
  for (const n of nodes) {
    const fill = n.kind === 'plain' ? '#ffffff' : n.kind === 'statusQuo' ? '#fff4d6' : '#dff3e4';
    const stroke = n.kind === 'statusQuo' || n.kind === 'both' ? '#b7791f' : n.kind === 'equilibrium' ? '#2f855a' : '#4a5568';
    const width = n.kind === 'plain' ? 1.5 : 3;
    out.push(`<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${r}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`);
    out.push(`<text x="${n.x.toFixed(1)}" y="${(n.y + 4).toFixed(1)}" font-size="11" text-anchor="middle" fill="#1d2330">${esc(n.label)}</text>`);
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** A palette of distinguishable colours, one per decision maker. */
export const DM_COLORS = ['#2b6cb0', '#c53030', '#2f855a', '#6b46c1', '#b7791f', '#2c7a7b', '#97266d', '#4a5568'];
