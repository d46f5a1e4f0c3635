// The OCR of an image of a table, off the main thread: decodes the image, finds the text boxes (PP-OCRv4
// detection), reads each (PP-OCRv4 recognition) with onnxruntime-web's WebAssembly build, and hands back the
// reading (ocrReading.ts) with an image crop of every cell to check. The models and runtime are fetched from the
// app's own files the first time an image is read, then kept while the worker lives.

import * as ort from 'onnxruntime-web/wasm';
import { boxesFromProbability, detectionInput, detectionSize, scaleBox, splitAtRules, type Pixels, type TextBox } from './detection';
import { ocrReading, type OcrReading, type RecognisedBox } from './ocrReading';
import { decodeRecognition, recognitionAlphabet, RECOGNITION_HEIGHT, recognitionInput, recognitionWidth } from './recognition';

export interface OcrRequest {
  bytes: ArrayBuffer;
  /** The folder the runtime and models are served from (the app's own `ocr/`). */
  assets: string;
  /** Names known from earlier periods: a doubtful name a character away from one is snapped to it, and said. */
  knownNames: readonly string[];
}

export type OcrStage = 'models' | 'detect' | 'recognise';

export type OcrMessage =
  | { type: 'progress'; stage: OcrStage; done: number; total: number }
  | { type: 'done'; reading: OcrReading; crops: string[]; milliseconds: Record<OcrStage, number> }
  | { type: 'failed'; reason: 'unreadable' | 'models' | 'no-text'; detail: string };

/** The longest side an image is read at: a phone's photo is scaled down to it, a table stays legible. */
const MAX_SIDE = 3000;

interface Models {
  detection: ort.InferenceSession;
  recognition: ort.InferenceSession;
  alphabet: string[];
}

let models: Promise<Models> | undefined;

function loadModels(assets: string): Promise<Models> {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = { wasm: `${assets}ort-wasm-simd-threaded.wasm` };
  const options: ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
  models ??= Promise.all([
    ort.InferenceSession.create(`${assets}ch_PP-OCRv4_det_infer.onnx`, options),
    ort.InferenceSession.create(`${assets}ch_PP-OCRv4_rec_infer.onnx`, options),
    fetch(`${assets}ppocr_keys_v1.txt`).then((response) => response.text()),
  ]).then(([detection, recognition, dictionary]) => ({ detection, recognition, alphabet: recognitionAlphabet(dictionary) }));
  // A failed load is tried again with the next image, not kept.
  models.catch(() => {
    models = undefined;
  });
  return models;
}

function pixelsOf(bitmap: ImageBitmap, width: number, height: number): Pixels {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  return { width, height, data: context.getImageData(0, 0, width, height).data };
}

async function detect(model: ort.InferenceSession, bitmap: ImageBitmap, pixels: Pixels): Promise<TextBox[]> {
  const size = detectionSize(pixels.width, pixels.height);
  const input = detectionInput(pixelsOf(bitmap, size.width, size.height));
  const output = await model.run({ [model.inputNames[0] ?? 'x']: new ort.Tensor('float32', input, [1, 3, size.height, size.width]) });
  const map = output[model.outputNames[0] ?? '']?.data as Float32Array;
  return boxesFromProbability(map, size.width, size.height)
    .map((box) => scaleBox(box, pixels.width / size.width, pixels.height / size.height, pixels.width, pixels.height))
    .flatMap((box) => splitAtRules(box, pixels));
}

async function recognise(model: Models, pixels: Pixels, box: TextBox): Promise<RecognisedBox> {
  const width = recognitionWidth(box);
  const input = recognitionInput(pixels, box, width);
  const output = await model.recognition.run({
    [model.recognition.inputNames[0] ?? 'x']: new ort.Tensor('float32', input, [1, 3, RECOGNITION_HEIGHT, width]),
  });
  const tensor = output[model.recognition.outputNames[0] ?? ''];
  const [, steps = 0, classes = 0] = tensor?.dims ?? [];
  return { ...box, ...decodeRecognition(tensor?.data as Float32Array, steps, classes, model.alphabet) };
}

/** A box of the image (with a margin) as a PNG data URL, for the reader to compare with what was read. */
async function cropOf(bitmap: ImageBitmap, scale: number, box: TextBox): Promise<string> {
  const margin = 4;
  const left = Math.max(0, box.left / scale - margin);
  const top = Math.max(0, box.top / scale - margin);
  const width = Math.min(bitmap.width - left, (box.right - box.left) / scale + 2 * margin);
  const height = Math.min(bitmap.height - top, (box.bottom - box.top) / scale + 2 * margin);
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
  canvas.getContext('2d')?.drawImage(bitmap, left, top, width, height, 0, 0, canvas.width, canvas.height);
  const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}

async function read({ bytes, assets, knownNames }: OcrRequest): Promise<OcrMessage> {
  const post = (stage: OcrStage, done: number, total: number) => {
    postMessage({ type: 'progress', stage, done, total } satisfies OcrMessage);
  };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes]));
  } catch (cause) {
    return { type: 'failed', reason: 'unreadable', detail: String(cause) };
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const pixels = pixelsOf(bitmap, Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  let started = performance.now();
  post('models', 0, 1);
  let model: Models;
  try {
    model = await loadModels(assets);
  } catch (cause) {
    return { type: 'failed', reason: 'models', detail: String(cause) };
  }
  const milliseconds: Record<OcrStage, number> = { models: performance.now() - started, detect: 0, recognise: 0 };
  started = performance.now();
  post('detect', 0, 1);
  const boxes = await detect(model.detection, bitmap, pixels);
  milliseconds.detect = performance.now() - started;
  started = performance.now();
  const recognised: RecognisedBox[] = [];
  for (const box of boxes) {
    post('recognise', recognised.length, boxes.length);
    recognised.push(await recognise(model, pixels, box));
  }
  milliseconds.recognise = performance.now() - started;
  const reading = ocrReading(recognised, knownNames);
  if (reading.cells.length === 0) return { type: 'failed', reason: 'no-text', detail: `${String(boxes.length)} boxes` };
  const crops = await Promise.all(reading.doubts.map((doubt) => cropOf(bitmap, scale, doubt.box)));
  return { type: 'done', reading, crops, milliseconds };
}

onmessage = (event: MessageEvent<OcrRequest>) => {
  read(event.data).then(
    (message) => {
      postMessage(message);
    },
    (cause: unknown) => {
      postMessage({ type: 'failed', reason: 'unreadable', detail: String(cause) } satisfies OcrMessage);
    },
  );
};
