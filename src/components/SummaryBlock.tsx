// The written summary with a copy button that reports whether copying worked.

import { useState } from 'react';

export interface SummaryBlockProps {
  title: string;
  sentences: readonly string[];
  copyLabel: string;
  copiedLabel: string;
  copyFailedLabel: string;
}

export function SummaryBlock({ title, sentences, copyLabel, copiedLabel, copyFailedLabel }: SummaryBlockProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = sentences.join(' ');
  const copy = () => {
    // The clipboard API is missing on plain-http origins and some browsers: say so rather than fail silently.
    const clipboard = (navigator as Partial<Navigator>).clipboard;
    if (!clipboard) {
      setStatus('failed');
      return;
    }
    clipboard.writeText(text).then(
      () => {
        setStatus('copied');
      },
      () => {
        setStatus('failed');
      },
    );
  };
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{title}</h2>
      <p className="summary-text">{text}</p>
      <button type="button" onClick={copy}>
        {copyLabel}
      </button>{' '}
      <span role="status" className="copy-status">
        {status === 'copied' ? copiedLabel : status === 'failed' ? copyFailedLabel : ''}
      </span>
    </section>
  );
}
