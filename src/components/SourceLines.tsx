// Numbered lines of the source text, tabs kept, with the lines that findings point at marked.

export interface SourceLinesProps {
  caption: string;
  lineHeader: string;
  textHeader: string;
  lines: readonly { number: number; text: string; marked: boolean }[];
}

export function SourceLines({ caption, lineHeader, textHeader, lines }: SourceLinesProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="source-lines">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{lineHeader}</th>
            <th scope="col">{textHeader}</th>
          </tr>
        </thead>
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
      </table>
    </div>
  );
}
