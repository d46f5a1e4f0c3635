// The notes screen: what the parser found (recovered header, rounding, ties) and the printed source lines.

import { useState } from 'react';
import { GroupedFindings } from '../components/GroupedFindings';
import { SourceLines } from '../components/SourceLines';
import { sourceExcerpt } from '../model/sourceExcerpt';
import { selectActive } from '../store/selectors';
import { useDashboard } from '../store/store';
import { findingLists } from './findingLists';
import { useViewTranslate } from './useViewTranslate';

export default function NotesView() {
  const loaded = useDashboard(selectActive);
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  // Listed as the import preview lists them: by kind, the first ones in full, all when asked.
  const [allFindings, setAllFindings] = useState(false);
  if (!loaded) return null;
  const lines = sourceExcerpt(loaded.text, loaded.inspection, loaded.findings);
  const findings = findingLists(loaded.findings, allFindings, t, language);
  const count = loaded.findings.length;
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('findingsTitle')}</h2>
      <p>{t('findingsIntro')}</p>
      <GroupedFindings
        groups={findings.groups}
        shown={findings.shown}
        total={count}
        emptyText={t('noFindings')}
        shownText={t('findingsShown', { shown: findings.shown, count })}
        showAllText={t('findingsShowAll', { count })}
        onShowAll={() => {
          setAllFindings(true);
        }}
      />
      <h2>{t('sourceTitle')}</h2>
      <p>{t('sourceIntro')}</p>
      <SourceLines
        caption={t('sourceTitle')}
        lineHeader={t('lineNumber')}
        textHeader={t('lineText')}
        lines={lines}
        partLabel={(counts) => t('sourceLinesPart', counts)}
        showAllLabel={(n) => t('sourceLinesAll', { count: n })}
      />
    </section>
  );
}
