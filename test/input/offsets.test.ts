import { describe, expect, it } from 'vitest';
import { cleanWithMap } from '../../src/input/offsets.js';
import { documentFromText } from '../../src/input/document.js';

describe('clean text and its offset map', () => {
  it('leaves NFC text with \\n untouched and maps offsets to themselves', () => {
    const { text, map } = cleanWithMap('Công an tỉnh Nghệ An\nNgày 6/2');
    expect(text).toBe('Công an tỉnh Nghệ An\nNgày 6/2');
    expect(map.isIdentity).toBe(true);
    expect(map.toSource(7)).toBe(7);
  });

  it('composes NFD Vietnamese and maps each clean offset back to the decomposed source', () => {
    const source = 'Nghệ An, Hà Tĩnh'.normalize('NFD');
    const { text, map } = cleanWithMap(source);
    expect(text).toBe('Nghệ An, Hà Tĩnh');
    const start = text.indexOf('Hà Tĩnh');
    expect(source.slice(map.toSource(start), map.toSource(text.length)).normalize('NFC')).toBe('Hà Tĩnh');
  });

  it('turns CRLF and CR into \\n, mapping past the dropped characters', () => {
    const source = 'Dòng một\r\nDòng hai\rDòng ba';
    const { text, map } = cleanWithMap(source);
    expect(text).toBe('Dòng một\nDòng hai\nDòng ba');
    const at = text.indexOf('Dòng ba');
    expect(source.slice(map.toSource(at))).toBe('Dòng ba');
    expect(source.slice(map.toSource(text.indexOf('Dòng hai')), map.toSource(text.indexOf('Dòng hai') + 8))).toBe('Dòng hai');
  });

  it('gives a text Document a sourceOffset only when cleaning moved offsets', () => {
    expect(documentFromText('a\nb').sourceOffset).toBeUndefined();
    const doc = documentFromText('Tiêu đề\r\nThân bài');
    expect(doc.text).toBe('Tiêu đề\nThân bài');
    expect(doc.sourceOffset!(doc.text.indexOf('Thân'))).toBe('Tiêu đề\r\n'.length);
    expect(doc.segments.map((s) => s.kind)).toEqual(['title', 'body']);
  });
});
