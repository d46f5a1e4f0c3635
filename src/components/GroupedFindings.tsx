// Findings grouped by kind with their counts, then the first ones in full and the rest behind "show all":
// an import with tens of thousands of findings must not freeze the page.

import { useState } from 'react';
import { FindingList, type FindingItem } from './FindingList';

export interface FindingGroup {
  key: string;
  text: string;
}

export interface GroupedFindingsProps {
  groups: readonly FindingGroup[];
  items: readonly FindingItem[];
  emptyText: string;
  /** How many are listed before "show all". */
  first: number;
  shownText: string;
  showAllText: string;
}

export function GroupedFindings({ groups, items, emptyText, first, shownText, showAllText }: GroupedFindingsProps) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, first);
  return (
    <div className="grouped-findings">
      {groups.length > 1 && (
        <ul className="finding-groups">
          {groups.map((group) => (
            <li key={group.key}>{group.text}</li>
          ))}
        </ul>
      )}
      <FindingList items={shown} emptyText={emptyText} />
      {!all && items.length > first && (
        <p>
          {shownText}{' '}
          <button
            type="button"
            onClick={() => {
              setAll(true);
            }}
          >
            {showAllText}
          </button>
        </p>
      )}
    </div>
  );
}
