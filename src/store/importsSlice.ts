// The imports slice: the inspections loaded (the embedded one and those the user imported), their records as
// kept in the browser's storage, the active period, and what went wrong loading or saving them.

import { embeddedSource, embeddedText, type InspectionSource } from '../data/embedded/source';
import type { ImportFormat } from '../data/importText';
import { parsePrintedTables } from '../data/layouts/printedTables';
import type { Finding, Inspection } from '../data/types';
import type { LoadProblem, StoredInspection } from './persistence';
import type { SliceCreator } from './slice';

export interface LoadedInspection {
  /** Stable id, in links (`period=`). */
  id: string;
  /** YYYY-MM: orders the history. */
  period: string;
  source: InspectionSource;
  /** The built-in inspection: always there, cannot be deleted. */
  embedded: boolean;
  format: ImportFormat;
  /** The text the inspection was parsed from, kept to show its source lines ('' for one that came in a link). */
  text: string;
  /** Came in a link's data and is not saved in this browser (undefined: embedded, imported or saved). */
  fromLink?: boolean;
  /** Published by the site (public/data/): every reader of the site has it, so links need not carry it. */
  published?: boolean;
  inspection: Inspection;
  findings: Finding[];
  /**
   * Set when today's rules read the month's text otherwise than its reader accepted (a `reading-changed` finding says
   * how): that reading (none when the text no longer reads) and its fingerprint, for keeping or taking it.
   */
  reread?: { fingerprint: string; now: { inspection: Inspection; findings: Finding[]; format: ImportFormat } | undefined };
}

export interface ImportsState {
  inspections: LoadedInspection[];
  /** The records behind the imported inspections, as stored in the browser (read at start by storedImports.ts). */
  stored: StoredInspection[];
  /** undefined: the latest period. */
  activeId: string | undefined;
  /** Findings of the embedded data when it cannot be read (never, unless the build is broken). */
  loadErrors: Finding[];
  /** Stored data that could not be read at start-up (a copy of it is kept). */
  storageProblem: LoadProblem | undefined;
  /** Published months (public/data/) that could not be fetched or read: their ids, said on the screen. */
  publishedUnreadable: string[];
  /** Set when the last write to the browser's storage failed. */
  saveError: string | undefined;
  /** A link's data (`#data=`): shown under this id, or refused for this reason. */
  linkData: { id: string } | { problem: 'damaged' | 'version' | 'too-long' } | { problem: 'invalid'; findings: Finding[] } | undefined;
  /** The deleted imports, last deleted last, for undo (each with its inspection, when it could be read). */
  removed: RemovedImport[];
}

export interface RemovedImport {
  stored: StoredInspection;
  /** Where it was in the stored list. */
  index: number;
  entry: LoadedInspection | undefined;
}

export type AddResult = { ok: true; id: string; saved: boolean } | { ok: false; findings: Finding[] };
/** The imports' changes (add, delete, undo, read, another tab's) are in storedImports.ts, loaded when needed. */
export interface ImportsActions {
  setActive: (id: string) => void;
  dismissStorageMessages: () => void;
}

function loadEmbedded(): { inspection: LoadedInspection | undefined; errors: Finding[] } {
  const result = parsePrintedTables(embeddedText);
  if (!result.ok) return { inspection: undefined, errors: result.findings };
  return {
    inspection: {
      id: embeddedSource.id,
      period: embeddedSource.publishedMonth,
      source: embeddedSource,
      embedded: true,
      format: 'page',
      text: embeddedText,
      inspection: result.inspection,
      findings: result.findings,
    },
    errors: [],
  };
}

/** The save error when storage belongs to a newer version of the app and is left untouched. */
export const NEWER_STORAGE = 'newer';
/** The save error when the months are kept where this page cannot reach them now (IndexedDB that would not open). */
export const UNREACHABLE_STORAGE = 'unreachable';

/** The embedded month; what this browser keeps is read at start, with the import reader (storedImports.ts). */
export function createImportsSlice(): SliceCreator<ImportsState, ImportsActions> {
  return (set) => {
    const embedded = loadEmbedded();
    return {
      inspections: embedded.inspection ? [embedded.inspection] : [],
      stored: [],
      activeId: undefined,
      loadErrors: embedded.errors,
      storageProblem: undefined,
      publishedUnreadable: [],
      saveError: undefined,
      removed: [],
      linkData: undefined,
      setActive: (id) => set({ activeId: id }),
      dismissStorageMessages: () => set({ storageProblem: undefined, saveError: undefined, removed: [], publishedUnreadable: [] }),
    };
  };
}
