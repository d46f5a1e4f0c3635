// The import dialog: paste, choose or drop a file, preview what was found, then add it as a period.

import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { DataTable } from '../components/DataTable';
import { FindingList } from '../components/FindingList';
import { describeFinding, describeLocation } from '../i18n/describeFinding';
import { formatPeriod, formatScore } from '../i18n/format';
import { displayName } from '../i18n/names';
import { indexScores, scoreOf } from '../model/scores';
import { selectOrderedInspections } from '../store/selectors';
import { previewImport, type ImportPreview } from '../data/importText';
import { useDashboard } from '../store/store';
import { parseInWorker, WORKER_THRESHOLD, type ParseJob } from './parseInWorker';
import { useViewTranslate } from './useViewTranslate';

const SEVERITY_KEYS = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

export interface ImportDialogProps {
  open: boolean;
  onClose: (message?: string) => void;
}

export function ImportDialog({ open, onClose }: ImportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const addImport = useDashboard((s) => s.addImport);
  const removeImport = useDashboard((s) => s.removeImport);
  const language = useDashboard((s) => s.language);
  const imported = useDashboard(selectOrderedInspections).filter((i) => !i.embedded);
  const t = useViewTranslate();
  // The text lives in a ref and the textarea is uncontrolled: a 10 MB paste must not be re-rendered on every update.
  const source = useRef('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [fileNote, setFileNote] = useState('');
  const [preview, setPreview] = useState<ImportPreview | undefined>();
  const [period, setPeriod] = useState('');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState('');
  const [progress, setProgress] = useState<number | undefined>();
  const job = useRef<ParseJob | undefined>(undefined);

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
  const readFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(
      (content) => {
        load(content);
        // A big file is not shown in the textarea: it would only slow the page down.
        if (textarea.current) textarea.current.value = content.length <= WORKER_THRESHOLD ? content : '';
        setFileNote(`${file.name} · ${formatScore(content.length / 1_000_000, language)} MB`);
      },
      (cause: unknown) => {
        setProblem(t('importReadFailed', { detail: String(cause) }));
      },
    );
  };
  const runPreview = () => {
    const text = source.current;
    if (text.trim() === '') {
      setProblem(t('importEmpty'));
      return;
    }
    setProblem('');
    const show = (next: ImportPreview) => {
      setPreview(next);
      if (period === '' && next.suggestedPeriod !== undefined) setPeriod(next.suggestedPeriod);
    };
    if (text.length <= WORKER_THRESHOLD) {
      show(previewImport(text));
      return;
    }
    setProgress(0);
    const started = parseInWorker(text, setProgress);
    job.current = started;
    started.promise.then(
      (next) => {
        job.current = undefined;
        setProgress(undefined);
        show(next);
      },
      (cause: unknown) => {
        job.current = undefined;
        setProgress(undefined);
        setProblem(
          cause instanceof Error && cause.message === 'cancelled' ? t('importCancelled') : t('importReadFailed', { detail: String(cause) }),
        );
      },
    );
  };
  const cancelParse = () => {
    job.current?.cancel();
  };
  const confirm = () => {
    if (!preview?.result.ok) return;
    if (!/^\d{4}-\d{2}$/.test(period)) {
      setProblem(t('importPeriodMissing'));
      return;
    }
    const added = addImport(source.current, period, label.trim(), preview);
    if (!added.ok) {
      setPreview({ ...preview, result: { ok: false, findings: added.findings } });
      return;
    }
    const saveError = useDashboard.getState().saveError;
    const name = label.trim() === '' ? formatPeriod(period, language) : label.trim();
    source.current = '';
    setFileNote('');
    setPreview(undefined);
    setPeriod('');
    setLabel('');
    onClose(added.saved ? t('importDone', { label: name }) : t('importNotSaved', { detail: saveError ?? '' }));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    readFile(event.dataTransfer.files[0]);
  };

  const result = preview?.result;
  const previewIndex = result?.ok ? indexScores(result.inspection) : undefined;
  const errors = result ? result.findings.filter((f) => f.severity === 'error') : [];
  const findingItems = (result?.findings ?? []).map((finding, i) => ({
    key: `${finding.code}-${i}`,
    severity: finding.severity,
    severityLabel: t(SEVERITY_KEYS[finding.severity]),
    location: describeLocation(finding, language),
    text: describeFinding(finding, language),
  }));

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
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
        onChange={(event) => {
          const value = event.target.value;
          load(value);
          if (value.length > WORKER_THRESHOLD) {
            // Chrome lays a huge textarea out again on every change around it: keep the text, empty the box.
            event.target.value = '';
            setFileNote(t('importPastedBig', { size: formatScore(value.length / 1_000_000, language) }));
          } else setFileNote('');
        }}
        spellCheck={false}
      />
      <div className="drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        <label htmlFor={`${id}-file`}>{t('importFile')}</label>{' '}
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,.csv,.tsv,.md,text/plain,text/csv,text/tab-separated-values"
          onChange={(event) => {
            readFile(event.target.files?.[0]);
          }}
        />{' '}
        <span>{t('importDrop')}</span>
        {fileNote !== '' && <p className="file-note">{fileNote}</p>}
      </div>
      <button type="button" onClick={runPreview} disabled={progress !== undefined}>
        {t('importPreviewButton')}
      </button>
      {progress !== undefined && (
        <div className="parse-progress">
          <label htmlFor={`${id}-progress`}>{t('importParsing', { percent: Math.round(progress * 100) })}</label>
          <progress id={`${id}-progress`} max={1} value={progress} />
          <button type="button" onClick={cancelParse}>
            {t('importCancelParse')}
          </button>
        </div>
      )}
      {problem !== '' && (
        <p role="alert" className="form-problem">
          {problem}
        </p>
      )}
      {result && (
        <section aria-labelledby={`${id}-preview`} className="import-preview">
          <h3 id={`${id}-preview`}>{t('importPreviewTitle')}</h3>
          {result.ok ? (
            <>
              <p>
                {t('importFound', {
                  districts: result.inspection.districts.length,
                  siteTypes: result.inspection.siteTypes.length,
                  scores: result.inspection.scores.length,
                  format: t(preview.format === 'csv' ? 'importFormatCsv' : 'importFormatPage'),
                })}
              </p>
              <DataTable
                caption={`${t('importPreviewTitle')} · ${t('score')}`}
                columns={[t('columnDistrict'), ...result.inspection.siteTypes.map((s) => displayName(s.name, language))]}
                rows={result.inspection.districts.map((district) => ({
                  key: district,
                  cells: [
                    displayName(district, language),
                    ...result.inspection.siteTypes.map((s) =>
                      formatScore(previewIndex ? scoreOf(previewIndex, district, s.name) : undefined, language),
                    ),
                  ],
                }))}
              />
            </>
          ) : (
            <p role="alert" className="form-problem">
              {t('importErrors', { count: errors.length })}
            </p>
          )}
          <FindingList items={findingItems} emptyText={t('noFindings')} />
          {result.ok && (
            <div className="import-fields">
              <label htmlFor={`${id}-period`}>{t('importPeriod')}</label>
              <input
                id={`${id}-period`}
                type="month"
                value={period}
                onChange={(event) => {
                  setPeriod(event.target.value);
                }}
              />
              <label htmlFor={`${id}-label`}>{t('importLabel')}</label>
              <input
                id={`${id}-label`}
                type="text"
                value={label}
                onChange={(event) => {
                  setLabel(event.target.value);
                }}
              />
            </div>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={confirm} disabled={!result?.ok}>
          {t('importConfirm')}
        </button>
        <button
          type="button"
          onClick={() => {
            onClose();
          }}
        >
          {t('importCancel')}
        </button>
      </div>
      <section aria-labelledby={`${id}-manage`} className="manage-imports">
        <h3 id={`${id}-manage`}>{t('manageTitle')}</h3>
        {imported.length === 0 ? (
          <p>{t('manageNone')}</p>
        ) : (
          <ul>
            {imported.map((item) => (
              <li key={item.id}>
                {item.source.periodLabel[language]} ({item.period}){' '}
                <button
                  type="button"
                  onClick={() => {
                    removeImport(item.id);
                  }}
                >
                  {t('deleteImport', { label: item.source.periodLabel[language] })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </dialog>
  );
}
