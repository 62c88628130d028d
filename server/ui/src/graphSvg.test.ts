import { describe, expect, it } from 'vitest';
import { graphToSvg } from './graphSvg';

describe('graph SVG export', () => {
  it('draws every node and edge, and escapes text', () => {
    const svg = graphToSvg(
      [
        { id: '1', label: '1\n<crash>', x: 0, y: 0, w: 70, h: 50, kind: 'statusQuo' },
        { id: '2', label: '2', x: 100, y: 0, kind: 'equilibrium' },
        { id: '3', label: '3\ncapitulation', x: 0, y: 200, w: 110, h: 50, kind: 'both' },
      ],
      [
        { from: '1', to: '2', color: '#2b6cb0', dashed: false },
        { from: '2', to: '9', color: '#c53030', dashed: true },
      ],
      'Chicken & co',
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // the status quo: a box and its inner gold ring; the equilibrium: a box; both: a green ring too
    expect(svg.match(/<rect [^>]*rx="6"/g)).toHaveLength(2 + 1 + 3);
    expect(svg).toContain('width="110.0" height="50.0"'); // the box sized to its label
    expect(svg).toContain('width="118.0" height="58.0" rx="6" fill="none" stroke="#2f855a"');
    expect(svg.match(/<line /g)).toHaveLength(1); // the edge to a missing node is left out
    expect(svg).toContain('>&lt;crash&gt;</text>');
    expect(svg).toContain('>capitulation</text>');
    expect(svg).toContain('<title>Chicken &amp; co</title>');
    expect(svg).toContain('stroke="#b7791f"'); // status quo ring
  });
});
