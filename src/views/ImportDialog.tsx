// The import dialog: paste, choose or drop a file, preview what was found (ImportPreview), then add it as a
// period. The read runs as a job (useImportJob); the imports already made are listed with ManageImports.

import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { FieldProblem, problemProps } from '../components/FieldProblem';
import type { ImportPreview as Preview } from '../data/importText';
import type { Reading } from '../data/reading/importReading';
import { ExportReadingButton } from './ExportReadingButton';
import { ImportPreview } from './ImportPreview';
import { ImportSourceFields } from './ImportSourceFields';
import { StoredImportsList } from './StoredImportsList';
import { ocrDoubtItems } from './ocrDoubtItems';
import { useFieldProblem, type ProblemPlace } from './useFieldProblem';
import { useImportConfirm } from './useImportConfirm';
import { useImportJob } from './useImportJob';
import { useImportText } from './useImportText';
import { useReadingChoices } from './useReadingChoices';
import { useViewTranslate } from './useViewTranslate';

export interface ImportDialogProps {
  open: boolean;
  onClose: (message?: string) => void;
}

/** The dialog opened as a modal while `open`, closed otherwise. */
function useModal(dialog: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [dialog, open]);
}

/** The month's own fields: its period (suggested by the text when it names one), a label and a series. */
function useMonthFields() {
  const [period, setPeriod] = useState('');
  const [series, setSeries] = useState('');
  const [label, setLabel] = useState('');
  const reset = () => {
    setPeriod('');
    setSeries('');
    setLabel('');
  };
  /** The fields as the preview edits them; `onPeriod` also runs when the period changes (it answers a problem). */
  const choices = (onPeriod: () => void) => ({
    period,
    onPeriod: (next: string) => {
      setPeriod(next);
      onPeriod();
    },
    label,
    onLabel: setLabel,
    series,
    onSeries: setSeries,
  });
  return { period, setPeriod, series, label, reset, choices };
}

interface ImportDialogActionsProps {
  id: string;
  canConfirm: boolean;
  onConfirm: () => void;
  problem: string | undefined;
  candidateId: string | undefined;
  reading: Reading | undefined;
  onCancel: () => void;
}

/** Import (its problem beside it), export the reading as chosen, or cancel. */
function ImportDialogActions({ id, canConfirm, onConfirm, problem, candidateId, reading, onCancel }: ImportDialogActionsProps) {
  const t = useViewTranslate();
  return (
    <div className="dialog-actions">
      <button
        type="button"
        className="primary"
        onClick={onConfirm}
        disabled={!canConfirm}
        {...problemProps(`${id}-confirm-problem`, problem)}
      >
        {t('importConfirm')}
      </button>
      <FieldProblem id={`${id}-confirm-problem`} text={problem} />
      <ExportReadingButton candidate={candidateId} reading={reading} />
      <button type="button" onClick={onCancel}>
        {t('importCancel')}
      </button>
    </div>
  );
}

/** The preview shown, with the text it was read from (the OCR's doubts point into it). */
function usePreviewState() {
  const [preview, setPreview] = useState<Preview | undefined>();
  const [previewed, setPreviewed] = useState('');
  const show = (next: Preview, source: string) => {
    setPreview(next);
    setPreviewed(source);
  };
  return { preview, previewed, show, clear: () => setPreview(undefined) };
}

/**
 * The preview's run: a job over the text, each preview to `onRead` with its text and whether the reader's choices
 * stay (after a correction in the grid). A paste or a file previews after the render that takes the text in.
 */
function usePreviewRun(
  text: { text: () => string; takeArrived: () => boolean },
  onRead: (next: Preview, source: string, keepChoices: boolean) => void,
  setProblem: (text: string) => void,
) {
  const t = useViewTranslate();
  const job = useImportJob();
  const run = (keepChoices = false) => {
    const source = text.text();
    if (source.trim() === '') return setProblem(t('importEmpty'));
    setProblem('');
    job.start(
      source,
      (next) => onRead(next, source, keepChoices),
      (failure) => setProblem(failure.cancelled ? t('importCancelled') : t('importReadFailed', { detail: failure.detail })),
    );
  };
  useEffect(() => {
    if (text.takeArrived()) run();
  });
  return { run, job };
}

