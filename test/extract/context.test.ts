import { describe, expect, it } from 'vitest';
import { createContext, mentionAt, perDocument, sentenceAround } from '../../src/extract/context.js';
import { documentFromText } from '../../src/input/document.js';

describe('sentenceAround', () => {
  const text = 'Ngày 5.7, đoàn công tác làm việc. Sáng 6/7, hội nghị khai mạc!\nDòng mới';
  it.each([
    ['đoàn', 'Ngày 5.7, đoàn công tác làm việc.'],
    ['hội nghị', 'Sáng 6/7, hội nghị khai mạc!'],
    ['mới', 'Dòng mới'],
  ])('the sentence around "%s" is "%s" (a dot inside "5.7" does not end it)', (word, sentence) => {
    const [s, e] = sentenceAround(text, text.indexOf(word));
    expect(text.slice(s, e).trim()).toBe(sentence);
  });

  const dotted = 'Chiều nay 25-5… Phát biểu tại hội nghị năm 2017, ông nói. Gạo, muối… và dầu ăn được phát.';
  it.each([
    ['Chiều', 'Chiều nay 25-5…'], // an ellipsis before a capital ends a sentence
    ['Phát biểu', 'Phát biểu tại hội nghị năm 2017, ông nói.'],
    ['dầu', 'Gạo, muối… và dầu ăn được phát.'], // before a lower-case word it goes on
  ])('with ellipses, the sentence around "%s" is "%s"', (word, sentence) => {
    const [s, e] = sentenceAround(dotted, dotted.indexOf(word));
    expect(dotted.slice(s, e).trim()).toBe(sentence);
  });
});

describe('mentionAt', () => {
  it('trims quotes, brackets and punctuation but keeps the span on the text', () => {
    const text = 'mô hình “Camera phòng, chống tội phạm”…';
    const m = mentionAt(text, 8, text.length);
    expect(m.text).toBe('Camera phòng, chống tội phạm');
    expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
});

describe('perDocument', () => {
  it('computes once per document and again for the next one', () => {
    let calls = 0;
    const wordCount = perDocument((ctx) => (calls++, ctx.text.split(' ').length));
    const a = createContext(documentFromText('Một hai ba'));
    const b = createContext(documentFromText('Bốn năm'));
    expect([wordCount(a), wordCount(a), wordCount(b), wordCount(b)]).toEqual([3, 3, 2, 2]);
    expect(calls).toBe(2);
  });
});
