// The live regions for messages about the data the user keeps: always on the page, so that screen readers
// announce what appears in them; their content (StatusMessageList) loads only when there is a message.

import { lazy, Suspense } from 'react';
import { selectActive, selectMissingPeriod } from '../store/selectors';
import { useDashboard } from '../store/store';

const StatusMessageList = lazy(() => import('./StatusMessageList'));

export interface StatusMessagesProps {
  notice: string;
  onDismissNotice: () => void;
}

export function StatusMessages({ notice, onDismissNotice }: StatusMessagesProps) {
  const problem = useDashboard(
    (s) =>
      s.storageProblem !== undefined ||
      s.saveError !== undefined ||
      s.publishedUnreadable.length > 0 ||
      (s.linkData !== undefined && 'problem' in s.linkData) ||
      selectMissingPeriod(s) !== undefined,
  );
  const status =
    useDashboard(
      (s) => s.removed.length > 0 || (s.linkData !== undefined && 'id' in s.linkData) || selectActive(s)?.reread !== undefined,
    ) || notice !== '';
  return (
    <div className="status-messages">
      <div role="alert">
        {problem && (
          <Suspense fallback={null}>
            <StatusMessageList part="alert" notice={notice} onDismissNotice={onDismissNotice} />
          </Suspense>
        )}
      </div>
      <div role="status">
        {status && (
          <Suspense fallback={null}>
            <StatusMessageList part="status" notice={notice} onDismissNotice={onDismissNotice} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
