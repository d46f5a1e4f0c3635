// The import dialog's text: held in a ref with an uncontrolled textarea (a 10 MB paste must not re-render on every
// change), filled by a paste, a typed change, a file or a correction in the grid, and said beside the drop zone.

import { useRef, useState, type ChangeEvent, type ClipboardEvent } from 'react';
import { formatScore } from '../i18n/format';
import type { Language } from '../i18n/names';
import { withCell } from '../data/sources/ocr/ocrCorrections';
import { selectOrderedInspections } from '../store/selectors';
import { useDashboard } from '../store/store';
import { DISPLAY_LIMIT } from './parseInWorker';
import { useImportSource } from './useImportSource';
import { useViewTranslate } from './useViewTranslate';

type Translate = ReturnType<typeof useViewTranslate>;
type SourceNote = Parameters<Parameters<typeof useImportSource>[0]['onText']>[1];

/** What the reader is told of a file: its name, its size and how it was read (OCR, PDF pages, an encoding). */
function fileNoteOf(note: SourceNote, length: number, t: Translate, language: Language): string {
  if (note.name === '') return '';
  const how = note.ocr
    ? t('importReadByOcr')
    : note.pages
      ? t('importPdfPages', note.pages)
      : note.encoding
        ? t('importEncoding', { encoding: note.encoding.toUpperCase() })
        : '';
  return [note.name, `${formatScore(length / 1_000_000, language)} MB`, how].filter(Boolean).join(' · ');
}

/**
 * The text and its sources. `onLoad` runs on every new text (the preview it had is gone), `onProblem` when a source
 * cannot be read. A paste or a file previews at once: `takeArrived` says, once, that one brought the text.
 */
export function useImportText(handlers: { onLoad: () => void; onProblem: (text: string) => void }) {
  const t = useViewTranslate();
  const language = useDashboard((s) => s.language);
  const source = useRef('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pasting = useRef(false);
  const arrived = useRef(false);
  const [fileNote, setFileNote] = useState('');
  const load = (content: string) => {
    source.current = content;
    handlers.onLoad();
  };
  const show = (text: string) => {
    // A big text is not shown in the textarea: it would only slow the page down.
    if (textarea.current) textarea.current.value = text.length <= DISPLAY_LIMIT ? text : '';
  };
  const { readFile, onPaste, ocrProgress, ocrDoubts, cancelOcr } = useImportSource({
    onText: (content, note) => {
      load(content);
      arrived.current = true;
      show(content);
      setFileNote(fileNoteOf(note, content.length, t, language));
    },
    onProblem: (key, params) => {
      handlers.onProblem(t(key, params));
    },
    knownNames: () => [...new Set(selectOrderedInspections(useDashboard.getState()).flatMap((loaded) => loaded.inspection.districts))],
  });
  const onTextPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    onPaste(event);
    // A plain paste arrives in the change that follows; a table's HTML or an image is read, then previewed.
    pasting.current = !event.defaultPrevented;
  };
  const onTextChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const value = event.target.value;
    load(value);
    if (pasting.current) arrived.current = true;
    pasting.current = false;
    if (value.length > DISPLAY_LIMIT) {
      // Chrome lays a huge textarea out again on every change around it: keep the text, empty the box.
      event.target.value = '';
      setFileNote(t('importPastedBig', { size: formatScore(value.length / 1_000_000, language) }));
    } else setFileNote('');
  };
  /** The text with one cell corrected in the grid (`line`, `cell` of the text as read). */
  const correct = (line: number, cell: number, value: string) => {
    source.current = withCell(source.current, line, cell, value);
    if (source.current.length <= DISPLAY_LIMIT) show(source.current);
  };
  const clear = () => {
    source.current = '';
    setFileNote('');
  };
  const fields = {
    textarea,
    onPaste: onTextPaste,
    onChange: onTextChange,
    fileNote,
    onFile: readFile,
    ocrProgress,
    onCancelOcr: cancelOcr,
  };
  const takeArrived = () => {
    const was = arrived.current;
    arrived.current = false;
    return was;
  };
  return { text: () => source.current, takeArrived, fields, ocrDoubts, cancelOcr, correct, clear };
}
