// Metadata fallbacks, one rule family per table: dates, titles, categories, bylines, sources, body pruning.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../src/input/html.js';
import { isoFromMachineDate, isoFromVisibleDate } from '../../src/input/html/dates.js';
import { titleWithoutSite } from '../../src/input/html/meta.js';

const BODY =
  '<div class="content"><p>Ngày 7/1/2020, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020.</p>' +
  '<p>Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh chủ trì hội nghị, biểu dương các đơn vị có thành tích xuất sắc.</p></div>';
const pageWith = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}${BODY}</body></html>`;

describe('visible Vietnamese date lines', () => {
  it.each([
    ['Thứ ba, 07/01/2020 17:57', '2020-01-07T17:57:00+07:00'],
    ['Thứ Ba, 7/1/2020, 17:57 (GMT+7)', '2020-01-07T17:57:00+07:00'],
    ['Đăng lúc 17:57 07/01/2020', '2020-01-07T17:57:00+07:00'],
    ['07/01/2020 - 17:57', '2020-01-07T17:57:00+07:00'],
    ['17:57 | 07/01/2020', '2020-01-07T17:57:00+07:00'],
    ['Cập nhật: 08h05 ngày 12-09-2019', '2019-09-12T08:05:00+07:00'],
    ['Ngày 5 tháng 3 năm 2021, 9 giờ 30', '2021-03-05T09:30:00+07:00'],
    ['Ngày đăng: 05.03.2021 08:30 PM', '2021-03-05T20:30:00+07:00'],
    ['Chủ nhật, 12/09/2019', '2019-09-12'],
    ['Hotline: 0912.000.111', undefined],
    ['32/13/2020 10:00', undefined],
  ])('%s → %s', (line, iso) => {
    expect(isoFromVisibleDate(line)).toBe(iso);
  });
});

describe('machine dates (JSON-LD, meta tags) in Vietnam time', () => {
  it.each([
    ['2020-01-07T17:57:00+07:00', '2020-01-07T17:57:00+07:00'],
    ['2020-01-07T10:57:00Z', '2020-01-07T17:57:00+07:00'],
    ['2020-01-07T20:30:00.000Z', '2020-01-08T03:30:00+07:00'],
    ['2020-01-07T17:57:00+0700', '2020-01-07T17:57:00+07:00'],
    ['2020-01-07 17:57', '2020-01-07T17:57:00+07:00'],
    ['2020-01-07', '2020-01-07'],
    ['07/01/2020 17:57', '2020-01-07T17:57:00+07:00'],
    ['', undefined],
  ])('%s → %s', (raw, iso) => {
    expect(isoFromMachineDate(raw)).toBe(iso);
  });
});

describe('<title> without the site name', () => {
  it.each([
    ['Công an Hà Tĩnh phá chuyên án ma túy - Báo Công an nhân dân điện tử', undefined, 'Công an Hà Tĩnh phá chuyên án ma túy'],
    ['Công an Hà Tĩnh phá chuyên án ma túy | VnExpress', 'VnExpress', 'Công an Hà Tĩnh phá chuyên án ma túy'],
    ['Hà Nội - Hải Phòng nối chuyến tàu mới - Tin tức 24h', undefined, 'Hà Nội - Hải Phòng nối chuyến tàu mới'],
    ['Cổng TTĐT tỉnh Lâm Đồng | Lâm Đồng đón 8 triệu lượt khách', undefined, 'Lâm Đồng đón 8 triệu lượt khách'],
    ['Hội nghị Công an toàn quốc lần thứ 75', undefined, 'Hội nghị Công an toàn quốc lần thứ 75'],
  ])('%s → %s', (raw, site, want) => {
    expect(titleWithoutSite(raw, site)).toBe(want);
  });
});

describe('title fallbacks: og:title, then the article h1, then <title>', () => {
  it.each([
    ['og:title wins', '<meta property="og:title" content="Tiêu đề OG"><title>Tiêu đề trang - Báo Mới</title>', '<h1>Tiêu đề H1</h1>', 'Tiêu đề OG'],
    ['then the h1', '<title>Tiêu đề trang - Báo Mới</title>', '<h1>Tiêu đề H1</h1>', 'Tiêu đề H1'],
    ['then <title> less the site', '<title>Tiêu đề trang - Báo Mới</title>', '', 'Tiêu đề trang'],
  ])('%s', (_label, head, body, want) => {
    expect(documentFromHtml(pageWith(head, body)).meta.title).toBe(want);
  });

  it('puts the visible headline first in the text, as a title segment', () => {
    const doc = documentFromHtml(pageWith('<meta property="og:title" content="OG">', '<h1>Tiêu đề bài viết</h1>'));
    expect(doc.text.split('\n')[0]).toBe('Tiêu đề bài viết');
    expect(doc.segments[0]).toEqual({ kind: 'title', start: 0, end: 'Tiêu đề bài viết'.length });
  });
});

describe('publishedAt fallbacks: JSON-LD, then article:published_time, then a visible line', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-07T08:00:00+07:00"}</script>';
  const og = '<meta property="article:published_time" content="2020-01-06T09:00:00+07:00">';
  const visible = '<h1>Tiêu đề</h1><div class="date">Thứ hai, 05/01/2020 10:00</div>';
  it.each([
    ['JSON-LD first', ld + og, visible, '2020-01-07T08:00:00+07:00'],
    ['then article:published_time', og, visible, '2020-01-06T09:00:00+07:00'],
    ['then the visible line', '', visible, '2020-01-05T10:00:00+07:00'],
    ['a visible line beside the h1, without a class', '', '<h1>Tiêu đề</h1><span>Đăng lúc 17:57 07/01/2020</span>', '2020-01-07T17:57:00+07:00'],
    ['not the header\'s "today" date', '', '<header><span class="date">Thứ ba, 08/01/2020</span></header><h1>Tiêu đề</h1>', undefined],
  ])('%s', (_label, head, body, want) => {
    expect(documentFromHtml(pageWith(head, body)).meta.publishedAt).toBe(want);
  });

  it('reads datePublished inside a JSON-LD @graph', () => {
    const graph = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2021-05-01T07:00:00Z"}]}</script>';
    expect(documentFromHtml(pageWith(graph)).meta.publishedAt).toBe('2021-05-01T14:00:00+07:00');
  });
});

describe('category, author, attribution and URL', () => {
  it.each([
    ['JSON-LD BreadcrumbList', '<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"position":2,"name":"Thời sự"},{"position":1,"name":"Trang chủ"}]}</script>', '', ['Thời sự']],
    ['breadcrumb links', '', '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a>Pháp luật</a> › <a>An ninh trật tự</a></div>', ['Pháp luật', 'An ninh trật tự']],
    ['a plain breadcrumb line', '', '<div id="duongdan">Trang chủ » Quốc phòng - An ninh</div>', ['Quốc phòng - An ninh']],
    ['article:section', '<meta property="article:section" content="Xã hội">', '', ['Xã hội']],
    ['a "Chuyên mục:" line', '', '<div>Chuyên mục: Hoạt động ngành, Tin hoạt động</div>', ['Hoạt động ngành', 'Tin hoạt động']],
  ])('category from %s', (_label, head, body, want) => {
    expect(documentFromHtml(pageWith(head, body)).meta.category).toEqual(want);
  });

  it.each([
    ['JSON-LD author', '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Lê Minh"}}</script>', '', 'Lê Minh'],
    ['author meta', '<meta name="author" content="Thu Hà">', '', 'Thu Hà'],
    ['not an author meta that names the site', '<meta name="author" content="Báo Nhân Dân">', '', undefined],
    ['a byline element, prefix removed', '', '<p class="author">Bài và ảnh: Quang Huy</p>', 'Quang Huy'],
  ])('author from %s', (_label, head, body, want) => {
    expect(documentFromHtml(pageWith(head, body)).meta.author).toBe(want);
  });

  it('takes a bare name as the body\'s last line for the byline, not for the text', () => {
    const html = pageWith('', '').replace('</p></div>', '</p><p style="text-align:right"><strong>Minh Châu</strong></p></div>');
    const doc = documentFromHtml(html);
    expect(doc.meta.author).toBe('Minh Châu');
    expect(doc.text).not.toContain('Minh Châu');
  });

  it.each([
    ['a source element', '', '<div class="nguontin">Nguồn: Báo Nghệ An</div>', 'Báo Nghệ An'],
    ['a source meta tag', '<meta name="source" content="TTXVN">', '', 'TTXVN'],
  ])('attribution from %s', (_label, head, body, want) => {
    expect(documentFromHtml(pageWith(head, body)).meta.attribution).toBe(want);
  });

  it.each([
    ['canonical link', '<link rel="canonical" href="https://a.vn/x.html"><meta property="og:url" content="https://a.vn/og.html">', 'https://a.vn/x.html'],
    ['og:url', '<meta property="og:url" content="https://a.vn/og.html">', 'https://a.vn/og.html'],
  ])('URL from %s', (_label, head, want) => {
    expect(documentFromHtml(pageWith(head)).meta.url).toBe(want);
  });
});

describe('article body', () => {
  it.each([
    ['a "Tin liên quan" box inside the body', '<div class="box"><b>Tin liên quan</b><ul><li><a>Công an tỉnh Hà Tĩnh khởi tố vụ án</a></li></ul></div>'],
    ['a list of links', '<ul><li><a>Tin một ở Gia Lai</a></li><li><a>Tin hai ở Kon Tum</a></li><li><a>Tin ba ở Đắk Nông</a></li></ul>'],
    ['share buttons', '<div class="social-share"><a>Facebook</a> <a>Zalo</a></div>'],
    ['a hidden element', '<p style="display:none">Nội dung ẩn ở Gia Lai, Kon Tum và Đắk Nông không hiển thị trên trang.</p>'],
  ])('drops %s', (_label, junk) => {
    const html = pageWith('', `<div class="content"><p>Ngày 7/1/2020, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020.</p>${junk}<p>Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh chủ trì hội nghị, biểu dương các đơn vị có thành tích.</p></div>`);
    const doc = documentFromHtml(html.replace(BODY, ''));
    expect(doc.text.split('\n')).toHaveLength(2);
    expect(doc.text).not.toMatch(/Hà Tĩnh|Gia Lai|Facebook/);
  });

  it.each([
    ['figcaption', '<figure><img src="a.jpg"><figcaption>Toàn cảnh hội nghị.</figcaption></figure>'],
    ['a caption cell of a photo table', '<table class="image"><tr><td><img src="a.jpg"></td></tr><tr><td>Toàn cảnh hội nghị.</td></tr></table>'],
    ['an italic line under an image', '<div><img src="a.jpg"></div><div><i>Toàn cảnh hội nghị.</i></div>'],
  ])('marks %s as a caption segment', (_label, photo) => {
    const doc = documentFromHtml(pageWith('', '').replace('</p><p>', `</p>${photo}<p>`));
    const caption = doc.segments.find((s) => s.kind === 'caption');
    expect(caption && doc.text.slice(caption.start, caption.end)).toBe('Toàn cảnh hội nghị.');
  });

  it('keeps text split by <br> as separate lines and decodes entities', () => {
    const doc = documentFromHtml(pageWith('', '<div class="content"><div>Dòng thứ nhất của bài viết &amp; thông tin thêm.<br><br>Dòng thứ hai của bài viết, có dấu phẩy, có nội dung.</div></div>').replace(BODY, ''));
    expect(doc.text).toBe('Dòng thứ nhất của bài viết & thông tin thêm.\nDòng thứ hai của bài viết, có dấu phẩy, có nội dung.');
  });
});
