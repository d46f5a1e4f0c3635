// A read under way (a big text in the worker, an image's recognition): what it is doing, how far, and cancel.

export interface ReadProgressProps {
  id: string;
  label: string;
  /** Done out of max; undefined: under way, with no measure (the bar moves without a value). */
  value: number | undefined;
  max: number;
  cancelLabel: string;
  onCancel: () => void;
}

export function ReadProgress({ id, label, value, max, cancelLabel, onCancel }: ReadProgressProps) {
  return (
    <div className="parse-progress">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={max} value={value} />
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
