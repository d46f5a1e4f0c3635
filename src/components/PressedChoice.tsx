// A choice among a few forms (dot plot or bars, one radar or small multiples): a group of buttons, the chosen
// one pressed (aria-pressed), so that a screen reader hears which form is on.

export interface PressedChoiceProps<V extends string> {
  label: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}

export function PressedChoice<V extends string>({ label, options, value, onChange }: PressedChoiceProps<V>) {
  return (
    <div role="group" aria-label={label} className="chart-form">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => {
            onChange(option.value);
          }}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
