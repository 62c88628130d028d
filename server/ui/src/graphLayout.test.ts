import { describe, expect, it } from 'vitest';
import { LABEL_FONT, READABLE_ZOOM, ellipseLayout, fitZoom, frameHeight, labelLines, nodeBox } from './graphLayout';

const measure = (t: string) => t.length * 8;

describe('state graph sizing', () => {
  it('makes each node wide enough for its longest label line', () => {
    const small = nodeBox(labelLines(7), measure);
    const named = nodeBox(labelLines(7, 'capitulation'), measure);
    expect(named.w).toBeGreaterThanOrEqual(12 * 8 + 2 * 10);
    expect(named.h).toBeGreaterThan(small.h);
    expect(named.h).toBeGreaterThanOrEqual(2 * LABEL_FONT);
    expect(small.w).toBeGreaterThanOrEqual(small.h); // a short label still gets a square
  });

  it('fits by the tighter of width and height', () => {
    expect(fitZoom(1000, 100, 532, 500)).toBeCloseTo(0.5);
    expect(fitZoom(100, 1000, 500, 532)).toBeCloseTo(0.5);
  });

  it('grows the frame so that a tall graph fits at a readable zoom, within limits', () => {
    // 400 wide fits the 600 px frame at zoom 1, so the frame takes the whole 900 height
    expect(frameHeight(400, 900, 600, 460, 1200)).toBe(900 + 32);
    // a short graph keeps the smallest height
    expect(frameHeight(400, 100, 600, 460, 1200)).toBe(460);
    // a very wide graph is shown at the readable zoom at least
    expect(frameHeight(4000, 600, 600, 300, 2000)).toBe(Math.round(600 * READABLE_ZOOM + 32));
    expect(frameHeight(400, 5000, 600, 460, 1200)).toBe(1200);
  });
});

describe('ellipse layout', () => {
  it('keeps every pair of boxes apart, and is no larger than it must be', () => {
    const boxes = [60, 110, 40, 96, 44, 130, 40, 70, 40, 40, 52, 88].map((w, i) => ({ w, h: i % 3 === 0 ? 52 : 34 }));
    for (const aspect of [0.8, 1, 1.4, 2]) {
      const at = ellipseLayout(boxes, aspect, 14);
      let tight = Number.POSITIVE_INFINITY;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const sx = Math.abs(at[i].x - at[j].x) - (boxes[i].w + boxes[j].w) / 2;
          const sy = Math.abs(at[i].y - at[j].y) - (boxes[i].h + boxes[j].h) / 2;
          const space = Math.max(sx, sy);
          expect(space).toBeGreaterThanOrEqual(14 - 1e-6);
          tight = Math.min(tight, space);
        }
      }
      // some pair is exactly at the gap: the ellipse was not made larger than needed
      expect(tight).toBeCloseTo(14, 6);
      const xs = at.map((p) => p.x);
      const ys = at.map((p) => p.y);
      const w = Math.max(...xs) - Math.min(...xs);
      const h = Math.max(...ys) - Math.min(...ys);
      expect(w / h).toBeCloseTo(aspect, 1);
    }
  });

  it('places one box at the centre and none for no boxes', () => {
    expect(ellipseLayout([], 1)).toEqual([]);
    expect(ellipseLayout([{ w: 10, h: 10 }], 1)).toEqual([{ x: 0, y: 0 }]);
  });
});
