// The import dialog: paste, choose or drop a file, preview what was found (ImportPreview), then add it as a
// period. The read runs as a job (useImportJob); the imports already made are listed with ManageImports.

import { useEffect, useId, useRef, useState } from 'react';
import { FieldProblem, problemProps } from '../components/FieldProblem';
import { FileDropZone } from '../components/FileDropZone';
import { ReadProgress } from '../components/ReadProgress';
import type { ImportPreview as Preview } from '../data/importText';
import { formatScore } from '../i18n/format';
import { formatPeriod } from '../i18n/months';
import { selectOrderedInspections } from '../store/selectors';
import { NEWER_STORAGE, UNREACHABLE_STORAGE, useDashboard } from '../store/store';
import { browserMonths } from '../store/indexedMonths';
import { addImport } from '../store/storedImports';
import { isDoubt } from '../data/checks/reading';
import { ExportReadingButton } from './ExportReadingButton';
import { ImportPreview } from './ImportPreview';
import { StoredImportsList } from './StoredImportsList';
import { DISPLAY_LIMIT } from './parseInWorker';
import { useReadingChoices } from './useReadingChoices';
import { useImportJob } from './useImportJob';
import { useImportSource } from './useImportSource';
import { ocrDoubtItems } from './ocrDoubtItems';
import { withCell } from '../data/sources/ocr/ocrCorrections';
import { useViewTranslate } from './useViewTranslate';
import { isPeriod } from '../data/period';

export interface ImportDialogProps {
  open: boolean;
  onClose: (message?: string) => void;
}

type ProblemPlace = 'source' | 'period' | 'doubts' | 'confirm';