interface PreviewSectionProps {
  id: string;
  preview: Preview | undefined;
  reading: ReturnType<typeof useReadingChoices>;
  ocrChecks: ReturnType<typeof ocrDoubtItems>;
  /** The month's fields as the preview edits them (useMonthFields). */
  month: ReturnType<ReturnType<typeof useMonthFields>['choices']>;
  problemAt: (at: ProblemPlace) => string | undefined;
  onCorrect: (line: number, cell: number, value: string) => void;
}

/** The preview of a reading, once there is one: the grid, its doubts and choices, and the month's fields. */
function PreviewSection({ id, preview, reading, ocrChecks, month, problemAt, onCorrect }: PreviewSectionProps) {
  if (!reading.result || !preview) return null;
  return (
    <ImportPreview
      idPrefix={id}
      preview={preview}
      candidate={reading.shown}
      result={reading.result}
      ocrChecks={ocrChecks}
      onCorrect={onCorrect}
      choices={{ ...reading.choices, ...month }}
      periodProblem={problemAt('period')}
      doubtsProblem={problemAt('doubts')}
    />
  );
}

/**
 * The text, its preview and the reader's choices on it, wired: a new text clears the preview, each preview opens on
 * the reading the import chose (and the period the text suggests), and a paste or a chosen file previews at once —
 * the reader's next step is the grid, not one more button.
 */
function useImportFlow(month: ReturnType<typeof useMonthFields>, setProblem: (text: string) => void) {
  const t = useViewTranslate();
  const shown = usePreviewState();
  const reading = useReadingChoices(shown.preview, t);
  const text = useImportText({
    onLoad: () => {
      shown.clear();
      setProblem('');
    },
    onProblem: setProblem,
  });
  const { run, job } = usePreviewRun(
    text,
    (next, source, keepChoices) => {
      shown.show(next, source);
      if (keepChoices) return;
      reading.choose(next.chosen);
      if (month.period === '' && next.suggestedPeriod !== undefined) month.setPeriod(next.suggestedPeriod);
    },
    setProblem,
  );
  return { shown, reading, text, run, job };
}

export function ImportDialog({ open, onClose }: ImportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const t = useViewTranslate();
  const month = useMonthFields();
  // A problem is shown beside the control it concerns (the text, the period, the doubts' checkbox, the import button).
  const { setProblem, problemAt } = useFieldProblem();
  useModal(dialog, open);
  const { shown, reading, text, run, job } = useImportFlow(month, setProblem);
  const { preview } = shown;
  // The cells the OCR is unsure of, shown in the preview and confirmed with the reading's doubts.
  const ocrChecks = ocrDoubtItems(reading.shown, reading.statuses, shown.previewed, text.ocrDoubts, t);
  const { result, candidate } = reading;
  const confirm = useImportConfirm({
    id,
    text: text.text,
    shown: reading,
    month,
    ocrDoubtCount: ocrChecks.length,
    setProblem,
    onAdded: (message) => {
      text.clear();
      shown.clear();
      month.reset();
      reading.reset();
      onClose(message);
    },
  });
  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        // Closing the dialog ends a parse or a recognition still running in a worker.
        job.cancel();
        text.cancelOcr();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('importTitle')}</h2>
      <p>{t('importIntro')}</p>
      <ImportSourceFields
        {...text.fields}
        id={id}
        onPreview={() => run()}
        progress={job.progress}
        onCancelParse={job.cancel}
        problem={problemAt('source')}
      />
      <PreviewSection
        id={id}
        preview={preview}
        reading={reading}
        ocrChecks={ocrChecks}
        // The problem said the period was missing: typing one answers it.
        month={month.choices(() => setProblem(''))}
        problemAt={problemAt}
        onCorrect={(line, cell, value) => {
          text.correct(line, cell, value);
          // Read again with the user's choices kept: a corrected figure changes no column's role.
          run(true);
        }}
      />
      <ImportDialogActions
        id={id}
        canConfirm={result?.ok === true}
        onConfirm={() => void confirm()}
        problem={problemAt('confirm')}
        candidateId={candidate?.id}
        reading={reading.reading}
        onCancel={() => onClose()}
      />
      <StoredImportsList headingId={`${id}-manage`} />
    </dialog>
  );
}
