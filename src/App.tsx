// The dashboard shell: for now, the parsed districts and totals of the embedded inspection.
import { parseInspection } from './data/parseInspection';
import { embeddedText } from './data/embedded/source';

const parsed = parseInspection(embeddedText);

export function App() {
  if (!parsed.ok) return <p role="alert">The embedded data could not be read.</p>;
  const totals = new Map(parsed.inspection.publishedTotals.map((t) => [t.district, t.value]));
  return (
    <main>
      <h1>{parsed.inspection.title}</h1>
      <ol>
        {parsed.inspection.districts.map((district) => (
          <li key={district}>
            {district} {totals.get(district)?.toFixed(1)}
          </li>
        ))}
      </ol>
    </main>
  );
}
