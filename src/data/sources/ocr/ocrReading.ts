// What the OCR of an image of a table gives the import: the recognised boxes read as tables by their positions,
// as the text every other source gives, and every cell the reader must look at, never trusted silently: a cell
// read with low confidence, one that breaks its column's number format (`66,9`, `T7.A`, a lost decimal point, a
// sign), and a name snapped to one already known (from an earlier period or from elsewhere in the same image).

import { tablesAsPlacedText } from '../htmlTables';
import { positionedTables } from '../positionedText';
import type { TextBox } from './detection';

export interface RecognisedBox extends TextBox {
  text: string;
  confidence: number;
  characterConfidences: readonly number[];
}

export type OcrDoubtReason = 'confidence' | 'format' | 'snapped';

export interface OcrCell {
  /** Where the cell is in the reading's text (1-based). */
  line: number;
  column: number;
  text: string;
  /** The confidence of its least sure character (0–1). */
  confidence: number;
  /** The image's pixels it was read from. */
  box: TextBox;
}

export interface OcrDoubt extends OcrCell {
  reason: OcrDoubtReason;
  /** The text as recognised (differs from `text` for a snapped name). */
  read: string;
}

export interface OcrReading {
  text: string;
  cells: OcrCell[];
  doubts: OcrDoubt[];
}

/** A cell whose mean confidence is under this, or with a character under the second, is a doubt. */
export const OCR_CONFIDENCE = 0.9;
const CHARACTER_CONFIDENCE = 0.6;
/** A column is of numbers when this share of its cells below the header are. */
const NUMBER_COLUMN_SHARE = 0.6;
const NUMBER = /^[-−]?\d+(\.\d+)?%?$/;

const decimalsOf = (text: string) => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;

/** The most common value of a list and its share. */
function mode<T>(values: readonly T[]): { value: T | undefined; share: number } {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, count] of counts) if (count > bestCount) [best, bestCount] = [v, count];
  return { value: best, share: values.length === 0 ? 0 : bestCount / values.length };
}

/** The cells of one column (below the header) that break the number format most of the column has. */
function formatBreaks(column: readonly string[]): Set<number> {
  const breaks = new Set<number>();
  // Figures misread are still mostly digits (`91,48`, `8T.13`): those count towards a column of figures.
  const digitHeavy = column.filter((text) => text.replace(/\D/g, '').length * 2 >= Array.from(text).length && text !== '');
  const numbers = column.filter((text) => NUMBER.test(text));
  if (digitHeavy.length < column.length * NUMBER_COLUMN_SHARE || numbers.length < 2) return breaks;
  const decimals = mode(numbers.map(decimalsOf));
  const negatives = numbers.filter((text) => /^[-−]/.test(text)).length;
  column.forEach((text, i) => {
    if (text === '') return;
    const wrongDecimals = decimals.share >= NUMBER_COLUMN_SHARE && decimalsOf(text) !== decimals.value;
    // A sign that few of the column's figures have is more likely a stroke read as a minus.
    const strayMinus = /^[-−]/.test(text) && negatives < numbers.length * 0.2;
    if (!NUMBER.test(text) || wrongDecimals || strayMinus) breaks.add(i);
  });
  return breaks;
}

/** The one known name a doubtful name is a character away from (same length), if exactly one is. */
function snapTarget(text: string, known: readonly string[]): string | undefined {
  const chars = Array.from(text);
  const near = known.filter((name) => {
    const other = Array.from(name);
    return other.length === chars.length && other.filter((ch, i) => ch !== chars[i]).length === 1;
  });
  return near.length === 1 ? near[0] : undefined;
}

/** A figure as tables print it: no leading zero but for `0.5`, a point and `decimals` digits. */
const figureOf = (decimals: number) => new RegExp(`(?:[1-9][0-9]{0,2}|0)\\.[0-9]{${String(decimals)}}`, 'gy');

/**
 * The figures of a box the detector drew over several cells (`95.0093.8392.66`, `西关街道92.6591.48`): split where
 * every figure has the same number of decimals, the only way the text divides into figures of that form, each its
 * own box over its share of the width; a name before them stays a box of its own. Other boxes are kept as read.
 */
export function splitRunTogether(box: RecognisedBox): RecognisedBox[] {
  const lead = /^[^0-9]*/.exec(box.text)?.[0] ?? '';
  const run = box.text.slice(lead.length);
  if (run.length < 7) return [box];
  for (const decimals of [2, 1, 3]) {
    const pattern = figureOf(decimals);
    const pieces: { text: string; at: number }[] = [];
    for (let match = pattern.exec(run); match; match = pattern.exec(run)) pieces.push({ text: match[0], at: lead.length + match.index });
    if (pieces.length < 2 || pieces.reduce((n, p) => n + p.text.length, 0) !== run.length) continue;
    const perCharacter = (box.right - box.left) / box.text.length;
    const part = (text: string, at: number): RecognisedBox => {
      const confidences = box.characterConfidences.slice(at, at + text.length);
      return {
        ...box,
        text,
        left: box.left + at * perCharacter,
        right: box.left + (at + text.length) * perCharacter,
        characterConfidences: confidences,
        confidence: confidences.length > 0 ? confidences.reduce((a, b) => a + b, 0) / confidences.length : box.confidence,
      };
    };
    return [...(lead.trim() === '' ? [] : [part(lead, 0)]), ...pieces.map((p) => part(p.text, p.at))];
  }
  return [box];
}

