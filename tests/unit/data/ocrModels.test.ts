// The arithmetic around the OCR models, on arrays made by hand: the detection input's size and normalisation, text
// boxes from a probability map, boxes cut at a table rule, the recognition input, and CTC decoding with confidence.
import { describe, expect, it } from 'vitest';
import { boxesFromProbability, detectionInput, detectionSize, splitAtRules, type Pixels } from '../../../src/data/sources/ocr/detection';
import { decodeRecognition, recognitionAlphabet, recognitionInput, recognitionWidth } from '../../../src/data/sources/ocr/recognition';

/** A white image with the given dark rectangles (left, top, right, bottom). */
function image(width: number, height: number, dark: readonly [number, number, number, number][]): Pixels {
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const [left, top, right, bottom] of dark)
    for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) data.set([0, 0, 0, 255], (y * width + x) * 4);
  return { width, height, data };
}

describe('detection', () => {
  it('sizes the model input in multiples of 32: a small screenshot enlarged, a large photo reduced', () => {
    expect(detectionSize(640, 420)).toEqual({ width: 1600, height: 1056, scale: 2.5 });
    expect(detectionSize(200, 100)).toEqual({ width: 800, height: 416, scale: 4 });
    expect(detectionSize(4000, 3000)).toEqual({ width: 1600, height: 1216, scale: 0.4 });
  });

  it('normalises pixels into BGR planes with ImageNet means and deviations', () => {
    const input = detectionInput({ width: 1, height: 1, data: new Uint8ClampedArray([255, 0, 0, 255]) });
    // Blue plane first (0), then green (0), then red (255).
    expect(input[0]).toBeCloseTo((0 - 0.406) / 0.225, 5);
    expect(input[1]).toBeCloseTo((0 - 0.456) / 0.224, 5);
    expect(input[2]).toBeCloseTo((1 - 0.485) / 0.229, 5);
  });

  it('finds one box per region over the threshold, grown by the unclip distance, and drops specks and faint regions', () => {
    const width = 40;
    const map = new Float32Array(width * 20);
    const fill = (left: number, top: number, right: number, bottom: number, p: number) => {
      for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) map[y * width + x] = p;
    };
    fill(4, 5, 14, 9, 0.9); // a word: 10 × 4
    fill(20, 5, 30, 9, 0.45); // over the pixel threshold, under the box threshold
    fill(35, 5, 37, 7, 0.9); // a speck
    const boxes = boxesFromProbability(map, width, 20);
    // Grown by 10 × 4 × 1.6 / (2 × 14) ≈ 2.29 on every side.
    expect(boxes).toEqual([{ left: 1, top: 2, right: 17, bottom: 12, score: expect.closeTo(0.9, 5) as number }]);
  });

  it('cuts a box where a table rule runs through it, and leaves a box with no rule whole', () => {
    // Two figures either side of a vertical rule at x = 30.
    const pixels = image(60, 20, [
      [5, 6, 25, 14],
      [30, 0, 31, 20],
      [36, 6, 55, 14],
    ]);
    const parts = splitAtRules({ left: 2, top: 2, right: 58, bottom: 18, score: 0.9 }, pixels);
    expect(parts.map((p) => [p.left, p.right])).toEqual([
      [2, 30],
      [31, 58],
    ]);
    expect(splitAtRules({ left: 2, top: 2, right: 28, bottom: 18, score: 0.9 }, pixels)).toHaveLength(1);
  });
});

describe('recognition', () => {
  it('reads a box at 48 px high, its width in proportion, scaled to −1…1', () => {
    const box = { left: 0, top: 0, right: 40, bottom: 10, score: 1 };
    expect(recognitionWidth(box)).toBe(192);
    const input = recognitionInput(image(40, 10, [[0, 0, 20, 10]]), box, 192);
    expect(input).toHaveLength(3 * 48 * 192);
    // The left half dark (−1), the right half white (1).
    expect(input[10]).toBe(-1);
    expect(input[180]).toBe(1);
  });

  it('decodes CTC output: repeats merged, blanks dropped, a repeated character kept across a blank, confidence the mean', () => {
    const alphabet = recognitionAlphabet('9\n3\n.\n');
    expect(alphabet).toEqual(['', '9', '3', '.', ' ']);
    const steps = [1, 1, 0, 3, 2, 0, 2];
    const probabilities = [0.9, 0.8, 0.99, 0.7, 0.95, 0.99, 0.6];
    const output = new Float32Array(steps.length * alphabet.length);
    steps.forEach((c, step) => {
      for (let k = 0; k < alphabet.length; k++) output[step * alphabet.length + k] = k === c ? (probabilities[step] ?? 0) : 0.01;
    });
    const read = decodeRecognition(output, steps.length, alphabet.length, alphabet);
    expect(read.text).toBe('9.33');
    expect(read.characterConfidences).toEqual([0.9, 0.7, 0.95, 0.6].map((p) => expect.closeTo(p, 5) as number));
    expect(read.confidence).toBeCloseTo((0.9 + 0.7 + 0.95 + 0.6) / 4, 5);
    expect(decodeRecognition(new Float32Array(alphabet.length), 1, alphabet.length, alphabet)).toEqual({
      text: '',
      confidence: 0,
      characterConfidences: [],
    });
  });
});
