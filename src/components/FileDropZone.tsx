// A file field that also takes a file dropped on it: the import dialog's way in for PDFs, images, spreadsheets and
// Word files, with a note under it (what was read, or why a big paste is not shown).

import type { DragEvent } from 'react';

export interface FileDropZoneProps {
  id: string;
  label: string;
  /** What the zone says about dropping (拖放文件到此处). */
  dropHint: string;
  /** The kinds of file offered in the chooser. */
  accept: string;
  /** Shown under the field when not empty. */
  note: string;
  onFile: (file: File | undefined) => void;
}

export function FileDropZone({ id, label, dropHint, accept, note, onFile }: FileDropZoneProps) {
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    onFile(event.dataTransfer.files[0]);
  };
  return (
    <div
      className="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
      }}
      onDrop={onDrop}
    >
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(event) => {
          onFile(event.target.files?.[0]);
        }}
      />{' '}
      {/* Not offered where there is nothing to drag from (a touch screen): hidden there by its style. */}
      <span className="drop-hint">{dropHint}</span>
      {note !== '' && <p className="file-note">{note}</p>}
    </div>
  );
}
