// Bytes → string. BOMs first, then BOM-less UTF-16, a declared code page, strict UTF-8, and for
// bytes that are not UTF-8 a choice between Windows-1258 and the legacy TCVN3/VNI font encodings.
import type Iconv from 'iconv-lite';
import { isUtf8, transcode } from 'node:buffer';
import { createRequire } from 'node:module';
import {
  LEGACY_NAMES,
  bytesToGlyphs,
  convertLegacy,
  detectLegacy,
  letterStats,
  startsVietnamese,
  type LegacyEncoding,
} from './legacy.js';
import { rememberDecoded, decodedFacts } from './decoded-memo.js';
import { foldUnit, tonePairUnits } from './normalize.js';
import { LITTLE_ENDIAN } from './code-units.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

/** `auto` converts whichever legacy encoding is detected; a name forces that table. */
export type LegacyOption = 'auto' | LegacyEncoding;

export interface DecodeOptions {
  /** Convert TCVN3/VNI text to Unicode (otherwise it is only reported). */
  legacyEncoding?: LegacyOption;
}

// iconv-lite is needed only for inputs that are not UTF-8: loaded at the first one, not in every worker's start.
let iconvLite: typeof Iconv | undefined;
const iconv = () => (iconvLite ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv);

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const SAMPLE = 8192;

/** UTF-16 without a BOM shows as NULs in every other byte (ASCII and Vietnamese alike). */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  // No NUL at all (every UTF-8 text) settles it with one native search instead of counting.
  if (bytes.subarray(0, n).indexOf(0) < 0) return null;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.02) return 'utf-16be';
  return null;
}

/** Where a lenient decode lost bytes: a cut-off character at the very end reads differently. */
function describeBadUtf8(bytes: Uint8Array, text: string, bad: number): string {
  const cutAtEnd = text.endsWith('\uFFFD') && isTruncatedTail(bytes);
  if (bad === 1 && cutAtEnd) return 'invalid UTF-8: file ends in the middle of a character (dropped)';
  return `invalid UTF-8: ${bad} byte sequence(s) replaced with U+FFFD`;
}

/** True when the file ends with the first bytes of a multi-byte UTF-8 character. */
function isTruncatedTail(bytes: Uint8Array): boolean {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back;
  }
  return false;
}

function countReplacement(text: string): number {
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return bad;
}

/** Removes NUL characters (they break every consumer downstream) and says so. */
function dropNuls(d: Decoded): Decoded {
  const facts = decodedFacts(d.text);
  if (facts ? !facts.hasNul : !d.text.includes('\0')) return d;
  const before = d.text.length;
  const text = d.text.replaceAll('\0', '');
  return { ...d, text, warnings: [...d.warnings, `removed ${before - text.length} NUL character(s)`] };
}

/**
 * Legacy check for text that decoded cleanly: TCVN3/VNI saved as UTF-8 of their glyphs has
 * plenty of Latin-1 letters and almost none of the letters only Vietnamese uses.
 */
export function legacyInUnicode(d: Decoded, options: DecodeOptions): Decoded {
  if (startsVietnamese(d.text)) return d;
  const stats = letterStats(d.text, SAMPLE * 4);
  if (stats.high < 4 || stats.vietnamese * 10 > stats.high) return d;
  const detected = detectLegacy(d.text);
  return applyLegacy(d, d.text, detected, options);
}

function applyLegacy(d: Decoded, glyphs: string, detected: LegacyEncoding | null, options: DecodeOptions): Decoded {
  const forced = options.legacyEncoding && options.legacyEncoding !== 'auto' ? options.legacyEncoding : null;
  const encoding = forced ?? detected;
  if (!encoding) return d;
  if (options.legacyEncoding) {
    return {
      text: convertLegacy(glyphs, encoding),
      encoding,
      warnings: [...d.warnings, `converted from legacy ${LEGACY_NAMES[encoding]} encoding`],
    };
  }
  return {
    ...d,
    warnings: [
      ...d.warnings,
      `text looks like legacy ${LEGACY_NAMES[encoding]} encoding; not converted (use --legacy-encoding)`,
    ],
  };
}

export function decodeBytes(bytes: Uint8Array, declared?: string, options: DecodeOptions = {}): Decoded {
  return dropNuls(decodeRaw(bytes, declared, options));
}

function decodeRaw(bytes: Uint8Array, declared: string | undefined, options: DecodeOptions): Decoded {
  const warnings: string[] = [];
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), options);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', warnings);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', warnings);
  const want = declared?.toLowerCase().trim();
  // UTF-16 without a BOM shows NULs, and nearly every input is UTF-8 with none: its decode (which notes them) goes first.
  if (!want || want === 'utf-8' || want === 'utf8') {
    const text = decodeWellFormedUtf8(bytes);
    if (text !== null && !decodedFacts(text)!.hasNul) return legacyInUnicode({ text, encoding: 'utf-8', warnings }, options);
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    warnings.push(`decoded as ${utf16.toUpperCase()} (no byte order mark)`);
    return decodeUtf16(bytes, utf16, warnings);
  }
  if (want && want !== 'utf-8' && want !== 'utf8' && iconv().encodingExists(want)) {
    // Legacy-font pages often declare windows-1252 or iso-8859-1.
    return legacyInUnicode({ text: iconv().decode(Buffer.from(bytes), want), encoding: want, warnings }, options);
  }
  return decodeUtf8(bytes, options);
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): Decoded {
  if (body.length % 2) warnings.push(`${encoding.toUpperCase()} input has an odd number of bytes; last byte dropped`);
  const even = body.subarray(0, body.length & ~1);
  return { text: iconv().decode(Buffer.from(even.buffer, even.byteOffset, even.byteLength), encoding), encoding, warnings };
}

