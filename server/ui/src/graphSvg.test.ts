import { describe, expect, it } from 'vitest';
import { graphToSvg } from './graphSvg';

describe('graph SVG export', () => {
  it('draws every node and edge, and escapes text', () => {
    const svg = graphToSvg(
      [
        { id: '1', label: '1 <crash>', x: 0, y: 0, kind: 'statusQuo' },
        { id: '2', label: '2', x: 100, y: 0, kind: 'equilibrium' },
      ],
      [
        { from: '1', to: '2', color: '#2b6cb0', dashed: false },
        { from: '2', to: '9', color: '#c53030', dashed: true },
      ],
      'Chicken & co',
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/<line /g)).toHaveLength(1); // the edge to a missing node is left out
    expect(svg).toContain('1 &lt;crash&gt;');
    expect(svg).toContain('<title>Chicken &amp; co</title>');
    expect(svg).toContain('stroke="#b7791f"'); // status quo ring
  });
});
