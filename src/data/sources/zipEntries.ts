// What a zip (.xlsx, .ods, .docx) declares before any of it is inflated: its entries' sizes from the central directory,
// and whether two entries share bytes. A zip bomb is refused on these figures, before an inflater is handed a file
// that would unpack to gigabytes (or to the same bytes over and over, from overlapping entries).

/** Bytes a zip may declare unpacked, all entries together: a workbook of a million cells stays far under it. */
export const ZIP_UNPACKED_BUDGET = 300_000_000;
/** Entries a zip may declare. */
const MOST_ENTRIES = 10_000;

export type ZipVerdict =
  | { ok: true; entries: number; unpacked: number }
  | { ok: false; reason: 'too-big'; unpacked: number }
  | { ok: false; reason: 'overlapping' | 'too-many' | 'malformed' };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

function endOfDirectory(view: DataView): number {
  // The end record is the last 22 bytes, or before a comment of up to 65,535 bytes.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at--) if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  return -1;
}

/** The zip's declared entries and unpacked size, or why it is refused; never throws, never inflates. */
export function checkZip(bytes: Uint8Array): ZipVerdict {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = view.byteLength >= 22 ? endOfDirectory(view) : -1;
  if (end < 0) return { ok: false, reason: 'malformed' };
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > MOST_ENTRIES) return { ok: false, reason: 'too-many' };
  const spans: { start: number; end: number }[] = [];
  let unpacked = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, reason: 'malformed' };
    const packed = view.getUint32(at + 20, true);
    unpacked += view.getUint32(at + 24, true);
    const offset = view.getUint32(at + 42, true);
    spans.push({ start: offset, end: offset + 30 + packed });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (unpacked > ZIP_UNPACKED_BUDGET) return { ok: false, reason: 'too-big', unpacked };
  // Entries whose data overlap: the same compressed bytes counted as many files (a bomb that declares small sizes).
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) if ((spans[i]?.start ?? 0) < (spans[i - 1]?.end ?? 0)) return { ok: false, reason: 'overlapping' };
  return { ok: true, entries: count, unpacked };
}