// Sized for nearly every article (the corpus's largest is 50 KB): growing mid-run threw the optimised decoder away.
let foldUnits = new Uint16Array(1 << 16);
/** The code units are read back as UTF-16LE: on a big-endian machine (or a Node without ICU) TextDecoder does it all. */
const nativeUtf8 = LITTLE_ENDIAN && typeof isUtf8 === 'function' && typeof transcode === 'function';

/**
 * What a code unit tells of its text: NOT_PLAIN_NFC for a carriage return or a unit at or past U+0300 other than
 * Vietnamese's precomposed letters (U+1EA0-1EF9) and punctuation (U+2010-2027), surrogates included; HAS_NUL for NUL.
 * One load and an OR per unit, where range tests branched unpredictably on Vietnamese text.
 */
const NOT_PLAIN_NFC = 1;
const HAS_NUL = 2;
const UNIT_FLAGS = new Uint8Array(0x10000);
UNIT_FLAGS[13] = NOT_PLAIN_NFC;
UNIT_FLAGS[0] = HAS_NUL;
UNIT_FLAGS.fill(NOT_PLAIN_NFC, 0x300, 0x1ea0);
UNIT_FLAGS.fill(NOT_PLAIN_NFC, 0x1efa, 0x2010);
UNIT_FLAGS.fill(NOT_PLAIN_NFC, 0x2028);

/**
 * Strict UTF-8 → string, for what a fatal TextDecoder would accept unchanged; null for anything else (a leading
 * BOM, which it would drop; any ill-formed, overlong, surrogate or out-of-range sequence), which then takes the
 * TextDecoder path. Node 20's fatal TextDecoder (ICU) spent ~30 µs on a 3.5 KB article. Node's own validator and
 * transcoder check and convert the bytes (~6 µs), then one loop over the code units notes what the next steps
 * would scan the text again for, and folds it for matching, into decoded-memo.ts. (A loop of our own that decoded
 * and folded at once took twice as long: its branch on each byte's length mispredicted all through Vietnamese text.)
 */
export function decodeWellFormedUtf8(bytes: Uint8Array): string | null {
  const n = bytes.length;
  if (!nativeUtf8 || (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || !isUtf8(bytes)) return null;
  const utf16 = transcode(bytes, 'utf8', 'ucs2');
  const k = utf16.length >> 1;
  const units = new Uint16Array(utf16.buffer, utf16.byteOffset, k);
  // (one unit more: a 0 after the folded text closes its last word in the locations pass's scan)
  if (foldUnits.length < k + 1) foldUnits = new Uint16Array(Math.max(k + 1, foldUnits.length * 2));
  const fold = foldUnits;
  let flags = 0;
  let foldable = true;
  let prev = 0;
  for (let p = 0; p < k; p++) {
    const u = units[p];
    flags |= UNIT_FLAGS[u];
    // foldText's pass, read backwards: a toned vowel after a folded 'o'/'u' moves the tone onto it (hoà → hòa).
    // ('o'/'u' first: rarer than a unit past U+00E0, so the branch is mostly not taken)
    let f = foldUnit(u);
    if ((prev === 111 || prev === 117) && f >= 0xe0) {
      const pair = tonePairUnits(prev, f);
      if (pair !== undefined) { fold[p - 1] = pair >>> 16; f = pair & 0xffff; }
    }
    // (0: NUL, a surrogate half, or a unit folding in context: foldText does this text)
    if (f === 0) foldable = false;
    fold[p] = f;
    prev = f;
  }
  fold[k] = 0;
  const text = utf16.toString('utf16le');
  // The units stay with the text for the word scan, which would otherwise copy both strings out again.
  rememberDecoded(text, (flags & NOT_PLAIN_NFC) === 0, (flags & HAS_NUL) !== 0, foldable ? Buffer.from(fold.buffer, 0, 2 * k).toString('utf16le') : null,
    { text: units, folded: fold });
  return text;
}

function decodeUtf8(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const wellFormed = decodeWellFormedUtf8(bytes);
  if (wellFormed !== null) return legacyInUnicode({ text: wellFormed, encoding: 'utf-8', warnings: [] }, options);
  try {
    return legacyInUnicode({ text: utf8Strict.decode(bytes), encoding: 'utf-8', warnings: [] }, options);
  } catch {
    // Real archives end files mid-character; if the bytes are UTF-8 but for a few, keep UTF-8.
    const text = utf8Lenient.decode(bytes);
    const bad = countReplacement(text);
    if (bad <= 4 || bad / Math.max(1, text.length) < 0.001) {
      return { text, encoding: 'utf-8', warnings: [describeBadUtf8(bytes, text, bad)] };
    }
    return decodeSingleByte(bytes, options);
  }
}

/** Not UTF-8: Windows-1258, unless TCVN3 or VNI reads as far more Vietnamese. */
function decodeSingleByte(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const cp1258 = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1258');
  const glyphs = bytesToGlyphs(bytes);
  const detected = detectLegacy(glyphs, cp1258.normalize('NFC'));
  if (detected || (options.legacyEncoding && options.legacyEncoding !== 'auto')) {
    const shown: Decoded = { text: glyphs, encoding: 'windows-1252', warnings: ['not valid UTF-8'] };
    return applyLegacy(shown, glyphs, detected, options);
  }
  return { text: cp1258, encoding: 'windows-1258', warnings: ['not valid UTF-8; decoded as Windows-1258'] };
}
