// The notes screen: what the parser found (recovered header, rounding, ties) and the printed source lines.

import { FindingList } from '../components/FindingList';
import { SourceLines } from '../components/SourceLines';
import { describeFinding, describeLocation } from '../i18n/describeFinding';
import { sourceExcerpt } from '../model/sourceExcerpt';
import { selectActive } from '../store/selectors';
import { useDashboard } from '../store/store';
import { useViewTranslate } from './useViewTranslate';

const SEVERITY_KEYS = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

export function NotesView() {
  const loaded = useDashboard(selectActive);
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  if (!loaded) return null;
  const lines = sourceExcerpt(loaded.text, loaded.inspection, loaded.findings);
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('findingsTitle')}</h2>
      <p>{t('findingsIntro')}</p>
      <FindingList
        emptyText={t('noFindings')}
        items={loaded.findings.map((finding, i) => ({
          key: `${finding.code}-${i}`,
          severity: finding.severity,
          severityLabel: t(SEVERITY_KEYS[finding.severity]),
          location: describeLocation(finding, language),
          text: describeFinding(finding, language),
        }))}
      />
      <h2>{t('sourceTitle')}</h2>
      <p>{t('sourceIntro')}</p>
      <SourceLines caption={t('sourceTitle')} lineHeader={t('lineNumber')} textHeader={t('lineText')} lines={lines} />
    </section>
  );
}
