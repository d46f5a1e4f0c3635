// 导出读取方式: the reading chosen in the preview (its table, orientation, roles, rows and direction) as a file that
// `npm run data:add -- --reading reading.json` applies, so that a month is published exactly as it was read here.

import type { Reading } from '../data/importText';
import { saveText } from './downloads';
import { useViewTranslate } from './useViewTranslate';

export function ExportReadingButton({ candidate, reading }: { candidate: string | undefined; reading: Reading | undefined }) {
  const t = useViewTranslate();
  return (
    <button
      type="button"
      disabled={candidate === undefined}
      onClick={() => {
        if (candidate === undefined) return;
        // With nothing changed the reading still names its table: the default could be another tomorrow.
        saveText(JSON.stringify(reading ?? { candidate }, null, 2), 'reading.json', 'application/json');
      }}
    >
      {t('importExportReading')}
    </button>
  );
}
