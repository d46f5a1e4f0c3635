// The parser's findings as a list: severity in words (not only colour), where, and what.

import type { Severity } from '../data/types';

export interface FindingItem {
  key: string;
  severity: Severity;
  severityLabel: string;
  location: string;
  text: string;
}

export function FindingList({ items, emptyText }: { items: readonly FindingItem[]; emptyText: string }) {
  if (items.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="finding-list">
      {items.map((item) => (
        <li key={item.key} className={`finding finding-${item.severity}`}>
          <strong className="finding-severity">{item.severityLabel}</strong> <span className="finding-location">{item.location}</span>
          <p>{item.text}</p>
        </li>
      ))}
    </ul>
  );
}
