// Numbered lines of the source text, tabs kept, with the lines that findings point at marked. A long source (a
// spreadsheet of thousands of lines) shows its first lines and a button for the rest, so that opening the notes does
// not lay out thousands of rows no one asked for; the lines findings point at are shown with them.

import { useState } from 'react';
import { ScrollTable } from './ScrollTable';

/** Lines shown before the reader asks for all of them. */
export const SOURCE_LINES_FIRST = 200;

export interface SourceLinesProps {
  caption: string;
  lineHeader: string;
  textHeader: string;
  lines: readonly { number: number; text: string; marked: boolean }[];
  /** Said under a long source's first lines: how many are shown (the first ones and the marked ones) of how many. */
  partLabel: (counts: { shown: number; first: number; count: number }) => string;
  /** The button that shows every line ({count}). */
  showAllLabel: (count: number) => string;
}

export function SourceLines({ caption, lineHeader, textHeader, lines, partLabel, showAllLabel }: SourceLinesProps) {
  const [all, setAll] = useState(false);
  const long = !all && lines.length > SOURCE_LINES_FIRST;
  // The first lines and every marked one after them: a finding's line is always there to be read.
  const shown = long ? lines.filter((line, index) => index < SOURCE_LINES_FIRST || line.marked) : lines;
  return (
    <>
      <ScrollTable caption={caption} columns={[lineHeader, textHeader]} className="source-lines">
        <tbody>
          {shown.map((line) => (
            <tr key={line.number} className={line.marked ? 'marked' : undefined}>
              <th scope="row" className="num">
                {line.number}
              </th>
              <td>
                <code>{line.text}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {long && (
        <p className="source-lines-more">
          {partLabel({ shown: shown.length, first: SOURCE_LINES_FIRST, count: lines.length })}{' '}
          <button
            type="button"
            onClick={() => {
              setAll(true);
            }}
          >
            {showAllLabel(lines.length)}
          </button>
        </p>
      )}
    </>
  );
}
