// The messages about the data the user keeps (storage problems, a deletion to undo, an import's result):
// loaded only when there is one, into the live regions StatusMessages keeps on the page.

import { formatPeriod } from '../i18n/format';
import { browserStorage, NEWER_STORAGE, useDashboard } from '../store/store';
import { undoRemove } from '../store/storedImports';
import { useViewTranslate } from './useViewTranslate';

export interface StatusMessageListProps {
  part: 'alert' | 'status';
  notice: string;
  onDismissNotice: () => void;
}

export default function StatusMessageList({ part, notice, onDismissNotice }: StatusMessageListProps) {
  const storageProblem = useDashboard((s) => s.storageProblem);
  const saveError = useDashboard((s) => s.saveError);
  const lastRemoved = useDashboard((s) => s.removed[s.removed.length - 1]);
  const dismiss = useDashboard((s) => s.dismissStorageMessages);
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  if (part === 'alert') {
    const problem =
      storageProblem === undefined
        ? undefined
        : storageProblem.kind === 'newer'
          ? t('storageNewer', { version: storageProblem.version })
          : t('storageUnreadable', { detail: storageProblem.detail });
    if (problem === undefined && saveError === undefined) return null;
    return (
      <p className="message message-problem">
        {problem}
        {problem !== undefined && saveError !== undefined && ' '}
        {saveError !== undefined &&
          (saveError === NEWER_STORAGE ? t('storageKeptNewer') : t('storageSaveFailed', { detail: saveError }))}{' '}
        <button type="button" onClick={dismiss}>
          {t('dismiss')}
        </button>
      </p>
    );
  }
  return (
    <>
      {lastRemoved && (
        <p className="message">
          {t('deleted', { label: lastRemoved.stored.label || formatPeriod(lastRemoved.stored.period, language) })}{' '}
          <button
            type="button"
            onClick={() => {
              undoRemove(useDashboard, browserStorage());
            }}
          >
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
    </>
  );
}
