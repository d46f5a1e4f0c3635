// The import dialog's last step: a month added only when every doubt is confirmed and its period given, written
// once however often the button is pressed, and said as added or as kept in this tab only (the storage's reason).

import { useRef } from 'react';
import type { ImportCandidate } from '../data/importText';
import type { Reading } from '../data/reading/importReading';
import type { ParseResult } from '../data/types';
import { isPeriod } from '../data/period';
import { isDoubt } from '../data/checks/reading';
import { formatPeriod } from '../i18n/months';
import { NEWER_STORAGE, UNREACHABLE_STORAGE, useDashboard } from '../store/store';
import { browserMonths } from '../store/indexedMonths';
import { addImport } from '../store/storedImports';
import type { ProblemPlace } from './useFieldProblem';
import { useViewTranslate } from './useViewTranslate';

export interface ImportToConfirm {
  id: string;
  text: () => string;
  /** The reading as the preview shows it, and whether its doubts were confirmed. */
  shown: { candidate: ImportCandidate | undefined; result: ParseResult | undefined; reading: Reading | undefined; doubtsChecked: boolean };
  /** The cells the OCR is unsure of, each a doubt to confirm with the reading's own. */
  ocrDoubtCount: number;
  month: { period: string; label: string; series: string };
  setProblem: (text: string, at: ProblemPlace) => void;
  /** Called once the month is added, with what to tell the reader. */
  onAdded: (message: string) => void;
}

/** Why a month added here was not saved for the next visit, in the reader's words. */
function notSavedDetail(saveError: string | undefined, t: ReturnType<typeof useViewTranslate>): string {
  if (saveError === NEWER_STORAGE) return t('storageKeptNewer');
  if (saveError === UNREACHABLE_STORAGE) return t('storageKeptUnreachable');
  return saveError ?? '';
}

export function useImportConfirm(input: ImportToConfirm): () => Promise<void> {
  const saving = useRef(false);
  const t = useViewTranslate();
  const language = useDashboard((s) => s.language);
  return async () => {
    const { id, setProblem } = input;
    const { candidate, result, reading, doubtsChecked } = input.shown;
    // Every doubt (a warning: a name that looks like a fragment, a total that is not the sum, an unsettled column;
    // a cell the OCR is unsure of) is confirmed before import: a wrong ranking never passes silently.
    const doubtCount = result?.ok ? result.findings.filter(isDoubt).length + input.ocrDoubtCount : 0;
    const { period, label, series } = input.month;
    // A second tap while the month is being written adds nothing.
    if (!candidate || !result?.ok || saving.current) return;
    if (doubtCount > 0 && !doubtsChecked) {
      setProblem(t('importDoubtsUnchecked', { count: doubtCount }), 'doubts');
      document.getElementById(`${id}-doubts-checked`)?.focus();
      return;
    }
    if (!isPeriod(period)) {
      setProblem(t('importPeriodMissing'), 'period');
      document.getElementById(`${id}-period`)?.focus();
      return;
    }
    saving.current = true;
    const stored = { format: candidate.format, result, ...(reading ? { reading } : {}) };
    const added = await addImport(
      useDashboard,
      browserMonths(),
      input.text(),
      period,
      label.trim(),
      stored,
      series === '' ? undefined : series,
    ).finally(() => {
      saving.current = false;
    });
    if (!added.ok) {
      setProblem(t('importErrors', { count: added.findings.length }), 'confirm');
      return;
    }
    const name = label.trim() === '' ? formatPeriod(period, language) : label.trim();
    const saveError = useDashboard.getState().saveError;
    input.onAdded(added.saved ? t('importDone', { label: name }) : t('importNotSaved', { detail: notSavedDetail(saveError, t) }));
  };
}
