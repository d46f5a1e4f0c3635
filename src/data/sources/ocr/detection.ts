// Text detection for the OCR of an image of a table (PP-OCRv4's DB model): the model's input from the image's
// pixels, and text boxes from the probability map it returns, each split where a table rule runs through it. Pure
// arithmetic on arrays, so that Node tests it as the worker runs it.

/** An image's pixels, four bytes (RGBA) a pixel, row after row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** A text box in the image's pixels (left, top inclusive; right, bottom exclusive). */
export interface TextBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** The model's mean probability inside the box (0–1). */
  score: number;
}

/** DB's thresholds (PaddleOCR's defaults): a pixel is text over 0.3; a box is kept when its mean is over 0.6. */
const PIXEL_THRESHOLD = 0.3;
const BOX_THRESHOLD = 0.6;
/** How far a box is grown (DB shrinks text regions in training): area × ratio ÷ perimeter. */
const UNCLIP_RATIO = 1.6;
/** ImageNet's means and deviations, which the detection model was trained with (in its BGR order). */
const MEAN = [0.406, 0.456, 0.485];
const DEVIATION = [0.225, 0.224, 0.229];

/**
 * The size the detection model reads an image at: each side a multiple of 32, scaled so that small text is
 * enlarged (a screenshot's 12 px figures are too small for the model) and a large page stays within bounds.
 */
export function detectionSize(width: number, height: number, maxSide = 1600): { width: number; height: number; scale: number } {
  const longest = Math.max(width, height, 1);
  // A small image enlarged (up to four times) and a large one reduced, to maxSide on its longest side.
  const scale = Math.min(4, maxSide / longest);
  const side = (length: number) => Math.max(32, Math.round((length * scale) / 32) * 32);
  return { width: side(width), height: side(height), scale };
}

/** The detection model's input tensor (1 × 3 × H × W, BGR, normalised) from pixels already at its size. */
export function detectionInput(pixels: Pixels): Float32Array {
  const { width, height, data } = pixels;
  const plane = width * height;
  const input = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    // BGR: the model was trained on images read by OpenCV.
    for (let channel = 0; channel < 3; channel++) {
      const value = (data[i * 4 + (2 - channel)] ?? 0) / 255;
      input[channel * plane + i] = (value - (MEAN[channel] ?? 0)) / (DEVIATION[channel] ?? 1);
    }
  }
  return input;
}

/**
 * The text boxes of a probability map (H × W, 0–1): 4-connected regions over the pixel threshold, kept when their
 * mean probability passes the box threshold, grown back by DB's unclip distance, clipped to the map.
 */
export function boxesFromProbability(map: Float32Array, width: number, height: number): TextBox[] {
  const label = new Int32Array(width * height);
  const boxes: TextBox[] = [];
  const stack: number[] = [];
  let next = 0;
  for (let start = 0; start < map.length; start++) {
    if (label[start] !== 0 || (map[start] ?? 0) <= PIXEL_THRESHOLD) continue;
    next += 1;
    label[start] = next;
    stack.push(start);
    let left = width;
    let top = height;
    let right = -1;
    let bottom = -1;
    let sum = 0;
    let count = 0;
    while (stack.length > 0) {
      const at = stack.pop() ?? 0;
      const x = at % width;
      const y = (at - x) / width;
      sum += map[at] ?? 0;
      count += 1;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      const neighbours = [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, y > 0 ? at - width : -1, y < height - 1 ? at + width : -1];
      for (const n of neighbours)
        if (n >= 0 && label[n] === 0 && (map[n] ?? 0) > PIXEL_THRESHOLD) {
          label[n] = next;
          stack.push(n);
        }
    }
    const boxWidth = right - left + 1;
    const boxHeight = bottom - top + 1;
    // Specks (under 3 pixels on a side) are noise, not text.
    if (boxWidth < 3 || boxHeight < 3 || sum / count < BOX_THRESHOLD) continue;
    const grow = (boxWidth * boxHeight * UNCLIP_RATIO) / (2 * (boxWidth + boxHeight));
    boxes.push({
      left: Math.max(0, Math.floor(left - grow)),
      top: Math.max(0, Math.floor(top - grow)),
      right: Math.min(width, Math.ceil(right + 1 + grow)),
      bottom: Math.min(height, Math.ceil(bottom + 1 + grow)),
      score: sum / count,
    });
  }
  return boxes;
}

/** A box at another scale (from the model's input back to the image's pixels), clipped to the image. */
export function scaleBox(box: TextBox, scaleX: number, scaleY: number, width: number, height: number): TextBox {
  return {
    left: Math.max(0, Math.floor(box.left * scaleX)),
    top: Math.max(0, Math.floor(box.top * scaleY)),
    right: Math.min(width, Math.ceil(box.right * scaleX)),
    bottom: Math.min(height, Math.ceil(box.bottom * scaleY)),
    score: box.score,
  };
}

const luminance = (data: Pixels['data'], at: number) => 0.299 * (data[at] ?? 0) + 0.587 * (data[at + 1] ?? 0) + 0.114 * (data[at + 2] ?? 0);

/**
 * A box cut where a table's vertical rule runs through it (a column of pixels dark over nearly all of the box's
 * height, text never is): two cells close to a rule are one region to the model, two cells to the reader.
 */
export function splitAtRules(box: TextBox, pixels: Pixels): TextBox[] {
  const { width, data } = pixels;
  const height = box.bottom - box.top;
  if (height < 4) return [box];
  const rules: number[] = [];
  for (let x = box.left + 2; x < box.right - 2; x++) {
    let dark = 0;
    for (let y = box.top; y < box.bottom; y++) if (luminance(data, (y * width + x) * 4) < 128) dark += 1;
    if (dark >= height * 0.9) rules.push(x);
  }
  // None, or so many that the box is light text on a dark fill: not cut.
  if (rules.length === 0 || rules.length > (box.right - box.left) * 0.2) return [box];
  const parts: TextBox[] = [];
  let left = box.left;
  for (const x of rules) {
    if (x - left >= 4) parts.push({ ...box, left, right: x });
    left = x + 1;
  }
  if (box.right - left >= 4) parts.push({ ...box, left });
  // A part that holds no dark pixel at all (the white margin between text and rule) is no text.
  return parts.filter((part) => {
    for (let y = part.top; y < part.bottom; y++)
      for (let x = part.left; x < part.right; x++) if (luminance(data, (y * width + x) * 4) < 128) return true;
    return false;
  });
}
