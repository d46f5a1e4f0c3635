// The OCR's boxes (each a recognised text with its confidence and position) read as a table in text, with every
// cell the reader must look at marked: under the confidence threshold, out of its column's number format, or a
// name snapped to a known one. Invented figures.
import { describe, expect, it } from 'vitest';
import { ocrReading, splitRunTogether, type RecognisedBox } from '../../../src/data/sources/ocr/ocrReading';

/** A row of boxes 20 px high at y, cells 60 px apart from x = 10, each read with the given confidence. */
function row(y: number, texts: readonly (string | [string, number])[]): RecognisedBox[] {
  return texts.map((entry, i) => {
    const [text, confidence] = typeof entry === 'string' ? [entry, 0.99] : entry;
    return {
      left: 10 + i * 60,
      right: 10 + i * 60 + 44,
      top: y,
      bottom: y + 20,
      score: 0.9,
      text,
      confidence,
      characterConfidences: Array.from(text, () => confidence),
    };
  });
}

const clean = [
  ...row(10, ['各街道考核得分']),
  ...row(40, ['街道', '市容', '环卫']),
  ...row(70, ['东关街道', '95.00', '93.83']),
  ...row(100, ['西关街道', '92.65', '91.48']),
  ...row(130, ['南关街道', '90.30', '89.13']),
];

describe('ocrReading', () => {
  it('reads boxes into the table text the import reads, each cell placed at its line and column', () => {
    const reading = ocrReading(clean, []);
    expect(reading.text).toBe(
      '## 各街道考核得分\n\n街道\t市容\t环卫\n东关街道\t95.00\t93.83\n西关街道\t92.65\t91.48\n南关街道\t90.30\t89.13',
    );
    expect(reading.doubts).toEqual([]);
    const cell = reading.cells.find((c) => c.text === '91.48');
    expect(cell).toMatchObject({ line: 5, column: 12, confidence: 0.99, box: { left: 130, top: 100, right: 174, bottom: 120 } });
  });

  it('marks a cell under the confidence threshold, and one that breaks its column’s number format', () => {
    const boxes = [
      ...row(40, ['街道', '市容', '环卫']),
      ...row(70, ['东关街道', '95.00', ['93.83', 0.62]]),
      // A lost decimal point, a comma for a point, a letter for a digit: each read with confidence.
      ...row(100, ['西关街道', '9265', '91,48']),
      ...row(130, ['南关街道', '90.30', '8T.13']),
      ...row(160, ['北关街道', '88.00', '87.50']),
    ];
    const { doubts } = ocrReading(boxes, []);
    expect(doubts.map((d) => [d.text, d.reason])).toEqual([
      ['93.83', 'confidence'],
      ['9265', 'format'],
      ['91,48', 'format'],
      ['8T.13', 'format'],
    ]);
    expect(doubts[0]).toMatchObject({ line: 2, column: 12 });
  });

  it('snaps a doubtful name only to a name already known, and says so; an unknown name is left as read', () => {
    const boxes = [
      ...row(40, ['街道', '市容', '环卫']),
      ...row(70, [['东美街道', 0.7], '95.00', '93.83']),
      ...row(100, [['西关街道', 0.99], '92.65', '91.48']),
      ...row(130, [['新区街道', 0.7], '90.30', '89.13']),
    ];
    const reading = ocrReading(boxes, ['东关街道', '西关街道', '南关街道']);
    expect(reading.text.split('\n')[1]).toBe('东关街道\t95.00\t93.83');
    expect(reading.doubts.map((d) => [d.text, d.reason, d.read])).toEqual([
      ['东关街道', 'snapped', '东美街道'],
      ['新区街道', 'confidence', '新区街道'],
    ]);
  });

  it('gives no table for boxes that make no rows of cells, and never throws on no boxes', () => {
    expect(ocrReading([], []).text).toBe('');
    expect(ocrReading(row(10, ['一段文字']), []).cells).toEqual([]);
  });
});

describe('boxes the detector drew over several cells', () => {
  const box = (text: string, left: number, right: number) => ({
    text,
    left,
    right,
    top: 70,
    bottom: 85,
    score: 0.9,
    confidence: 0.95,
    characterConfidences: Array.from(text, () => 0.95),
  });

  it('figures run together with the same decimals become one box each, over their share of the width', () => {
    const parts = splitRunTogether(box('95.0093.8392.66', 60, 210));
    expect(parts.map((p) => [p.text, p.left, p.right])).toEqual([
      ['95.00', 60, 110],
      ['93.83', 110, 160],
      ['92.66', 160, 210],
    ]);
  });

  it('a name run into its figures keeps its own box; a figure that breaks the form leaves the box whole', () => {
    expect(splitRunTogether(box('西关街道92.6591.48', 0, 140)).map((p) => p.text)).toEqual(['西关街道', '92.65', '91.48']);
    expect(splitRunTogether(box('95.0093.8', 0, 90)).map((p) => p.text)).toEqual(['95.0093.8']);
    expect(splitRunTogether(box('东关街道', 0, 40)).map((p) => p.text)).toEqual(['东关街道']);
  });
});

describe('what a blurred JPEG does to the boxes', () => {
  it('a figure box padded into its name by a sliver is its own cell; a speck beside the name is dropped', () => {
    const [name, first, second] = row(70, ['东关街道', '95.00', '93.83']);
    if (!name || !first || !second) throw new Error('three boxes');
    // The figure's box reaches 6 px into the name's (the detector's padding), and a speck `.F` sits between them.
    const padded = { ...first, left: name.right - 6 };
    const speck = { ...name, text: '.F', left: name.right - 2, right: name.right + 5, top: 76, bottom: 81 };
    const reading = ocrReading(
      [...row(10, ['各街道考核得分']), ...row(40, ['街道', '市容', '环卫']), name, speck, padded, second, ...clean.slice(7)],
      [],
    );
    expect(reading.text.split('\n')[3]).toBe('东关街道\t95.00\t93.83');
  });
});
