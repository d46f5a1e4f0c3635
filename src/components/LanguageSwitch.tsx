// The language switch: one pressed button per language.

export interface LanguageSwitchProps<L extends string> {
  label: string;
  languages: readonly { value: L; label: string }[];
  value: L;
  onChange: (value: L) => void;
}

export function LanguageSwitch<L extends string>({ label, languages, value, onChange }: LanguageSwitchProps<L>) {
  return (
    <div role="group" aria-label={label} className="language-switch">
      {languages.map((language) => (
        <button
          key={language.value}
          type="button"
          aria-pressed={language.value === value}
          lang={language.value === 'zh' ? 'zh-CN' : 'en'}
          onClick={() => {
            onChange(language.value);
          }}
        >
          {language.label}
        </button>
      ))}
    </div>
  );
}
