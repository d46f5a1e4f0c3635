// Findings grouped by kind, each listed once under its kind's severity and count, the first ones in full and the
// rest behind "show all": an import with tens of thousands of findings must not freeze the page, so only the shown
// ones are built.

import { FindingList, type FindingItem } from './FindingList';

export interface FindingGroup {
  key: string;
  /** Severity and count, e.g. 错误 500 条. */
  text: string;
  count: number;
  /** The findings of this kind that are shown. */
  items: readonly FindingItem[];
}

export interface GroupedFindingsProps {
  groups: readonly FindingGroup[];
  shown: number;
  total: number;
  emptyText: string;
  shownText: string;
  showAllText: string;
  onShowAll: () => void;
}

export function GroupedFindings({ groups, shown, total, emptyText, shownText, showAllText, onShowAll }: GroupedFindingsProps) {
  if (total === 0) return <p>{emptyText}</p>;
  return (
    <div className="grouped-findings">
      <ul className="finding-groups">
        {groups.map((group) => (
          <li key={group.key}>
            {/* A kind seen once and shown needs no heading: its one finding says what it is. */}
            {(group.count > 1 || group.items.length === 0) && <p className="finding-group-head">{group.text}</p>}
            {group.items.length > 0 && <FindingList items={group.items} emptyText="" />}
          </li>
        ))}
      </ul>
      {shown < total && (
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
