// Saved pages → the same record as their article text, metadata from the page, nothing from the chrome.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { decodeBytes } from '../../src/input/decode.js';
import { declaredCharset, documentFromHtml, looksLikeHtml } from '../../src/input/html.js';
import { documentFromBytes } from '../../src/input/load.js';
import type { DocumentRecord } from '../../src/record/schema.js';
import { ROOT } from '../helpers/cli.js';

const FIX = `${ROOT}/fixtures/html/`;
const page = (name: string) => readFileSync(`${FIX}${name}.html`);
const articleText = (name: string) => readFileSync(`${FIX}${name}.article.txt`);

interface Fixture {
  name: string;
  encoding: string;
  meta: { title: string; publishedAt: string; category: string[]; author: string; attribution?: string; url?: string };
  /** Names written only in menus, related lists, sidebars, comments, tags and footers. */
  planted: string[];
  captions: number;
}

const FIXTURES: Fixture[] = [
  {
    name: 'ministry-portal',
    encoding: 'utf-8',
    meta: {
      title: 'Công an tỉnh Lạng Sơn ra quân tấn công trấn áp tội phạm dịp đầu năm',
      publishedAt: '2021-03-15T09:15:00+07:00',
      category: ['Hoạt động ngành', 'Tin hoạt động'],
      author: 'Minh Châu',
      url: 'https://bocongan.example.vn/hoat-dong-nganh/tin-hoat-dong/cong-an-tinh-lang-son-ra-quan-tan-cong-tran-ap-toi-pham-t12345.html',
    },
    planted: ['Trịnh Văn Long', 'Hà Giang', 'Kon Tum', 'Vì an ninh Tổ quốc', 'Cục An ninh mạng', 'Đặng Quang Phúc', 'Đà Nẵng',
      'Mai Xuân Lộc', 'Sóc Trăng', 'Lê Quốc Hưng', 'Yên Bái', 'Hoàn Kiếm', 'Nguyễn Văn Trọng', 'Điện Biên', 'Văn phòng Bộ Công an'],
    captions: 2,
  },
  {
    name: 'police-daily',
    encoding: 'windows-1258',
    meta: {
      title: 'Triệt phá đường dây đánh bạc qua mạng quy mô hơn 300 tỷ đồng',
      // JSON-LD says 23:30Z; Vietnam time is the next morning.
      publishedAt: '2022-08-19T06:30:00+07:00',
      category: ['Pháp luật', 'Vụ án'],
      author: 'Trần Hoài',
      url: 'https://cand.example.vn/phap-luat/triet-pha-duong-day-danh-bac-qua-mang-i654321/',
    },
    planted: ['Phan Văn Đức', 'Sơn La', 'Thạch Thành', 'Đoàn Văn Sáu', 'Hoằng Hóa', 'Hà Tĩnh', 'Lò Văn Pó', 'Lai Châu', 'Ninh Kiều',
      'Bắc Giang', 'Huỳnh Quốc Việt', 'Cà Mau', 'Hồ Quang Dũng', 'Ninh Bình', 'Bắc Ninh', 'Trần Bình Trọng'],
    captions: 1,
  },
  {
    name: 'national-daily',
    encoding: 'utf-8',
    meta: {
      title: 'Phó Thủ tướng Trần Minh Khoa dự Hội nghị xúc tiến đầu tư vùng Đồng bằng sông Cửu Long',
      publishedAt: '2023-04-22T19:05:00+07:00',
      category: ['Kinh tế', 'Đầu tư'],
      author: 'Hải Yến',
      attribution: 'TTXVN',
      url: 'https://nhandan.example.vn/pho-thu-tuong-du-hoi-nghi-xuc-tien-dau-tu-post745123.html',
    },
    planted: ['Nguyễn Quang Vinh', 'Hậu Giang', 'An Giang', 'Sóc Trăng', 'Lê Thanh Bình', 'Ý tưởng khởi nghiệp xanh', 'Ngô Chí Cường',
      'Trà Vinh', 'Liên Hợp Quốc', 'Kiên Giang', 'Bến Tre', 'Quảng Trị', 'Hàng Trống', 'Bộ Thông tin và Truyền thông'],
    captions: 1,
  },
  {
    name: 'aggregator',
    encoding: 'utf-8',
    meta: {
      title: 'Quảng Ngãi nhân rộng mô hình “Tổ tự quản an ninh trật tự” ở vùng ven biển',
      publishedAt: '2019-11-20T15:42:00+07:00',
      category: ['Pháp luật', 'An ninh trật tự'],
      author: 'Thanh Nhàn',
      attribution: 'Báo Quảng Ngãi',
      url: 'https://baomoi.example.com/quang-ngai-nhan-rong-mo-hinh/c/33445566.epi',
    },
    planted: ['Lâm Hải Giang', 'Bình Định', 'Phú Yên', 'Y Bhin Niê', 'Đắk Nông', 'Lý Sơn', 'Ngư dân bám biển an toàn',
      'Bộ Quốc phòng Nhật Bản', 'Khánh Hòa', 'Quảng Trị', 'Liên Chiểu', 'Hòa Minh', 'Bộ Tài nguyên và Môi trường', 'Gia Lai', 'Tràng Tiền'],
    captions: 1,
  },
  {
    name: 'provincial-portal',
    encoding: 'utf-8',
    // No meta tags, no JSON-LD, a bare <title>: everything is read from what the page shows.
    meta: {
      title: 'Đắk Lắk tổng kết 5 năm thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
      publishedAt: '2019-09-12T14:20:00+07:00',
      category: ['Tin tức - Sự kiện', 'Văn hóa - Xã hội'],
      author: 'Hồng Nhung',
      attribution: 'Báo Đắk Lắk',
    },
    planted: ['Gia Lai', 'Phạm Ngọc Nghị', 'Kon Tum', 'Đắk Nông', 'Ea Kar', 'Ngày thứ Bảy tình nguyện', 'Nguyễn Văn Thái', 'Ea Tu',
      'Ea Súp', 'Bộ đội Biên phòng tỉnh Đắk Lắk', 'Buôn Ma Thuột', 'Tân Tiến', 'Lê Duẩn'],
    captions: 1,
  },
];

