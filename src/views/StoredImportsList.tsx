// The periods imported in this browser, read from the store, each deletable (the import dialog's last part).

import { ManageImports } from '../components/ManageImports';
import { selectOrderedInspections } from '../store/selectors';
import { useDashboard } from '../store/store';
import { browserMonths } from '../store/indexedMonths';
import { removeImport } from '../store/storedImports';
import { useViewTranslate } from './useViewTranslate';

export function StoredImportsList({ headingId }: { headingId: string }) {
  const language = useDashboard((s) => s.language);
  const imported = useDashboard(selectOrderedInspections).filter((i) => !i.embedded);
  const t = useViewTranslate();
  return (
    <ManageImports
      headingId={headingId}
      title={t('manageTitle')}
      emptyText={t('manageNone')}
      imports={imported.map((item) => ({
        id: item.id,
        label: item.source.periodLabel[language],
        period: item.period,
        deleteLabel: t('deleteImport', { label: item.source.periodLabel[language] }),
      }))}
      onDelete={(importId) => {
        void removeImport(useDashboard, browserMonths(), importId);
      }}
    />
  );
}
