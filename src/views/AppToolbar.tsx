// The header's tools: the period picker, import, copy link, embed, language and theme. On a phone they fold behind
// a menu button (styles/header.css); wider screens show them in one row.

import { useState } from 'react';
import { CopyButton } from '../components/CopyButton';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SelectField } from '../components/SelectField';
import { loadLanguage } from '../i18n/messages';
import { LANGUAGES, type Language } from '../i18n/names';
import type { LoadedInspection } from '../store/importsSlice';
import { THEMES } from '../store/preferences';
import { selectOrderedInspections, selectSeriesKeys } from '../store/selectors';
import { useDashboard } from '../store/store';
import { seriesTitleOf } from './useSeriesTitle';
import { useTranslate, type Translate } from './useTranslate';

const TOOLBAR_ID = 'app-toolbar';
const THEME_LABELS = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' } as const;

export interface AppToolbarProps {
  /** The period shown. */
  activeId: string;
  onImport: () => void;
  onEmbed: () => void;
  /** A notice for the status line (a language that could not load). */
  onNotice: (text: string) => void;
}

/** The reader's preferences: the language (switched once its strings have loaded) and the theme. */
function PreferenceFields({ onNotice }: { onNotice: (text: string) => void }) {
  const language = useDashboard((s) => s.language);
  const setLanguage = useDashboard((s) => s.setLanguage);
  const theme = useDashboard((s) => s.theme);
  const setTheme = useDashboard((s) => s.setTheme);
  const t = useTranslate();
  return (
    <>
      <LanguageSwitch
        label={t('languageLabel')}
        languages={LANGUAGES.map((l) => ({ value: l, label: t(l === 'zh' ? 'languageZh' : 'languageEn') }))}
        value={language}
        onChange={(next) => {
          // Switch once the language's strings have loaded, so that no screen shows a mix of languages.
          loadLanguage(next).then(
            () => setLanguage(next),
            () => onNotice(t('languageUnavailable')),
          );
        }}
      />
      <SelectField
        label={t('themeLabel')}
        value={theme}
        options={THEMES.map((value) => ({ value, label: t(THEME_LABELS[value]) }))}
        onChange={(value) => setTheme(THEMES.find((x) => x === value) ?? 'auto')}
      />
    </>
  );
}

export function AppToolbar({ activeId, onImport, onEmbed, onNotice }: AppToolbarProps) {
  const language = useDashboard((s) => s.language);
  const ordered = useDashboard(selectOrderedInspections);
  const setActive = useDashboard((s) => s.setActive);
  const seriesKeys = useDashboard(selectSeriesKeys);
  const [menuOpen, setMenuOpen] = useState(false);
  const t = useTranslate();
  return (
    <>
      {/* On a phone the tools fold behind this button (styles/header.css); wider screens show them in one row. */}
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={menuOpen}
        aria-controls={TOOLBAR_ID}
        onClick={() => {
          setMenuOpen(!menuOpen);
        }}
      >
        {t('menuOpen')}
      </button>
      {/* Escape folds the open menu and gives the focus back to its button, as a disclosure does. */}
      <div
        id={TOOLBAR_ID}
        className={menuOpen ? 'toolbar open' : 'toolbar'}
        role="group"
        aria-label={t('toolsLabel')}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !menuOpen) return;
          setMenuOpen(false);
          document.querySelector<HTMLElement>('.menu-toggle')?.focus();
        }}
      >
        <SelectField
          label={t('periodPicker')}
          value={activeId}
          options={periodOptions(ordered, seriesKeys, language, t)}
          onChange={setActive}
        />
        <button
          type="button"
          onClick={() => {
            // The dialog takes the screen; the menu is folded behind it, not left open after the import.
            setMenuOpen(false);
            onImport();
          }}
        >
          {t('importOpen')}
        </button>
        <CopyButton
          label={t('copyLink')}
          copiedLabel={t('linkCopied')}
          failedLabel={t('copyFailed')}
          text={() =>
            import('./copyLink').then((module) =>
              module.copyLinkText(useDashboard.getState(), `${window.location.origin}${window.location.pathname}`),
            )
          }
        />
        <button type="button" onClick={onEmbed}>
          {t('embedOpen')}
        </button>
        <PreferenceFields onNotice={onNotice} />
      </div>
    </>
  );
}

/**
 * The period picker's options: each period by its name; with periods of several series, grouped under their series'
 * titles, so that another city's month never reads as Taiyuan's next one.
 */
function periodOptions(ordered: readonly LoadedInspection[], keys: ReadonlyMap<string, string>, language: Language, t: Translate) {
  const several = new Set(keys.values()).size > 1;
  return ordered.map((i) => {
    const option = { value: i.id, label: i.source.periodLabel[language] };
    if (!several) return option;
    const series = ordered.filter((o) => keys.get(o.id) === keys.get(i.id));
    return { ...option, group: seriesTitleOf(series, language, t) };
  });
}
