// How the state graph is sized and fitted on screen: each node is a box around its label, and the
// graph is fitted into its frame at a zoom that keeps the labels readable (the frame grows taller
// when the graph needs it).

/** The label font size in graph units, and the smallest size (px) a label may appear on screen. */
export const LABEL_FONT = 14;
export const MIN_LABEL_PX = 12;
/** The label font, as the canvas draws it (the same for cytoscape and for measuring). */
export const LABEL_FAMILY = '"Liberation Sans", "DejaVu Sans", Arial, sans-serif';
const LINE_HEIGHT = 1.25;
const PAD_X = 10;
const PAD_Y = 8;

/** The lines of a state's label: its number, then its name if it has one. */
export function labelLines(id: number, name?: string | null): string[] {
  return name ? [String(id), name] : [String(id)];
}

/** The size of a node's box (graph units) that holds its label lines, given a text measure. */
export function nodeBox(lines: string[], measure: (text: string) => number): { w: number; h: number } {
  const text = Math.max(...lines.map(measure));
  const h = Math.ceil(lines.length * LABEL_FONT * LINE_HEIGHT + 2 * PAD_Y);
  return { w: Math.max(h, Math.ceil(text) + 2 * PAD_X), h };
}

/** A measure of text width in the label font (the browser's canvas). */
export function canvasMeasure(): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (t) => t.length * LABEL_FONT * 0.6;
  ctx.font = `${LABEL_FONT}px ${LABEL_FAMILY}`;
  return (t) => ctx.measureText(t).width;
}

/** The zoom that fits a box of w×h graph units into a frame of fw×fh px with a margin. */
export function fitZoom(w: number, h: number, fw: number, fh: number, margin = 16): number {
  return Math.min((fw - 2 * margin) / Math.max(w, 1), (fh - 2 * margin) / Math.max(h, 1));
}

/** The smallest zoom at which labels are still readable. */
export const READABLE_ZOOM = MIN_LABEL_PX / LABEL_FONT;

/**
 * The frame height (px) to give a graph of w×h graph units in a frame fw px wide whose height is
 * at least minH: tall enough to show it whole at a readable zoom, if its width allows that, but
 * never taller than maxH (a larger graph is then panned).
 */
export function frameHeight(w: number, h: number, fw: number, minH: number, maxH: number, margin = 16): number {
  const z = Math.min(1, Math.max(READABLE_ZOOM, (fw - 2 * margin) / Math.max(w, 1)));
  return Math.round(Math.min(maxH, Math.max(minH, h * z + 2 * margin)));
}

/**
 * Places boxes (in the given order, clockwise from the top) on an ellipse as wide and tall as the
 * frame's aspect ratio (width / height), scaled just enough that no two boxes come closer than
 * `gap`: a compact, deterministic layout for a graph that does not fit its frame in layers.
 */
export function ellipseLayout(boxes: { w: number; h: number }[], aspect: number, gap = 14): { x: number; y: number }[] {
  const n = boxes.length;
  if (n === 0) return [];
  if (n === 1) return [{ x: 0, y: 0 }];
  const unit = boxes.map((_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: Math.cos(a) * aspect, y: Math.sin(a) };
  });
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.abs(unit[i].x - unit[j].x);
      const dy = Math.abs(unit[i].y - unit[j].y);
      const needX = dx > 1e-9 ? ((boxes[i].w + boxes[j].w) / 2 + gap) / dx : Number.POSITIVE_INFINITY;
      const needY = dy > 1e-9 ? ((boxes[i].h + boxes[j].h) / 2 + gap) / dy : Number.POSITIVE_INFINITY;
      k = Math.max(k, Math.min(needX, needY));
    }
  }
  return unit.map((p) => ({ x: p.x * k, y: p.y * k }));
}
