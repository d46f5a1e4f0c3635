// @vitest-environment jsdom
// A long table's first draw: the rows that fill its box, not the overscan alone until a second draw.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { VirtualRows } from '../../../src/components/VirtualRows';

describe('VirtualRows', () => {
  it('draws a box of 300 districts full on its first draw, before the box is measured', () => {
    const names = Array.from({ length: 300 }, (_, i) => `区${String(i + 1).padStart(3, '0')}`);
    // The first draw alone (a server render runs no effect, so nothing is measured): what the first frame shows.
    const html = renderToString(
      <table>
        <tbody>
          <VirtualRows
            count={names.length}
            rowHeight={33}
            scrollElement={() => null}
            renderRow={(index) => (
              <tr key={names[index]} className="district-row">
                <th scope="row">{names[index]}</th>
                <td>80.7</td>
              </tr>
            )}
          />
        </tbody>
      </table>,
    );
    const drawn = html.match(/class="district-row"/g)?.length ?? 0;
    // The box is 75 % of the window high (.table-scroll.virtual), a row 33 px: every row in it, from 区001.
    expect(drawn).toBeGreaterThanOrEqual(Math.ceil((window.innerHeight * 0.75) / 33));
    expect(drawn).toBeLessThan(100);
    expect(html).toContain('区001');
  });
});
