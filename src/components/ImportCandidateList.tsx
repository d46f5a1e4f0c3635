// The tables and lists an import found, as radio buttons: the user picks which one to import.

export interface ImportCandidateOption {
  id: string;
  label: string;
  summary: string;
}

export interface ImportCandidateListProps {
  legend: string;
  name: string;
  options: readonly ImportCandidateOption[];
  chosen: string;
  onChoose: (id: string) => void;
}

export function ImportCandidateList({ legend, name, options, chosen, onChoose }: ImportCandidateListProps) {
  return (
    <fieldset className="import-candidates">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="import-candidate">
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={option.id === chosen}
            onChange={() => {
              onChoose(option.id);
            }}
          />{' '}
          {option.label} · {option.summary}
        </label>
      ))}
    </fieldset>
  );
}