/** A speck the detector boxed (`.F` on a JPEG's ringing): under half as high as the text, no figure or word in it. */
function isSpeck(box: RecognisedBox, textHeight: number): boolean {
  return box.bottom - box.top < textHeight / 2 && !/[0-9\u3400-\u9fff]/.test(box.text);
}

function medianHeight(boxes: readonly RecognisedBox[]): number {
  const heights = boxes.map((b) => b.bottom - b.top).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}

/**
 * Boxes on one line that overlap by a sliver (a detector pads a box on a blurred image) are two cells: the later
 * one starts where the earlier ends. Boxes that overlap by more are one cell, as before.
 */
function separated(boxes: readonly RecognisedBox[]): RecognisedBox[] {
  const out = boxes.map((box) => ({ ...box }));
  const order = [...out].sort((a, b) => a.left - b.left);
  for (const box of order) {
    const height = box.bottom - box.top;
    const centre = (box.top + box.bottom) / 2;
    for (const other of order) {
      if (other === box || other.left >= box.left || Math.abs((other.top + other.bottom) / 2 - centre) > height / 3) continue;
      const overlap = other.right - box.left;
      if (overlap > 0 && overlap < Math.min(height, (box.right - box.left) / 3)) box.left = other.right + 0.5;
    }
  }
  return out;
}

/** The boxes read as tables, placed in text, with every doubt; `knownNames` are the names of earlier periods. */
export function ocrReading(read: readonly RecognisedBox[], knownNames: readonly string[]): OcrReading {
  const textHeight = medianHeight(read);
  const boxes = separated(read.filter((box) => !isSpeck(box, textHeight)).flatMap(splitRunTogether));
  // Image rows grow downwards; positioned text's baselines grow upwards. Box centres align a row's cells.
  const items = boxes.map((box) => ({
    text: box.text,
    x: box.left,
    y: -(box.top + box.bottom) / 2,
    width: box.right - box.left,
    height: box.bottom - box.top,
  }));
  const tables = positionedTables([items], { normalise: (text) => text.normalize('NFKC'), joinGap: 0 });
  const confidentNames = new Set<string>();
  const doubtful = (sources: readonly number[]) =>
    sources.some((i) => {
      const box = boxes[i];
      return !box || box.confidence < OCR_CONFIDENCE || box.characterConfidences.some((c) => c < CHARACTER_CONFIDENCE);
    });
  tables.forEach((table) =>
    table.rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (r > 0 && !NUMBER.test(text) && !doubtful(table.sources[r]?.[c] ?? [])) confidentNames.add(text);
      }),
    ),
  );
  const known = [...new Set([...knownNames, ...confidentNames])];
  const reasons = new Map<string, { reason: OcrDoubtReason; read: string }>();
  tables.forEach((table, t) => {
    const width = table.rows.reduce((most, row) => Math.max(most, row.length), 0);
    for (let c = 0; c < width; c++) {
      const column = table.rows.slice(1).map((row) => row[c] ?? '');
      const breaks = formatBreaks(column);
      const inColumn = new Set(column);
      column.forEach((text, i) => {
        const r = i + 1;
        const key = `${String(t)}:${String(r)}:${String(c)}`;
        if (breaks.has(i)) reasons.set(key, { reason: 'format', read: text });
        else if (doubtful(table.sources[r]?.[c] ?? [])) {
          // A name is snapped only to a known name not already in its column: never two rows of one name.
          const target = NUMBER.test(text)
            ? undefined
            : snapTarget(
                text,
                known.filter((name) => !inColumn.has(name)),
              );
          if (target !== undefined) (table.rows[r] ?? [])[c] = target;
          reasons.set(key, { reason: target === undefined ? 'confidence' : 'snapped', read: text });
        }
      });
    }
  });
  const placed = tablesAsPlacedText(tables);
  const cells: OcrCell[] = [];
  const doubts: OcrDoubt[] = [];
  tables.forEach((table, t) =>
    table.rows.forEach((row, r) =>
      row.forEach((text, c) => {
        const place = placed.places[t]?.[r]?.[c];
        const sources = (table.sources[r]?.[c] ?? []).flatMap((i) => boxes[i] ?? []);
        if (!place || sources.length === 0) return;
        const cell: OcrCell = {
          ...place,
          text,
          confidence: sources.reduce((least, box) => box.characterConfidences.reduce((a, b) => Math.min(a, b), least), 1),
          box: {
            left: Math.min(...sources.map((box) => box.left)),
            top: Math.min(...sources.map((box) => box.top)),
            right: Math.max(...sources.map((box) => box.right)),
            bottom: Math.max(...sources.map((box) => box.bottom)),
            score: Math.min(...sources.map((box) => box.score)),
          },
        };
        cells.push(cell);
        const doubt = reasons.get(`${String(t)}:${String(r)}:${String(c)}`);
        if (doubt) doubts.push({ ...cell, ...doubt });
      }),
    ),
  );
  return { text: placed.text, cells, doubts };
}