export function ImportDialog({ open, onClose }: ImportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  // The text lives in a ref and the textarea is uncontrolled: a 10 MB paste must not be re-rendered on every update.
  const source = useRef('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [fileNote, setFileNote] = useState('');
  const [preview, setPreview] = useState<Preview | undefined>();
  // The text the preview was read from (the OCR's doubts point into it).
  const [previewed, setPreviewed] = useState('');
  const [period, setPeriod] = useState('');
  const [series, setSeries] = useState('');
  const [label, setLabel] = useState('');
  // A problem is shown beside the control it concerns (the text, the period, the doubts' checkbox, the import button).
  const [problem, setProblemAt] = useState<{ at: ProblemPlace; text: string }>({ at: 'source', text: '' });
  const setProblem = (text: string, at: ProblemPlace = 'source') => {
    setProblemAt({ at, text });
  };
  const problemAt = (at: ProblemPlace) => (problem.at === at && problem.text !== '' ? problem.text : undefined);
  const {
    choose,
    reset: resetChoices,
    candidate,
    shown,
    reading,
    result,
    statuses,
    doubtsChecked,
    choices,
  } = useReadingChoices(preview, t);
  const job = useImportJob();
  // A paste or a chosen file previews at once: the reader's next step is the grid, not one more button. Set when a
  // text arrives that way; the preview runs after the render that takes the text in.
  const previewNext = useRef(false);
  const pasting = useRef(false);
  const saving = useRef(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const load = (content: string) => {
    source.current = content;
    setPreview(undefined);
    setProblem('');
  };
  const { readFile, onPaste, ocrProgress, ocrDoubts, cancelOcr } = useImportSource({
    onText: (content, note) => {
      load(content);
      previewNext.current = true;
      // A big file is not shown in the textarea: it would only slow the page down.
      if (textarea.current) textarea.current.value = content.length <= DISPLAY_LIMIT ? content : '';
      const how = note.ocr
        ? t('importReadByOcr')
        : note.pages
          ? t('importPdfPages', note.pages)
          : note.encoding
            ? t('importEncoding', { encoding: note.encoding.toUpperCase() })
            : '';
      setFileNote(
        note.name === '' ? '' : [note.name, `${formatScore(content.length / 1_000_000, language)} MB`, how].filter(Boolean).join(' · '),
      );
    },
    onProblem: (key, params) => {
      setProblem(t(key, params));
    },
    knownNames: () => [...new Set(selectOrderedInspections(useDashboard.getState()).flatMap((loaded) => loaded.inspection.districts))],
  });
  /** Reads the text; after a correction in the grid (`keepChoices`) the user's choices stay as they were. */
  const runPreview = (keepChoices = false) => {
    const text = source.current;
    if (text.trim() === '') {
      setProblem(t('importEmpty'));
      return;
    }
    setProblem('');
    job.start(
      text,
      (next) => {
        setPreview(next);
        setPreviewed(text);
        if (keepChoices) return;
        choose(next.chosen);
        if (period === '' && next.suggestedPeriod !== undefined) setPeriod(next.suggestedPeriod);
      },
      (failure) => {
        setProblem(failure.cancelled ? t('importCancelled') : t('importReadFailed', { detail: failure.detail }));
      },
    );
  };
  useEffect(() => {
    if (!previewNext.current) return;
    previewNext.current = false;
    runPreview();
  });
  // Every doubt (a warning: a name that looks like a fragment, a total that is not the sum, an unsettled column;
  // a cell the OCR is unsure of) is confirmed before import: a wrong ranking never passes silently.
  const ocrChecks = ocrDoubtItems(shown, statuses, previewed, ocrDoubts, t);
  const doubtCount = result?.ok ? result.findings.filter(isDoubt).length + ocrChecks.length : 0;
  const correct = (line: number, cell: number, value: string) => {
    source.current = withCell(source.current, line, cell, value);
    if (textarea.current && source.current.length <= DISPLAY_LIMIT) textarea.current.value = source.current;
    // Read again with the user's choices kept: a corrected figure changes no column's role.
    runPreview(true);
  };
  const confirm = async () => {
    // A second tap while the month is being written adds nothing.
    if (!preview || !candidate || !result?.ok || saving.current) return;
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
    const added = await addImport(
      useDashboard,
      browserMonths(),
      source.current,
      period,
      label.trim(),
      { format: candidate.format, result, ...(reading ? { reading } : {}) },
      series === '' ? undefined : series,
    ).finally(() => {
      saving.current = false;
    });
    if (!added.ok) {
      setProblem(t('importErrors', { count: added.findings.length }), 'confirm');
      return;
    }
    const saveError = useDashboard.getState().saveError;
    const name = label.trim() === '' ? formatPeriod(period, language) : label.trim();
    source.current = '';
    setFileNote('');
    setPreview(undefined);
    setPeriod('');
    setSeries('');
    setLabel('');
    resetChoices();
    onClose(
      added.saved
        ? t('importDone', { label: name })
        : t('importNotSaved', {
            detail:
              saveError === NEWER_STORAGE
                ? t('storageKeptNewer')
                : saveError === UNREACHABLE_STORAGE
                  ? t('storageKeptUnreachable')
                  : (saveError ?? ''),
          }),
    );
  };
  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        // Closing the dialog ends a parse or a recognition still running in a worker.
        job.cancel();
        cancelOcr();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('importTitle')}</h2>
      <p>{t('importIntro')}</p>
      <label htmlFor={`${id}-text`}>{t('importPaste')}</label>
      <textarea
        id={`${id}-text`}
        rows={6}
        ref={textarea}
        defaultValue=""
        onPaste={(event) => {
          onPaste(event);
          // A plain paste arrives in the change that follows; a table's HTML or an image is read, then previewed.
          pasting.current = !event.defaultPrevented;
        }}
        onChange={(event) => {
          const value = event.target.value;
          load(value);
          if (pasting.current) previewNext.current = true;
          pasting.current = false;
          if (value.length > DISPLAY_LIMIT) {
            // Chrome lays a huge textarea out again on every change around it: keep the text, empty the box.
            event.target.value = '';
            setFileNote(t('importPastedBig', { size: formatScore(value.length / 1_000_000, language) }));
          } else setFileNote('');
        }}
        spellCheck={false}
        {...problemProps(`${id}-problem`, problemAt('source'))}
      />
      <FileDropZone
        id={`${id}-file`}
        label={t('importFile')}
        dropHint={t('importDrop')}
        accept=".txt,.csv,.tsv,.md,.html,.htm,.xlsx,.xls,.ods,.docx,.pdf,.png,.jpg,.jpeg,.webp,text/plain,text/csv,text/tab-separated-values,text/html,image/png,image/jpeg,image/webp"
        note={fileNote}
        onFile={readFile}
      />
      <button
        type="button"
        onClick={() => {
          runPreview();
        }}
        disabled={job.progress !== undefined}
      >
        {t('importPreviewButton')}
      </button>
      {job.progress !== undefined && (
        <ReadProgress
          id={`${id}-progress`}
          label={t('importParsing', { percent: Math.round(job.progress * 100) })}
          value={job.progress}
          max={1}
          cancelLabel={t('importCancelParse')}
          onCancel={job.cancel}
        />
      )}
      {ocrProgress && (
        <ReadProgress
          id={`${id}-ocr`}
          label={t(`ocrStage-${ocrProgress.stage}`, { done: ocrProgress.done, total: ocrProgress.total })}
          value={ocrProgress.stage === 'recognise' ? ocrProgress.done : undefined}
          max={ocrProgress.total}
          cancelLabel={t('ocrCancel')}
          onCancel={cancelOcr}
        />
      )}
      <FieldProblem id={`${id}-problem`} text={problemAt('source')} />
      {result && preview && (
        <ImportPreview
          idPrefix={id}
          preview={preview}
          candidate={shown}
          result={result}
          ocrChecks={ocrChecks}
          onCorrect={correct}
          choices={{
            ...choices,
            period,
            onPeriod: (next) => {
              setPeriod(next);
              setProblem(''); // the error said the period was missing: typing one answers it
            },
            label,
            onLabel: setLabel,
            series,
            onSeries: setSeries,
          }}
          periodProblem={problemAt('period')}
          doubtsProblem={problemAt('doubts')}
        />
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            void confirm();
          }}
          disabled={!result?.ok}
          {...problemProps(`${id}-confirm-problem`, problemAt('confirm'))}
        >
          {t('importConfirm')}
        </button>
        <FieldProblem id={`${id}-confirm-problem`} text={problemAt('confirm')} />
        <ExportReadingButton candidate={candidate?.id} reading={reading} />
        <button
          type="button"
          onClick={() => {
            onClose();
          }}
        >
          {t('importCancel')}
        </button>
      </div>
      <StoredImportsList headingId={`${id}-manage`} />
    </dialog>
  );
}
