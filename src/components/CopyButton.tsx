// A button that copies a text to the clipboard and says whether that worked (the API is missing on some origins).

import { useState } from 'react';

export interface CopyButtonProps {
  label: string;
  copiedLabel: string;
  failedLabel: string;
  /**
   * Called on click, so that the text is current (a link to the view as it is now); it may be made later (a link
   * that carries compressed data), and may say what was copied in place of copiedLabel.
   */
  text: () => string | Promise<string | { text: string; said: string }>;
}

export function CopyButton({ label, copiedLabel, failedLabel, text }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [said, setSaid] = useState('');
  const copy = () => {
    const clipboard = (navigator as Partial<Navigator>).clipboard;
    if (!clipboard) {
      setStatus('failed');
      return;
    }
    Promise.resolve(text())
      .then((made) => {
        setSaid(typeof made === 'string' ? copiedLabel : made.said);
        return clipboard.writeText(typeof made === 'string' ? made : made.text);
      })
      .then(
        () => {
          setStatus('copied');
        },
        () => {
          setStatus('failed');
        },
      );
  };
  return (
    <span className="copy-button">
      <button type="button" onClick={copy}>
        {label}
      </button>{' '}
      <span role="status" className="copy-status">
        {status === 'copied' ? said : status === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
