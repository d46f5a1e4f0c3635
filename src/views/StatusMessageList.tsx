// The messages about the data the user keeps (storage problems, a deletion to undo, an import's result):
// loaded only when there is one, into the live regions StatusMessages keeps on the page.

import { formatPeriod } from '../i18n/months';
import { browserStorage, NEWER_STORAGE, UNREACHABLE_STORAGE, useDashboard } from '../store/store';
import { browserMonths } from '../store/indexedMonths';
import { adoptReread, keepAccepted, undoRemove } from '../store/storedImports';
import { backupsIn, STORAGE_KEY } from '../store/persistence';
import { saveText } from './downloads';
import { saveLinkData } from '../store/linkData';
import { selectActive, selectMissingPeriod } from '../store/selectors';
import { FRAGMENT_LIMIT } from '../data/share/fragment';
import type { LoadedInspection } from '../store/importsSlice';
import type { Finding } from '../data/types';
import type { Language } from '../i18n/names';
import { describeFinding } from '../i18n/describeFinding';

import { useViewTranslate } from './useViewTranslate';

const LINK_PROBLEMS = { damaged: 'linkDataDamaged', version: 'linkDataVersion', 'too-long': 'linkDataTooLong' } as const;

export interface StatusMessageListProps {
  part: 'alert' | 'status';
  notice: string;
  onDismissNotice: () => void;
}

/** Every copy of what could not be read, as kept (persistence.ts), in one file the reader keeps or sends on. */
function downloadBackups(): void {
  const storage = browserStorage();
  const backups = storage ? backupsIn(storage) : [];
  saveText(JSON.stringify({ key: STORAGE_KEY, backups }, null, 2), 'taiyuan-dashboard-unreadable-backup.json', 'application/json');
}

/** The problems, said as alerts: a period the link names that is missing, link data that cannot be read, storage. */
function AlertMessages() {
  const storageProblem = useDashboard((s) => s.storageProblem);
  const saveError = useDashboard((s) => s.saveError);
  const publishedUnreadable = useDashboard((s) => s.publishedUnreadable);
  const dismiss = useDashboard((s) => s.dismissStorageMessages);
  const language = useDashboard((s) => s.language);
  const linkData = useDashboard((s) => s.linkData);
  const missingPeriod = useDashboard(selectMissingPeriod);
  const shown = useDashboard(selectActive);
  const t = useViewTranslate();
  const problem =
    storageProblem === undefined
      ? undefined
      : storageProblem.kind === 'newer'
        ? t('storageNewer', { version: storageProblem.version })
        : storageProblem.kind === 'not-loaded'
          ? t('storageNotLoaded', { detail: storageProblem.detail })
          : storageProblem.kind === 'unreachable'
            ? t('storageUnreachable', { detail: storageProblem.detail })
            : t('storageUnreadable', { detail: storageProblem.detail });
  const linkProblem =
    linkData && 'problem' in linkData
      ? linkData.problem === 'invalid'
        ? t('linkDataInvalid', { count: linkData.findings.length, first: describeFirst(linkData.findings, language) })
        : t(LINK_PROBLEMS[linkData.problem], { limit: FRAGMENT_LIMIT })
      : undefined;
  return (
    <>
      {missingPeriod !== undefined && (
        <p className="message message-problem">
          {t('periodMissing', { period: missingPeriod, shown: shown?.source.periodLabel[language] ?? '' })}
        </p>
      )}
      {linkProblem !== undefined && <p className="message message-problem">{linkProblem}</p>}
      {publishedUnreadable.length > 0 && (
        <p className="message message-problem">{t('publishedUnreadable', { ids: publishedUnreadable.join(', ') })}</p>
      )}
      {(problem !== undefined || saveError !== undefined) && (
        <p className="message message-problem">
          {problem}
          {problem !== undefined && saveError !== undefined && ' '}
          {saveError !== undefined &&
            (saveError === NEWER_STORAGE
              ? t('storageKeptNewer')
              : saveError === UNREACHABLE_STORAGE
                ? t('storageKeptUnreachable')
                : t('storageSaveFailed', { detail: saveError }))}{' '}
          {(storageProblem?.kind === 'unreadable' || storageProblem?.kind === 'newer') && (
            <button type="button" onClick={downloadBackups}>
              {t('storageDownloadCopy')}
            </button>
          )}{' '}
          <button type="button" onClick={dismiss}>
            {t('dismiss')}
          </button>
        </p>
      )}
    </>
  );
}

/** The news, said as status: link data to keep, a month read otherwise today, a deletion to undo, a notice. */
function StatusLines({ notice, onDismissNotice }: Omit<StatusMessageListProps, 'part'>) {
  const lastRemoved = useDashboard((s) => s.removed[s.removed.length - 1]);
  const language = useDashboard((s) => s.language);
  const linkData = useDashboard((s) => s.linkData);
  const shown = useDashboard(selectActive);
  const t = useViewTranslate();
  return (
    <>
      {linkData && 'id' in linkData && (
        <p className="message link-data">
          {t('linkDataBanner')} ·{' '}
          <button
            type="button"
            onClick={() => {
              void saveLinkData(useDashboard, browserMonths());
              // Saved: the address no longer carries the data (a reload reads it from storage).
              window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
            }}
          >
            {t('linkDataSave')}
          </button>
        </p>
      )}
      {shown?.reread && <RereadMessage loaded={shown} label={shown.source.periodLabel[language]} t={t} />}
      {/* A notice said after the deletion replaces its banner (useStatusNotice). */}
      {lastRemoved && notice === '' && (
        <p className="message">
          {t('deleted', { label: lastRemoved.stored.label || formatPeriod(lastRemoved.stored.period, language) })}{' '}
          <button
            type="button"
            onClick={() => {
              void undoRemove(useDashboard, browserMonths());
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

export default function StatusMessageList({ part, notice, onDismissNotice }: StatusMessageListProps) {
  return part === 'alert' ? <AlertMessages /> : <StatusLines notice={notice} onDismissNotice={onDismissNotice} />;
}

/** A month whose text today's rules read otherwise than its reader accepted: what differs, and the two answers. */
function RereadMessage({ loaded, label, t }: { loaded: LoadedInspection; label: string; t: ReturnType<typeof useViewTranslate> }) {
  const finding = loaded.findings.find((f) => f.code === 'reading-changed');
  const now = loaded.reread?.now;
  return (
    <p className="message">
      {now && finding
        ? t('rereadChanged', { label, count: Number(finding.params.count ?? 0), detail: String(finding.params.detail ?? '') })
        : t('rereadUnreadable', { label })}{' '}
      <button
        type="button"
        onClick={() => {
          void keepAccepted(useDashboard, browserMonths(), loaded.id);
        }}
      >
        {t('rereadKeep')}
      </button>
      {now && (
        <>
          {' '}
          <button
            type="button"
            onClick={() => {
              void adoptReread(useDashboard, browserMonths(), loaded.id);
            }}
          >
            {t('rereadAdopt')}
          </button>
        </>
      )}
    </p>
  );
}

/** The first of a link's errors in words, with its place (which entity, which category). */
function describeFirst(findings: readonly Finding[], language: Language): string {
  const [first] = findings;
  return first ? describeFinding(first, language) : '';
}
