// Bytes → string. BOMs first, then strict UTF-8, then a declared or guessed single-byte code page.
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  const warnings: string[] = [];
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8Lenient.decode(bytes.subarray(3)), encoding: 'utf-8', warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', warnings };
  }
  const want = declared?.toLowerCase().trim();
  if (want && want !== 'utf-8' && want !== 'utf8' && iconv.encodingExists(want)) {
    return { text: iconv.decode(Buffer.from(bytes), want), encoding: want, warnings };
  }
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    // Real archives end files mid-character; if the bytes are UTF-8 but for a few, keep UTF-8.
    const text = utf8Lenient.decode(bytes);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    if (bad <= 4 || bad / Math.max(1, text.length) < 0.001) {
      warnings.push(`invalid UTF-8: ${bad} byte sequence(s) replaced with U+FFFD`);
      return { text, encoding: 'utf-8', warnings };
    }
    warnings.push('not valid UTF-8; decoded as windows-1258');
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1258'), encoding: 'windows-1258', warnings };
  }
}
