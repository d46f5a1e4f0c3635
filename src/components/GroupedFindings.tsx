// Findings grouped by kind with their counts, then the first ones in full and the rest behind "show all":
// an import with tens of thousands of findings must not freeze the page, so only the shown ones are built.

import { FindingList, type FindingItem } from './FindingList';

export interface FindingGroup {
  key: string;
  text: string;
}

export interface GroupedFindingsProps {
  groups: readonly FindingGroup[];
  /** The findings shown: the first ones, or all of them once asked. */
  items: readonly FindingItem[];
  total: number;
  emptyText: string;
  shownText: string;
  showAllText: string;
  onShowAll: () => void;
}

export function GroupedFindings({ groups, items, total, emptyText, shownText, showAllText, onShowAll }: GroupedFindingsProps) {
  return (
    <div className="grouped-findings">
      {groups.length > 1 && (
        <ul className="finding-groups">
          {groups.map((group) => (
            <li key={group.key}>{group.text}</li>
          ))}
        </ul>
      )}
      <FindingList items={items} emptyText={emptyText} />
      {items.length < total && (
        <p>
          {shownText}{' '}
          <button type="button" onClick={onShowAll}>
            {showAllText}
          </button>
        </p>
      )}
    </div>
  );
}