/** The entity fields a reader compares, without spans (the two texts lay lines out differently). */
function entities(r: DocumentRecord) {
  return {
    eventDate: r.eventDate?.value ?? null,
    locations: r.locations.map((l) => l.name).sort(),
    officials: r.officials
      .map((o) => ({ name: o.name, rank: o.rank, titles: o.positions.map((p) => p.text).sort() }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    agencies: r.agencies.map((a) => a.name).sort(),
    initiatives: r.initiatives.map((i) => i.name).sort(),
  };
}

const entityJson = (r: DocumentRecord) =>
  JSON.stringify([r.locations, r.officials, r.agencies, r.initiatives, r.eventDate, r.dates]);

describe.each(FIXTURES)('saved page $name', (fx) => {
  const bytes = page(fx.name);
  const record = extract(bytes, { path: `${fx.name}.html` });
  const doc = documentFromBytes(bytes, `${fx.name}.html`);

  it('gives the same entities as its hand-extracted article text', () => {
    const fromText = extract(articleText(fx.name), { path: `${fx.name}.article.txt` });
    expect(entities(record)).toEqual(entities(fromText));
  });

  it('reads exactly the article: headline first, then the lines of the hand-extracted text', () => {
    const lines = articleText(fx.name).toString('utf8').split('\n')
      .filter((l) => l.trim() && !/^(?:Chuyên mục|Đăng lúc)/.test(l));
    expect(doc.text).toBe(lines.join('\n'));
    expect(doc.segments[0].kind).toBe('title');
    expect(doc.text.slice(doc.segments[0].start, doc.segments[0].end)).toBe(fx.meta.title);
    expect(doc.segments.filter((s) => s.kind === 'caption')).toHaveLength(fx.captions);
  });

  it('takes nothing from menus, related lists, sidebars, comments, tags or footers', () => {
    for (const name of fx.planted) {
      expect(doc.text).not.toContain(name);
      expect(entityJson(record)).not.toContain(name);
    }
  });

  it('fills the metadata the page carries', () => {
    expect(record.source.format).toBe('html');
    expect(record.source.encoding).toBe(fx.encoding);
    expect(record.title).toBe(fx.meta.title);
    expect(record.publishedAt).toBe(fx.meta.publishedAt);
    expect(record.category).toEqual(fx.meta.category);
    expect(record.author).toBe(fx.meta.author);
    expect(record.attribution).toBe(fx.meta.attribution ?? null);
    expect(record.source.url).toBe(fx.meta.url ?? null);
  });

  it('quotes the article text verbatim at every span', () => {
    const withText = extract(bytes, { path: `${fx.name}.html`, includeText: true });
    const text = withText.text!;
    const mentions = [
      ...withText.locations.flatMap((l) => l.mentions), ...withText.officials.flatMap((o) => o.mentions),
      ...withText.agencies.flatMap((a) => a.mentions), ...withText.initiatives.flatMap((i) => i.mentions), ...withText.dates,
    ];
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it('maps each line start back to its words in the page source', () => {
    const decoded = decodeBytes(bytes, declaredCharset(bytes)).text;
    for (const s of doc.segments) {
      const at = doc.sourceOffset!(s.start);
      const head = doc.text.slice(s.start, s.start + 12);
      expect(decoded.slice(at, at + 40).normalize('NFC')).toContain(head);
    }
  });
});

describe('encodings', () => {
  it('decodes the Windows-1258 page (tone marks stored as combining characters) to NFC Vietnamese', () => {
    const bytes = page('police-daily');
    expect(declaredCharset(bytes)).toBe('windows-1258');
    expect(bytes.includes(Buffer.from('Triệt', 'utf8'))).toBe(false);
    const doc = documentFromBytes(bytes, 'police-daily.html');
    expect(doc.text).toContain('Thượng tá Lê Quang Tuấn, Trưởng phòng Cảnh sát hình sự Công an tỉnh Thanh Hóa');
    expect(doc.text).toBe(doc.text.normalize('NFC'));
    expect(doc.text).not.toMatch(/[\u0300-\u036f\ufffd]/);
  });

  it.each([
    ['UTF-16LE with BOM', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf-16le')])],
    ['UTF-16BE with BOM', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s, 'utf-16be')])],
    ['UTF-8 with BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
  ])('reads the same article from a %s copy of a page', (_label, encode) => {
    const html = page('national-daily').toString('utf8');
    const doc = documentFromBytes(encode(html), 'page.html');
    expect(doc.text).toBe(documentFromHtml(html).text);
    expect(doc.meta.title).toBe('Phó Thủ tướng Trần Minh Khoa dự Hội nghị xúc tiến đầu tư vùng Đồng bằng sông Cửu Long');
  });

  it.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ['<meta charset=windows-1258>', 'windows-1258'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">', 'windows-1258'],
    ['<?xml version="1.0" encoding="windows-1258"?><html>', 'windows-1258'],
    ['<meta charset="utf-16">', undefined], // 8-bit bytes cannot be UTF-16: let the decoder detect
    ['<p>no declaration</p>', undefined],
  ])('declared charset of %s is %s', (head, want) => {
    expect(declaredCharset(Buffer.from(head, 'latin1'))).toBe(want);
  });

  it('ignores a Latin-1 label on a page whose bytes are UTF-8 (a common mislabelled save)', () => {
    const bytes = Buffer.from('<meta charset="iso-8859-1"><h1>Công an tỉnh Nghệ An</h1>', 'utf8');
    expect(declaredCharset(bytes)).toBeUndefined();
    expect(documentFromBytes(bytes, 'x.html').text).toBe('Công an tỉnh Nghệ An');
  });
});

describe('input detection', () => {
  it.each([
    ['<!DOCTYPE html><html><body>', true],
    ['\n  <html lang="vi"><head>', true],
    ['<!-- saved from url=(0051)https://example.vn/ -->\n<html><head>', true],
    ['\uFEFF<!doctype html>', true],
    ['<meta charset="utf-8"><title>x</title>', true],
    ['Công an tỉnh Nghệ An bắt giữ 3 đối tượng', false],
    ['Chuyên mục: Tin <b>nóng</b>', false],
  ])('%j looks like HTML: %s', (head, want) => {
    expect(looksLikeHtml(head)).toBe(want);
  });

  it('reads an HTML page without an .html name, and text with --input-format text', () => {
    const bytes = page('aggregator');
    expect(documentFromBytes(bytes, 'saved-page').format).toBe('html');
    expect(documentFromBytes(bytes, 'saved-page', 'text').format).toBe('text');
    expect(documentFromBytes(articleText('aggregator'), 'a.txt', 'auto').format).toBe('text');
  });
});
