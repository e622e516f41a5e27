// Any input (bytes or string) → Document, choosing text or HTML.
import type { InputFormat } from '../record/schema.js';
import { decodeBytes } from './decode.js';
import { documentFromText, type Document } from './document.js';
import { declaredCharset, documentFromHtml, looksLikeHtml } from './html.js';

export type InputFormatOption = InputFormat | 'auto';

export function detectFormat(path: string | null, head: string): InputFormat {
  if (path && /\.html?$/i.test(path)) return 'html';
  if (path && /\.txt$/i.test(path)) return 'text';
  return looksLikeHtml(head) ? 'html' : 'text';
}

export function documentFromBytes(bytes: Uint8Array, path: string | null, format: InputFormatOption = 'auto'): Document {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const fmt = format === 'auto' ? detectFormat(path, head) : format;
  const decoded = decodeBytes(bytes, fmt === 'html' ? declaredCharset(bytes) : undefined);
  const doc = fmt === 'html' ? documentFromHtml(decoded.text, decoded.encoding) : documentFromText(decoded.text, decoded.encoding);
  doc.warnings.unshift(...decoded.warnings);
  return doc;
}

export function documentFromString(input: string, format: InputFormatOption = 'auto'): Document {
  const fmt = format === 'auto' ? (looksLikeHtml(input.slice(0, 1024)) ? 'html' : 'text') : format;
  return fmt === 'html' ? documentFromHtml(input) : documentFromText(input);
}
