// How wide a label is drawn, estimated without a layout (the charts draw before the fonts are measured, and the
// exports are built off screen), and how a long one is broken into lines that fit a width.

/** Han characters and full-width punctuation: about one em; other characters about 0.58 em. */
function isWide(char: string): boolean {
  return /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char);
}

/** The drawn width of `text` at `fontSize` pixels (12 px: Han 12, Latin about 7). */
export function textWidth(text: string, fontSize = 12): number {
  let width = 0;
  for (const char of text) width += isWide(char) ? fontSize : (fontSize * 7) / 12;
  return width;
}

/** A run of wide characters cut into the fewest chunks that each fit `maxWidth`, of lengths differing by one at most. */
function evenChunks(run: string, maxWidth: number, fontSize: number): string[] {
  const chars = Array.from(run);
  const perLine = Math.max(1, Math.floor(maxWidth / fontSize));
  const count = Math.ceil(chars.length / perLine);
  const size = Math.ceil(chars.length / count);
  const chunks: string[] = [];
  for (let at = 0; at < chars.length; at += size) chunks.push(chars.slice(at, at + size).join(''));
  return chunks;
}

/**
 * `text` in lines no wider than `maxWidth` (at most `maxLines`; the last takes the rest): Latin text breaks at
 * spaces, Chinese after an enumeration comma (、) or a comma, else between characters. A word wider than the
 * width stays whole on its line. Total: empty text gives one empty line.
 */
export function wrapText(text: string, maxWidth: number, fontSize = 12, maxLines = 3): string[] {
  // Pieces that may not be broken: a Latin word with its trailing space, a Chinese run ending at 、 or ，.
  const pieces = text.match(/[^\s\u2E80-\u9FFF]+\s*|[\u2E80-\u9FFF]+?[、，,]|[\u2E80-\u9FFF]+(?![、，,])|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate.trimEnd(), fontSize) <= maxWidth;
  const push = (piece: string) => {
    if (line === '' || fits(line + piece) || lines.length === maxLines - 1) line += piece;
    else {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    }
  };
  for (const piece of pieces) {
    // A Chinese run too wide for a line of its own is broken between its characters, into as few lines as fit and
    // of even length: filled greedily, its last character could stand alone (重点场所四小行 / 业).
    if (isWide(piece.charAt(0)) && !fits(piece)) for (const chunk of evenChunks(piece, maxWidth, fontSize)) push(chunk);
    else push(piece);
  }
  lines.push(line.trimEnd());
  return lines;
}
