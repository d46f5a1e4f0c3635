// A labelled select: pick a district for its report card, a site type for its ranking, or a period (grouped by series).

import { useId } from 'react';

export interface SelectFieldProps {
  label: string;
  value: string;
  /** In order; options with a group are shown under its name (consecutive options of one group together). */
  options: readonly { value: string; label: string; group?: string }[];
  onChange: (value: string) => void;
}

export function SelectField({ label, value, options, onChange }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="select-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {groupsOf(options).map(({ group, items }) => {
          const list = items.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ));
          return group === undefined ? (
            list
          ) : (
            <optgroup key={group} label={group}>
              {list}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}

/** The options by group, groups in the order their first option comes (options without one stand alone, in order). */
function groupsOf(options: SelectFieldProps['options']): { group: string | undefined; items: SelectFieldProps['options'][number][] }[] {
  const out: { group: string | undefined; items: SelectFieldProps['options'][number][] }[] = [];
  for (const option of options) {
    const same = option.group === undefined ? undefined : out.find((g) => g.group === option.group);
    if (same) same.items.push(option);
    else out.push({ group: option.group, items: [option] });
  }
  return out;
}
