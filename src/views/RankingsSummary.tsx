// The written summary under the rankings and the one-sentence headline above them. They load as a chunk of their
// own right after the first screen's code (their model and wording are not needed to draw the table); the
// prerendered page already holds their text, which React keeps until this code has arrived and then hydrates.

import { SummaryBlock } from '../components/SummaryBlock';
import { writeHeadline } from '../i18n/headline';
import { writeSummary } from '../i18n/summary';
import { selectScoreDigits } from '../store/selectors';
import { useDashboard } from '../store/store';
import { selectHeadlineFacts, selectSummaryFacts } from '../store/viewSelectors';
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

/** The answer first: who leads and by how much, who is last and where it loses most, the biggest rank change. */
export function RankingsHeadline() {
  const facts = useDashboard(selectHeadlineFacts);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  if (!facts) return null;
  return <p className="rankings-headline">{writeHeadline(facts, language, digits)}</p>;
}
