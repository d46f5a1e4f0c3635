// The written summary with a button that copies it.

import { joinSentences } from '../i18n/formatViews';
import { CopyButton } from './CopyButton';

export interface SummaryBlockProps {
  title: string;
  sentences: readonly string[];
  copyLabel: string;
  copiedLabel: string;
  copyFailedLabel: string;
}

export function SummaryBlock({ title, sentences, copyLabel, copiedLabel, copyFailedLabel }: SummaryBlockProps) {
  const text = joinSentences(sentences);
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{title}</h2>
      <p className="summary-text">{text}</p>
      <CopyButton label={copyLabel} copiedLabel={copiedLabel} failedLabel={copyFailedLabel} text={() => text} />
    </section>
  );
}
