// Numbered lines of the source text, tabs kept, with the lines that findings point at marked.

import { ScrollTable } from './ScrollTable';

export interface SourceLinesProps {
  caption: string;
  lineHeader: string;
  textHeader: string;
  lines: readonly { number: number; text: string; marked: boolean }[];
}

export function SourceLines({ caption, lineHeader, textHeader, lines }: SourceLinesProps) {
  return (
    <ScrollTable caption={caption} columns={[lineHeader, textHeader]} className="source-lines">
      <tbody>
        {lines.map((line) => (
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
  );
}
