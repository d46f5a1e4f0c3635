// Entity names as a reader compares and shows them: Unicode-normalised (NFKC, full-width letters), invisible and
// bidi control characters removed, padding spaces inside a Chinese name collapsed (`灵 昆 镇` → 灵昆镇), and a
// bracketed parent district dropped (`福保街道（福田区）` → 福保街道) when that leaves every name distinct, and the marks
// and verbs that lead a name to its figure taken off (`【甲区】`, `甲区>`, `甲区得`).

/** Zero-width and bidi control characters: they make two equal names differ, or reverse the text around them. */
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]|\u034f|\u17b4|\u17b5|[\u180b-\u180d]|[\ufe00-\ufe0f]/g;
/** Spaces between CJK characters only: a name padded to a column's width in print. */
const PADDING = /(?<=[\u3400-\u9fff])[ \u3000\u00a0]+(?=[\u3400-\u9fff])/g;
/** `(福田区)`, `(福田)`, `(金东区)` at the end of a name: the district it belongs to, or another name of it. */
const PARENT = /^(.{2,}?)\s*[(（]\s*([\u3400-\u9fff]{2,8})\s*[)）]$/u;

import { PLACE_ENDING } from '../headerWords';

const PLACE_ENDING_GROUP = `(?:${PLACE_ENDING})`;

/** A name that cleaning cannot change: ASCII letters and digits, and the CJK ideographs (none has an NFKC form). */
const PLAIN_NAME = /^[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff]+$/;

export interface CleanName {
  name: string;
  /** What was changed, for a finding that says so. */
  padded: boolean;
  invisible: boolean;
  /** Marks around the name or a verb after it taken off (`【甲区】`, `甲区>`, `甲区得`). */
  trimmed: boolean;
}

/** A name wrapped whole in brackets (`【甲区】`, `「甲区」`, `[Ward]`): the brackets mark it, they are not of it. */
const WRAPPED = /^[【〔《「『[]\s*(.+?)\s*[】〕》」』\]]$/u;
/**
 * Marks before or after a name that lead to its figure (`>`, `→`, `:`, `*`, `|`; `=` after it): never part of a name.
 * A leading `=` is kept: a formula imported as a name is written back as text, never dropped silently.
 */
const EDGE_MARKS = /^[\s>＞→⇒:：*＊#＃|｜~～—–-]+|[\s>＞→⇒=＝:：*＊#＃|｜~～—–-]+$/gu;
/** A verb between a place's name and its figure (`甲区得`, `乙镇获得`, `丙街道为`). */
const TRAILING_VERB = new RegExp(`(?<=${PLACE_ENDING_GROUP})(?:得分为|得分|获得|得|获|为|是|以)$`);

/** The name without invisible characters, in NFKC, its padding spaces collapsed, marks and a verb around it taken off. */
export function cleanName(raw: string): CleanName {
  // Letters, digits and CJK ideographs only: NFKC leaves them as they are, and there is nothing to remove but a verb.
  if (PLAIN_NAME.test(raw)) {
    const name = raw.replace(TRAILING_VERB, '');
    return { name, padded: false, invisible: false, trimmed: name !== raw };
  }
  const visible = raw.replace(INVISIBLE, '');
  const normal = visible.normalize('NFKC').trim();
  const name = normal.replace(PADDING, '');
  const bare = (WRAPPED.exec(name)?.[1] ?? name).replace(EDGE_MARKS, '').replace(TRAILING_VERB, '');
  return { name: bare === '' ? name : bare, padded: name !== normal, invisible: visible !== raw, trimmed: bare !== '' && bare !== name };
}

/** The key two names are equal by: the clean name. */
export function nameKey(raw: string): string {
  return cleanName(raw).name;
}

/** The name without its parent district in brackets, or undefined when it has none. */
export function withoutParent(name: string): string | undefined {
  // Most names end in no bracket: they are passed over without the pattern (a long table has thousands).
  if (!name.endsWith(')') && !name.endsWith('）')) return undefined;
  const match = PARENT.exec(name);
  if (!match) return undefined;
  // A bracket that is the whole kind of the entity (`远郊市(县)`) is part of its name.
  const [, base, parent] = match;
  return base !== undefined && parent !== undefined && parent.length >= 2 ? base : undefined;
}
