// Text recognition for the OCR of an image of a table (PP-OCRv4's CRNN model): the model's input from a text box's
// pixels, and the text with its confidence from the model's output (CTC: the most likely character at each step,
// repeats merged, blanks dropped). Pure arithmetic on arrays, tested in Node as the worker runs it.

import type { Pixels, TextBox } from './detection';

/** The height the recognition model reads a line of text at, and the widest line it is given. */
export const RECOGNITION_HEIGHT = 48;
const MAX_WIDTH = 1600;

/** The width a box is read at: its height scaled to 48 px, the width in proportion (a multiple of 8). */
export function recognitionWidth(box: TextBox): number {
  const ratio = (box.right - box.left) / Math.max(1, box.bottom - box.top);
  return Math.min(MAX_WIDTH, Math.max(16, Math.ceil((RECOGNITION_HEIGHT * ratio) / 8) * 8));
}

/**
 * The recognition model's input (1 × 3 × 48 × W, BGR, scaled to −1…1) from a box of an image, resampled
 * bilinearly from the image's pixels.
 */
export function recognitionInput(pixels: Pixels, box: TextBox, width = recognitionWidth(box)): Float32Array {
  const height = RECOGNITION_HEIGHT;
  const plane = width * height;
  const input = new Float32Array(3 * plane);
  const boxWidth = box.right - box.left;
  const boxHeight = box.bottom - box.top;
  const at = (x: number, y: number, channel: number) => {
    const cx = Math.min(pixels.width - 1, Math.max(0, x));
    const cy = Math.min(pixels.height - 1, Math.max(0, y));
    return pixels.data[(cy * pixels.width + cx) * 4 + channel] ?? 255;
  };
  for (let y = 0; y < height; y++) {
    const sy = box.top + ((y + 0.5) * boxHeight) / height - 0.5;
    const y0 = Math.floor(sy);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = box.left + ((x + 0.5) * boxWidth) / width - 0.5;
      const x0 = Math.floor(sx);
      const fx = sx - x0;
      for (let channel = 0; channel < 3; channel++) {
        const source = 2 - channel;
        const value =
          (at(x0, y0, source) * (1 - fx) + at(x0 + 1, y0, source) * fx) * (1 - fy) +
          (at(x0, y0 + 1, source) * (1 - fx) + at(x0 + 1, y0 + 1, source) * fx) * fy;
        input[channel * plane + y * width + x] = value / 127.5 - 1;
      }
    }
  }
  return input;
}

/** The characters the model knows, index 1 on (0 is CTC's blank): the dictionary's lines, then a space. */
export function recognitionAlphabet(dictionary: string): string[] {
  const characters = dictionary.split(/\r?\n/);
  if (characters[characters.length - 1] === '') characters.pop();
  return ['', ...characters, ' '];
}

export interface RecognisedText {
  text: string;
  /** The mean of the kept characters' probabilities (0–1); 0 when nothing was read. */
  confidence: number;
  /** Each kept character's probability, in order. */
  characterConfidences: number[];
}

/** CTC's greedy decoding of the model's output (steps × classes probabilities). */
export function decodeRecognition(output: Float32Array, steps: number, classes: number, alphabet: readonly string[]): RecognisedText {
  let text = '';
  const characterConfidences: number[] = [];
  let previous = 0;
  for (let step = 0; step < steps; step++) {
    let best = 0;
    let bestProbability = -Infinity;
    const offset = step * classes;
    for (let c = 0; c < classes; c++) {
      const probability = output[offset + c] ?? 0;
      if (probability > bestProbability) {
        bestProbability = probability;
        best = c;
      }
    }
    if (best !== 0 && best !== previous) {
      text += alphabet[best] ?? '';
      characterConfidences.push(bestProbability);
    }
    previous = best;
  }
  const confidence = characterConfidences.length === 0 ? 0 : characterConfidences.reduce((a, b) => a + b, 0) / characterConfidences.length;
  return { text: text.trim(), confidence, characterConfidences };
}
