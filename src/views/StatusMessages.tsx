// Messages about the data the user keeps: import results, deletions with undo, storage that failed.

import { formatPeriod } from '../i18n/format';
import { NEWER_STORAGE, useDashboard } from '../store/store';
import { useTranslate } from './useDashboard';

export interface StatusMessagesProps {
  notice: string;
  onDismissNotice: () => void;
}

export function StatusMessages({ notice, onDismissNotice }: StatusMessagesProps) {
  const storageProblem = useDashboard((s) => s.storageProblem);
  const saveError = useDashboard((s) => s.saveError);
  const lastRemoved = useDashboard((s) => s.lastRemoved);
  const undoRemove = useDashboard((s) => s.undoRemove);
  const dismiss = useDashboard((s) => s.dismissStorageMessages);
  const language = useDashboard((s) => s.language);
  const t = useTranslate();
  const problem =
    storageProblem === undefined
      ? undefined
      : storageProblem.kind === 'newer'
        ? t('storageNewer', { version: storageProblem.version })
        : t('storageUnreadable', { detail: storageProblem.detail });
  return (
    <div className="status-messages">
      {/* Always rendered, so that screen readers announce what appears in them. */}
      <div role="alert">
        {(problem !== undefined || saveError !== undefined) && (
          <p className="message message-problem">
            {problem}
            {problem !== undefined && saveError !== undefined && ' '}
            {saveError !== undefined &&
              (saveError === NEWER_STORAGE ? t('storageKeptNewer') : t('storageSaveFailed', { detail: saveError }))}{' '}
            <button type="button" onClick={dismiss}>
              {t('dismiss')}
            </button>
          </p>
        )}
      </div>
      <div role="status">
        {lastRemoved && (
          <p className="message">
            {t('deleted', { label: lastRemoved.stored.label || formatPeriod(lastRemoved.stored.period, language) })}{' '}
            <button type="button" onClick={undoRemove}>
              {t('undo')}
            </button>
          </p>
        )}
        {notice !== '' && (
          <p className="message">
            {notice}{' '}
            <button type="button" onClick={onDismissNotice}>
              {t('dismiss')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
