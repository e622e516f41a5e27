// Headline, portal lines and attribution, with evidence spans that quote the text.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractMeta } from '../../src/extract/meta.js';
import { documentFromText } from '../../src/input/document.js';

const metaOf = (text: string) => extractMeta(createContext(documentFromText(text)));

describe('headline', () => {
  const table: [string, string][] = [
    ['Vì sao chỉ mưa 40 phút, đường Hà Nội đã ngập khắp ngả?\nLead.', 'Vì sao chỉ mưa 40 phút, đường Hà Nội đã ngập khắp ngả?'],
    ["'Chính phủ không để Đà Nẵng tự quyết về bán đảo Sơn Trà'\nLead.", 'Chính phủ không để Đà Nẵng tự quyết về bán đảo Sơn Trà'],
    ['“Hát” và “nói” trên sân khấu\nLead.', '“Hát” và “nói” trên sân khấu'],
    ['  Công an TP.HCM tấn công tội phạm sau Tết  \nLead.', 'Công an TP.HCM tấn công tội phạm sau Tết'],
    ['Điều chỉnh khai thác xe buýt nhanh BRT \u200b\nLead.', 'Điều chỉnh khai thác xe buýt nhanh BRT'],
    ['\ufeffGiá xăng giảm nhẹ từ chiều nay\nLead.', 'Giá xăng giảm nhẹ từ chiều nay'],
  ];
  it.each(table)('%s', (text, title) => {
    const meta = metaOf(text);
    expect(meta.title).toBe(title);
    const [s, e] = meta.titleMention!.span;
    expect(text.slice(s, e)).toBe(title);
  });
});

describe('portal copy', () => {
  const text = [
    'Chuyên mục: Hoạt động ngành, Tin hoạt động', '',
    'Cục triển khai công tác năm 2020', '',
    'Đăng lúc 17:57 07/01/2020', '',
    'Ngày 07/01/2020, tại Hà Nội, Cục tổ chức hội nghị.', '',
    'Theo Cổng thông tin điện tử Bộ Công an',
  ].join('\n');
  const meta = metaOf(text);

  it('reads category, title, publishedAt and attribution', () => {
    expect(meta.category).toEqual(['Hoạt động ngành', 'Tin hoạt động']);
    expect(meta.title).toBe('Cục triển khai công tác năm 2020');
    expect(meta.publishedAt).toBe('2020-01-07T17:57:00+07:00');
    expect(meta.attribution).toBe('Cổng thông tin điện tử Bộ Công an');
  });

  it('starts the body after the posting line, and evidence quotes the text', () => {
    expect(text.slice(meta.bodyStart).trimStart().startsWith('Ngày 07/01/2020')).toBe(true);
    for (const m of [meta.titleMention, meta.publishedAtMention, meta.attributionMention]) {
      expect(text.slice(m!.span[0], m!.span[1])).toBe(m!.text);
    }
  });
});

describe('posting lines', () => {
  const table: [string, string | null][] = [
    ['Đăng lúc 17:57 07/01/2020', '2020-01-07T17:57:00+07:00'],
    ['Cập nhật: 07/01/2020, 08:05', '2020-01-07T08:05:00+07:00'],
    ['Ngày đăng: Thứ ba, 7/1/2020 - 9h30', '2020-01-07T09:30:00+07:00'],
    ['Đăng lúc chiều nay', null],
  ];
  it.each(table)('%s', (line, iso) => {
    expect(metaOf(`Tiêu đề bài viết\n${line}\nNội dung.`).publishedAt).toBe(iso);
  });
});

describe('bylines with a posting time', () => {
  const table: [string, string | null, string | null][] = [
    ['Anh ta sẽ ký hợp đồng ba năm. Tiểu Lam - Thể thao Việt Nam | 11:02 06/02/2017 Tin liên quan', '2017-02-06T11:02:00+07:00', '11:02 06/02/2017'],
    ['Cuối bài.\nNguồn: Báo Đất Việt Gia Bảo | 14:25 17/05/2017', '2017-05-17T14:25:00+07:00', '14:25 17/05/2017'],
    // Not a clock and a calendar day: a score table, a pipe in prose.
    ['Tỷ số | 3:1 và 45/90 phút', null, null],
    ['Kết quả | 25:61 40/13/2017', null, null],
  ];
  it.each(table)('%s', (body, iso, quoted) => {
    const text = `Tiêu đề bài viết\nĐoạn dẫn.\n${body}`;
    const meta = metaOf(text);
    expect(meta.publishedAt).toBe(iso);
    expect(meta.publishedAtMention?.text ?? null).toBe(quoted);
    if (meta.publishedAtMention) expect(text.slice(...meta.publishedAtMention.span)).toBe(quoted);
  });

  it('a posting line under the headline wins over a later byline', () => {
    const meta = metaOf('Tiêu đề\nĐăng lúc 17:57 07/01/2020\nNội dung. A - Báo B | 08:00 09/01/2020');
    expect(meta.publishedAt).toBe('2020-01-07T17:57:00+07:00');
  });
});

describe('attribution', () => {
  it('takes an outlet, not a sentence opening with Theo', () => {
    expect(metaOf('Tiêu đề\nNội dung.\nTheo TTXVN').attribution).toBe('TTXVN');
    expect(metaOf('Tiêu đề\nNội dung.\nTheo ông Minh, tình hình đã ổn định.').attribution).toBeNull();
  });
});
