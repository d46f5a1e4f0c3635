// The written summary under the rankings. It loads as a chunk of its own right after the first screen's code
// (its model and wording are not needed to draw the table); the prerendered page already holds its text,
// which React keeps until this code has arrived and then hydrates in place.

import { SummaryBlock } from '../components/SummaryBlock';
import { writeSummary } from '../i18n/summary';
import { selectScoreDigits } from '../store/selectors';
import { useDashboard } from '../store/store';
import { selectSummaryFacts } from '../store/viewSelectors';
import { useViewTranslate } from './useViewTranslate';

export default function RankingsSummary({ scope }: { scope: string }) {
  const facts = useDashboard(selectSummaryFacts);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const t = useViewTranslate();
  if (!facts) return null;
  return (
    <SummaryBlock
      title={t('summaryTitle')}
      sentences={writeSummary(facts, language, scope, digits)}
      copyLabel={t('copySummary')}
      copiedLabel={t('copied')}
      copyFailedLabel={t('copyFailed')}
    />
  );
}
