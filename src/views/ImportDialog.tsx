// The import dialog: paste, choose or drop a file, preview what was found, then add it as a period.

import { useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { ColumnRoleTable } from '../components/ColumnRoleTable';
import { DataTable } from '../components/DataTable';
import { GroupedFindings } from '../components/GroupedFindings';
import { ImportCandidateList } from '../components/ImportCandidateList';
import type { ColumnRole } from '../data/columnRoles';
import { previewImport, readCandidate, type ImportFormat, type ImportPreview, type Reading } from '../data/importText';
import { describeFinding, describeLocation } from '../i18n/describeFinding';
import { findingTemplate } from '../i18n/findingMessages';
import { formatPeriod, formatScore } from '../i18n/format';
import { displayName, entityKindName } from '../i18n/names';
import { entityKindLabel, type ViewMessageKey } from '../i18n/viewMessages';
import { countFindingKinds } from '../model/findingGroups';
import { scoreDigits } from '../data/decimals';
import { indexScores, scoreOf } from '../model/scores';
import { computeStandings } from '../model/standings';
import { selectOrderedInspections } from '../store/selectors';
import { NEWER_STORAGE, useDashboard } from '../store/store';
import { holdsHtmlTable, htmlTablesToText } from './htmlTables';
import { DISPLAY_LIMIT, parseInWorker, WORKER_THRESHOLD, type ParseJob } from './parseInWorker';
import { useViewTranslate } from './useViewTranslate';

const FORMAT_KEYS: Readonly<Record<ImportFormat, ViewMessageKey>> = {
  page: 'importFormatPage',
  csv: 'importFormatCsv',
  table: 'importFormatTable',
  transposed: 'importFormatTransposed',
  'category-tables': 'importFormatCategoryTables',
  lists: 'importFormatLists',
};
const ROLE_KEYS: Readonly<Record<ColumnRole, ViewMessageKey>> = {
  entity: 'roleEntity',
  score: 'roleScore',
  total: 'roleTotal',
  rank: 'roleRank',
  weighted: 'roleWeighted',
  ignored: 'roleIgnored',
};
/** Findings listed before "show all". */
const FIRST_FINDINGS = 20;
/** Past this many rows only the reference rows get a checkbox. */
const ROW_CHOICES_UP_TO = 50;

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
  const [chosenId, setChosenId] = useState('');
  const [roles, setRoles] = useState<ReadonlyMap<number, ColumnRole>>(new Map());
  const [references, setReferences] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [rolesChecked, setRolesChecked] = useState(false);
  const [allFindings, setAllFindings] = useState(false);
  const job = useRef<ParseJob | undefined>(undefined);

  // The dialog is unmounted when it closes: a read still running in the worker ends with it.
  useEffect(
    () => () => {
      job.current?.cancel();
    },
    [],
  );

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
  const resetChoices = () => {
    setAllFindings(false);
    setRoles(new Map());
    setReferences(new Map());
    setRolesChecked(false);
  };
  const readFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(
      (raw) => {
        // A saved web page: its tables are read as rows, the rest of the page dropped.
        const content = /\.html?$/i.test(file.name) || holdsHtmlTable(raw.slice(0, 100_000)) ? htmlTablesToText(raw) || raw : raw;
        load(content);
        // A big file is not shown in the textarea: it would only slow the page down.
        if (textarea.current) textarea.current.value = content.length <= DISPLAY_LIMIT ? content : '';
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
      setChosenId(next.chosen);
      resetChoices();
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
  const candidate = preview?.candidates.find((c) => c.id === chosenId);
  const reading: Reading | undefined = useMemo(
    () =>
      candidate
        ? {
            candidate: candidate.id,
            ...(roles.size > 0 ? { roles: [...roles].map(([column, role]) => ({ column, role })) } : {}),
            ...(references.size > 0 ? { references: [...references].map(([row, reference]) => ({ row, reference })) } : {}),
          }
        : undefined,
    [candidate, roles, references],
  );
  const result = useMemo(() => (candidate ? readCandidate(candidate, reading) : preview?.result), [candidate, preview, reading]);
  const needsRoleCheck = (candidate?.table?.plan.questions.filter((q) => !roles.has(q)).length ?? 0) > 0 && !rolesChecked;
  const confirm = () => {
    if (!preview || !candidate || !result?.ok) return;
    if (needsRoleCheck) {
      setProblem(t('importRolesUnchecked'));
      return;
    }
    if (!/^\d{4}-\d{2}$/.test(period)) {
      setProblem(t('importPeriodMissing'));
      return;
    }
    const added = addImport(source.current, period, label.trim(), { format: candidate.format, result, ...(reading ? { reading } : {}) });
    if (!added.ok) {
      setProblem(t('importErrors', { count: added.findings.length }));
      return;
    }
    const saveError = useDashboard.getState().saveError;
    const name = label.trim() === '' ? formatPeriod(period, language) : label.trim();
    source.current = '';
    setFileNote('');
    setPreview(undefined);
    setPeriod('');
    setLabel('');
    resetChoices();
    onClose(
      added.saved
        ? t('importDone', { label: name })
        : t('importNotSaved', { detail: saveError === NEWER_STORAGE ? t('storageKeptNewer') : (saveError ?? '') }),
    );
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    readFile(event.dataTransfer.files[0]);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    // A copied web table carries its cells as HTML: read them as rows instead of the flattened text.
    const html = event.clipboardData.getData('text/html');
    if (!holdsHtmlTable(html)) return;
    const text = htmlTablesToText(html);
    if (text === '') return;
    event.preventDefault();
    event.currentTarget.value = text;
    load(text);
  };

  const previewIndex = result?.ok ? indexScores(result.inspection) : undefined;
  const previewDigits = result?.ok ? scoreDigits(result.inspection) : 1;
  const standings = result?.ok && previewIndex ? computeStandings(previewIndex, result.inspection.siteTypes) : undefined;
  const kind = entityKindLabel(
    result?.ok ? result.inspection.entityKind : undefined,
    language,
    result?.ok ? result.inspection.districts.length : 2,
  );
  const errors = result ? result.findings.filter((f) => f.severity === 'error') : [];
  const findings = result?.findings ?? [];
  const findingItems = (allFindings ? findings : findings.slice(0, FIRST_FINDINGS)).map((finding, i) => ({
    key: `${finding.code}-${i}`,
    severity: finding.severity,
    severityLabel: t(SEVERITY_KEYS[finding.severity]),
    location: describeLocation(finding, language),
    text: describeFinding(finding, language),
  }));
  const findingGroups = countFindingKinds(findings).map((group) => ({
    key: group.code,
    text: t('findingsSummary', {
      severity: t(SEVERITY_KEYS[group.severity]),
      count: group.count,
      kind: findingTemplate(language, group.code).replace(/\{[^}]*\}/g, '…'),
    }),
  }));
  const candidateOptions = (preview?.candidates ?? []).map((c) => ({
    id: c.id,
    label: t('importCandidateLabel', {
      title: c.title === '' ? t('importUntitled') : c.title,
      first: c.first,
      last: c.last,
      format: t(FORMAT_KEYS[c.format]),
    }),
    summary: c.result.ok
      ? t('importCandidateSummary', {
          entities: c.result.inspection.districts.length,
          kind: entityKindLabel(c.result.inspection.entityKind, language, c.result.inspection.districts.length),
          categories: c.result.inspection.siteTypes.length,
        })
      : t('importCandidateFails'),
  }));
  const table = candidate?.table;
  const plan = table ? { columns: table.plan.columns, rows: table.plan.rows } : undefined;
  const roleRows = (plan?.columns ?? []).map((column) => {
    const role = roles.get(column.index) ?? column.role;
    const changed = roles.has(column.index) && role !== column.role;
    return {
      index: column.index,
      header: column.header,
      role,
      reason: t(`reason-${changed ? 'user' : column.reason}` as ViewMessageKey),
      label: t('importRoleFor', { column: column.index + 1, header: column.header }),
      question: (table?.plan.questions ?? []).includes(column.index),
    };
  });
  const entityColumn = roleRows.find((r) => r.role === 'entity')?.index;
  const referenceOptions = (plan?.rows ?? [])
    .filter((row) => row.reference || (plan?.rows.length ?? 0) <= ROW_CHOICES_UP_TO)
    .map((row) => ({
      row: row.index,
      label: t('importRowReference', { name: table?.grid.rows[row.index]?.cells[entityColumn ?? 0]?.text ?? '' }),
      reason: references.has(row.index) ? t('reason-user') : row.reason ? t(`reason-${row.reason}` as ViewMessageKey) : '',
      reference: references.get(row.index) ?? row.reference,
    }));

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        // Closing the dialog ends a parse still running in the worker.
        job.current?.cancel();
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
        onPaste={onPaste}
        onChange={(event) => {
          const value = event.target.value;
          load(value);
          if (value.length > DISPLAY_LIMIT) {
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
          accept=".txt,.csv,.tsv,.md,.html,.htm,text/plain,text/csv,text/tab-separated-values,text/html"
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
      {result && preview && (
        <section aria-labelledby={`${id}-preview`} className="import-preview">
          <h3 id={`${id}-preview`}>{t('importPreviewTitle')}</h3>
          {candidateOptions.length > 1 && (
            <ImportCandidateList
              legend={t('importCandidates')}
              name={`${id}-candidate`}
              options={candidateOptions}
              chosen={chosenId}
              onChoose={(next) => {
                setChosenId(next);
                resetChoices();
              }}
            />
          )}
          {table && (
            <ColumnRoleTable
              caption={t('importRolesTitle')}
              headers={{ column: t('importRoleColumn'), role: t('importRoleRole'), reason: t('importRoleReason') }}
              columns={roleRows}
              roleNames={{
                entity: t(ROLE_KEYS.entity),
                score: t(ROLE_KEYS.score),
                total: t(ROLE_KEYS.total),
                rank: t(ROLE_KEYS.rank),
                weighted: t(ROLE_KEYS.weighted),
                ignored: t(ROLE_KEYS.ignored),
              }}
              onRole={(column, role) => {
                setRoles(new Map([...roles, [column, role]]));
              }}
              rowsLegend={t('importRowsTitle')}
              rows={referenceOptions}
              onReference={(row, reference) => {
                setReferences(new Map([...references, [row, reference]]));
              }}
            />
          )}
          {result.ok ? (
            <>
              <p>
                {t('importFound', {
                  districts: result.inspection.districts.length,
                  kind,
                  siteTypes: result.inspection.siteTypes.length,
                  scores: result.inspection.scores.length,
                  format: t(FORMAT_KEYS[candidate?.format ?? preview.format]),
                })}
              </p>
              {standings && (
                <DataTable
                  caption={t('importRankingTitle')}
                  columns={[
                    t('columnDistrict', { kind: entityKindName(result.inspection.entityKind, language) }),
                    t('columnRank'),
                    t('columnTotal', { count: result.inspection.siteTypes.length }),
                    ...result.inspection.siteTypes.map((s) => displayName(s.name, language)),
                  ]}
                  rows={standings.rows.map((row) => ({
                    key: row.district,
                    cells: [
                      displayName(row.district, language),
                      String(row.rank),
                      formatScore(row.total, language, previewDigits),
                      ...result.inspection.siteTypes.map((s) =>
                        formatScore(previewIndex ? scoreOf(previewIndex, row.district, s.name) : undefined, language, previewDigits),
                      ),
                    ],
                  }))}
                />
              )}
            </>
          ) : (
            <p role="alert" className="form-problem">
              {t('importErrors', { count: errors.length })}
            </p>
          )}
          <GroupedFindings
            groups={findingGroups}
            items={findingItems}
            total={findings.length}
            emptyText={t('noFindings')}
            shownText={t('findingsShown', { shown: findingItems.length, count: findings.length })}
            showAllText={t('findingsShowAll', { count: findings.length })}
            onShowAll={() => {
              setAllFindings(true);
            }}
          />
          {result.ok && (table?.plan.questions.length ?? 0) > 0 && (
            <label className="roles-checked">
              <input
                type="checkbox"
                checked={rolesChecked}
                onChange={(event) => {
                  setRolesChecked(event.target.checked);
                }}
              />{' '}
              {t('importRolesChecked')}
            </label>
          )}
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
