// The import dialog's source: the paste box, the file drop zone, the preview button, and the progress of a parse
// or a recognition with its cancel button. The dialog owns the text and what happens to it.

import type { ClipboardEvent, ChangeEvent, RefObject } from 'react';
import { FieldProblem, problemProps } from '../components/FieldProblem';
import { FileDropZone } from '../components/FileDropZone';
import { ReadProgress } from '../components/ReadProgress';
import type { OcrProgress } from './imageSource';
import { useViewTranslate } from './useViewTranslate';

/** What the dialog accepts: text, tables, documents, PDFs and images. */
const ACCEPTED =
  '.txt,.csv,.tsv,.md,.html,.htm,.xlsx,.xls,.ods,.docx,.pdf,.png,.jpg,.jpeg,.webp,text/plain,text/csv,text/tab-separated-values,text/html,image/png,image/jpeg,image/webp';

export interface ImportSourceFieldsProps {
  id: string;
  textarea: RefObject<HTMLTextAreaElement | null>;
  onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  fileNote: string;
  onFile: (file: File | undefined) => void;
  onPreview: () => void;
  /** The parse's progress, 0–1, while one runs. */
  progress: number | undefined;
  onCancelParse: () => void;
  ocrProgress: OcrProgress | undefined;
  onCancelOcr: () => void;
  problem: string | undefined;
}

export function ImportSourceFields({
  id,
  textarea,
  onPaste,
  onChange,
  fileNote,
  onFile,
  onPreview,
  progress,
  onCancelParse,
  ocrProgress,
  onCancelOcr,
  problem,
}: ImportSourceFieldsProps) {
  const t = useViewTranslate();
  return (
    <>
      <label htmlFor={`${id}-text`}>{t('importPaste')}</label>
      <textarea
        id={`${id}-text`}
        rows={6}
        ref={textarea}
        defaultValue=""
        onPaste={onPaste}
        onChange={onChange}
        spellCheck={false}
        {...problemProps(`${id}-problem`, problem)}
      />
      <FileDropZone
        id={`${id}-file`}
        label={t('importFile')}
        dropHint={t('importDrop')}
        accept={ACCEPTED}
        note={fileNote}
        onFile={onFile}
      />
      <button type="button" onClick={onPreview} disabled={progress !== undefined}>
        {t('importPreviewButton')}
      </button>
      {progress !== undefined && (
        <ReadProgress
          id={`${id}-progress`}
          label={t('importParsing', { percent: Math.round(progress * 100) })}
          value={progress}
          max={1}
          cancelLabel={t('importCancelParse')}
          onCancel={onCancelParse}
        />
      )}
      {ocrProgress && (
        <ReadProgress
          id={`${id}-ocr`}
          label={t(`ocrStage-${ocrProgress.stage}`, { done: ocrProgress.done, total: ocrProgress.total })}
          value={ocrProgress.stage === 'recognise' ? ocrProgress.done : undefined}
          max={ocrProgress.total}
          cancelLabel={t('ocrCancel')}
          onCancel={onCancelOcr}
        />
      )}
      <FieldProblem id={`${id}-problem`} text={problem} />
    </>
  );
}
