// What ships carries its licences: the notices the build emits name every production package with its licence text,
// and the data files served beside the code (the OCR models, pdf.js's character maps) with their origin and terms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noticesText, productionPackages } from '../../../scripts/notices.mjs';

const root = process.cwd();

describe('third-party notices', () => {
  it('names every production dependency of package.json, and the packages they bring', () => {
    const names = productionPackages(root).map((p) => p.name);
    const direct = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    for (const name of direct) expect(names).toContain(name);
    // onnxruntime-web brings protobufjs; react-table brings table-core.
    expect(names).toContain('protobufjs');
    expect(names).toContain('@tanstack/table-core');
  });

  it('carries the licence texts and the models’ and character maps’ terms', () => {
    const text = noticesText(root);
    expect(text).toContain('pdfjs-dist 4.10.38 (Apache-2.0)');
    expect(text).toContain('Apache License');
    expect(text).toMatch(/react 19\.3\.1 \(MIT\)\n\nMIT License/);
    expect(text).toContain('ch_PP-OCRv4_det_infer.onnx');
    expect(text).toContain('pdfjs-cmaps LICENSE');
  });
});
