// Foreign officials the main pass leaves out: a post (often in sentence case or with a bracketed
// country) then a foreign name, "post, ông <name>", and a foreign name in apposition before its post.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { findForeignOfficials, isForeignWordAt, warmUpOfficials } from '../../src/extract/foreign-officials.js';
import { extractOfficials } from '../../src/extract/officials.js';
import { extractAgencies } from '../../src/extract/agencies.js';
import type { Official } from '../../src/record/schema.js';
import { documentFromText } from '../../src/input/document.js';

const foundIn = (text: string, known: Official[] = []) => findForeignOfficials(createContext(documentFromText(text)), known);
const brief = (text: string) => foundIn(text).map((o) => [o.name, o.positions.map((p) => p.text)]);
/** The main pass, then the foreign pass given its officials: every official of the text. */
function bothPasses(text: string): Official[] {
  const ctx = createContext(documentFromText(text));
  const found = extractOfficials(ctx);
  found.push(...findForeignOfficials(ctx, found));
  return found;
}
const bothPassesBrief = (text: string) => bothPasses(text).map((o) => [o.name, o.positions.map((p) => p.text)]);

describe('foreign words', () => {
  const table: [string, boolean][] = [
    ['Spicer', true], ['Hogan', true], ['Moon', true], ['Lee', true], ['Sean', true], ['Trump', true], ['Jae-in', true],
    ['Ô-ba-ma', true], ['Al-Thani', true], ['Malmström', true], ['Kalanick', true], ['M.Dô-y-rơ', true],
    ['Minh', false], ['Thanh', false], ['Long', false], ['Nguyễn', false], ['Quang', false], ['Hoa', false], ['Rịa-Vũng', false], ['Kim', false],
  ];
  it.each(table)('%s foreign: %s', (word, foreign) => {
    const folded = word.toLowerCase();
    expect(isForeignWordAt(word, folded, 0, word.length)).toBe(foreign);
  });
});

describe('a post then a foreign name', () => {
  const table: [string, [string, string[]][]][] = [
    ['Đại diện EU gồm Ủy viên thương mại EU Cecilia Malmstrom và một số quan chức.', [['Cecilia Malmstrom', ['Ủy viên thương mại EU']]]],
    ['Đoàn có Ủy viên Nông nghiệp và nông thôn của châu Âu Phil Hogan.', [['Phil Hogan', ['Ủy viên Nông nghiệp và nông thôn của châu Âu']]]],
    ['Phía Nhật có Bộ trưởng Nông lâm thủy sản Yuji Yamamoto, trong khi phía EU vắng mặt.', [['Yuji Yamamoto', ['Bộ trưởng Nông lâm thủy sản']]]],
    // a bracketed country closes the post; the name follows it
    ['Thủ tướng tiếp Giám đốc khu vực Ngân hàng HSBC (Anh) Doreen Steidle tại Hà Nội.', [['Doreen Steidle', ['Giám đốc khu vực Ngân hàng HSBC']]]],
    ['Thủ tướng tiếp Phó Chủ tịch Tập đoàn GE (Mỹ) Christian Bennett.', [['Christian Bennett', ['Phó Chủ tịch Tập đoàn GE']]]],
    // words describing the holder are not the post; its term and order are ("Tổng thống mãn nhiệm", "thứ 44")
    ['Đây là chính sách của Tổng thống Mỹ khi đó Barack Obama.', [['Barack Obama', ['Tổng thống Mỹ']]]],
    // (after a body the term is cut: a title ends with its body)
    ['Đây là chính sách của Tổng thống Mỹ vừa mãn nhiệm Barack Obama.', [['Barack Obama', ['Tổng thống Mỹ']]]],
    ['Sau cuộc gặp riêng với Tổng thống mãn nhiệm Francois Hollande, ông phát biểu.', [['Francois Hollande', ['Tổng thống mãn nhiệm']]]],
    ['Tổng thống Mỹ thứ 44 Barack Obama từng nói vậy.', [['Barack Obama', ['Tổng thống Mỹ thứ 44']]]],
    ['Theo lịch trình, vị Thủ tướng mới Edouard Philippe sẽ công bố nội các.', [['Edouard Philippe', ['Thủ tướng mới']]]],
    ['Đoàn đã gặp Tổng thống đương nhiệm Michel Temer tại Brasilia.', [['Michel Temer', ['Tổng thống đương nhiệm']]]],
    // a state's name run into its post's holder: its extent is the one the text writes closed elsewhere ("tại bang Hessen.")
    ['Đoàn đến bang Hessen. Thủ hiến bang Hessen Volker Bouffier đã đón đoàn.', [['Volker Bouffier', ['Thủ hiến bang Hessen']]]],
    ['Đoàn đến bang Hessen, nơi Chủ tịch Quốc hội bang Hessen Norbert Kartmann đón đoàn.', [['Norbert Kartmann', ['Chủ tịch Quốc hội bang Hessen']]]],
    // a remit in lower case after the head is part of the post, however long; a predicate is not
    ["Hôm qua, Cao ủy phụ trách vấn đề nhân quyền, ông Zeid Ra'ad al-Hussein kêu gọi.", [["Zeid Ra'ad al-Hussein", ['Cao ủy phụ trách vấn đề nhân quyền']]]],
    ['Hôm qua, Tổng thống thích nhìn thấy các cuộc diễu binh, ông Kim Jong Un nói.', []],
    // a body named in sentence case and closed by its country, then the holder
    ['Phát ngôn viên Lực lượng Không quân Mỹ Lori Hodge cho biết, 2 chiến đấu cơ đã bay.', [['Lori Hodge', ['Phát ngôn viên Lực lượng Không quân Mỹ']]]],
    ['Ông là Giám đốc Ngân hàng Trung ương Nga Elvira Nabiullina.', [['Elvira Nabiullina', ['Giám đốc Ngân hàng Trung ương Nga']]]],
    // a country's last word that is also a level word ("Bản", "bản" a village) ends the country, no place opens the name
    ['Bộ trưởng Chính sách Tài chính và Kinh tế Nhật Bản Nobuteru Ishihara nhấn mạnh.', [['Nobuteru Ishihara', ['Bộ trưởng Chính sách Tài chính và Kinh tế Nhật Bản']]]],
    // a unit's number after "số" is no clause break inside the post
    // (the numbered unit ends the title: its parent after "của" is cut, as the guideline cuts at "thuộc")
    ['Phía Myanmar có Cục trưởng Cục tác chiến đặc biệt số 1 của Quân đội Myanmar Tun Tun Naung.', [['Tun Tun Naung', ['Cục trưởng Cục tác chiến đặc biệt số 1']]]],
    // a capitalised post that needs its body has it after the name, owned by "của"; bare, it names no one
    ['Chỉ huy Bill Urban của hải quân Mỹ lên tiếng chỉ trích.', [['Bill Urban', ['Chỉ huy']]]],
    ['Đó là điều mà chỉ huy Bill Urban của hải quân Mỹ nói.', []],
    ['Chỉ huy Bill Urban lên tiếng chỉ trích.', []],
    // a foreign run right after a body type is the body's name, not a person between post and holder
    ['Quân đội cho rằng thủ lĩnh cấp cao của tổ chức Abu Sayyaf là Isnilon Hapilon hiện vẫn ẩn náu.', [['Isnilon Hapilon', ['thủ lĩnh cấp cao của tổ chức Abu Sayyaf']]]],
    // (a person's name there still blocks the post: it is that person's)
    ['Người kế nhiệm Tổng thống Barack Obama là Donald Trump đã nhậm chức.', [['Barack Obama', ['Tổng thống']]]],
    // (no extent written elsewhere: the run may be the place's whole name, no one is read)
    ['Thị trưởng thành phố San Pedro Huamelula đã cưới một con cá sấu.', []],
    ['Ông gặp Bộ trưởng Chính sách Kinh tế và Tài chính nước chủ nhà Nobuteru Ishihara tại Tokyo.', [['Nobuteru Ishihara', ['Bộ trưởng Chính sách Kinh tế và Tài chính']]]],
    ['Cùng lúc này, CEO Travis Kalanick tạm vắng mặt.', [['Travis Kalanick', ['CEO']]]],
    ['Năm 1995, vua Qatar Hamad bin Khalifa Al-Thani lên nắm quyền.', [['Hamad bin Khalifa Al-Thani', ['vua Qatar']]]],
    ['Ngoại trưởng Mỹ đặc trách Đông Á Daniel R. Russel đến thăm.', [['Daniel R. Russel', ['Ngoại trưởng Mỹ đặc trách Đông Á']]]],
    // "X của Tổng thống Nga": the post is the outer one
    ['Đặc phái viên của Tổng thống Nga về vấn đề Syria Alexander Lavrentyev phát biểu.', [['Alexander Lavrentyev', ['Đặc phái viên của Tổng thống Nga về vấn đề Syria']]]],
    ['Tổng chưởng lý bang New York Eric Schneiderman khởi kiện.', [['Eric Schneiderman', ['Tổng chưởng lý bang New York']]]],
    // "và" between two places stays in the post; after a person's name it ends it
    ['Thủ tướng gửi điện tới Thủ tướng Liên hiệp Vương quốc Anh và Bắc Ai-len Theresa May.', [['Theresa May', ['Thủ tướng Liên hiệp Vương quốc Anh và Bắc Ai-len']]]],
    ['Tổng thống Obama và Phu nhân Michelle Obama đến dự.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a post, then "ông" and a foreign name', () => {
  const table: [string, [string, string[]][]][] = [
    ['Trong tuyên bố của Thư ký báo chí Nhà Trắng, ông Sean Spicer cho biết cuộc tấn công là nghiêm trọng.', [['Sean Spicer', ['Thư ký báo chí Nhà Trắng']]]],
    // a dash before "ông" sets the name off like a comma
    ['Chủ tịch của CLB - ông Stan Kroenke vẫn hứa cho Giáo sư ở lại.', [['Stan Kroenke', ['Chủ tịch của CLB']]]],
    ['Giám đốc điều hành của Microsoft – ông Satya Nadella cũng là người Ấn Độ.', [['Satya Nadella', ['Giám đốc điều hành của Microsoft']]]],
    // no post before the dash: a coach, a referee, a quote's speaker
    ['Ở phía đối diện, HLV trưởng Đội tuyển U.22 Malaysia - ông Frank Bernhardt cũng vắng nhiều cầu thủ.', []],
    ['Cho rằng trọng tài người Tahiti - ông Norbert Hauata - có nhiều tình huống sai.', []],
    ['“Đây là khởi đầu của cuộc Chiến tranh Lạnh mới” - ông Oliver Stone nói.', []],
    // a bracket after a post abbreviates it: the post is the one before it
    ['Điều gì sẽ xảy ra khi Giám đốc điều hành (CEO) của hãng – ông Travis Kalanick nghỉ việc.', [['Travis Kalanick', ['Giám đốc điều hành (CEO) của hãng']]]],
    ['Theo Giám đốc điều hành (CEO) hãng hàng không Qatar Airways, ông Akbar Al Baker, hãng sẽ mua.', [['Akbar Al Baker', ['Giám đốc điều hành (CEO) hãng hàng không Qatar Airways']]]],
    // the body's acronym in brackets between the body and the honorific
    ['Theo Bloomberg, phát ngôn viên Cơ quan tình báo của Lầu Năm Góc (DIA), ông William Marks nhận định như vậy.', [['William Marks', ['phát ngôn viên Cơ quan tình báo của Lầu Năm Góc']]]],
    ['Người phát ngôn của Bộ Ngoại giao Mỹ (DOS), ông John Kirby nhận định.', [['John Kirby', ['Người phát ngôn của Bộ Ngoại giao Mỹ']]]],
    // (a note that is no acronym is no body's)
    ['Người phát ngôn của Bộ Ngoại giao (bên phải), ông John Kirby nhận định.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a high commissioner, and a post right before another post', () => {
  const table: [string, [string, string[]][]][] = [
    ['Theo Cao ủy Thương mại EU Cecilia Malmstrom, Mỹ thiệt hại.', [['Cecilia Malmstrom', ['Cao ủy Thương mại EU']]]],
    ['Cao ủy Nhân quyền LHQ Zeid Ra\'ad al-Hussein cho biết.', [["Zeid Ra'ad al-Hussein", ['Cao ủy Nhân quyền LHQ']]]],
    ['Cao ủy Liên hợp quốc về người tị nạn (UNHCR) cho biết.', []],
    // the first post is the holder's, the second names its body
    ['Người phát ngôn Cao ủy Liên Hợp Quốc về nhân quyền Rupert Colville nói.', [['Rupert Colville', ['Người phát ngôn Cao ủy Liên Hợp Quốc về nhân quyền']]]],
    ['Phó Tổng thư ký LHQ Amina Mohammed nói.', [['Amina Mohammed', ['Phó Tổng thư ký LHQ']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
});

describe('a verb-like post after a former holder\'s word ("cố lãnh đạo X")', () => {
  const table: [string, [string, string[]][]][] = [
    ['Nhân ngày sinh của cố lãnh đạo Kim Jong-il, ông nói.', [['Kim Jong-il', ['cố lãnh đạo']]]],
    ['Lăng mộ cố lãnh đạo Ruhollah Khomeini ở Tehran bị tấn công.', [['Ruhollah Khomeini', ['cố lãnh đạo']]]],
    // (the country, in its common misspelling "Lybia", closes the post, not opens the name)
    ['Con trai thứ hai của cố lãnh đạo Lybia Muammar Gaddafi được trả tự do.', [['Muammar Gaddafi', ['cố lãnh đạo Lybia']]]],
    // "đồng thời là" joins a second post, not more of the first
    ['Moon Jae-in, cựu lãnh đạo đảng Minjoo đồng thời là ứng viên Tổng thống.', [['Moon Jae-in', ['cựu lãnh đạo đảng Minjoo']]]],
    // "quyền lãnh đạo" (the power to lead) names no one's post; "lãnh đạo" before a foreign full name is the leader's
    // post, a noun here (the golds: "lãnh đạo Kim Jong-un" is an official titled "lãnh đạo", g39)
    ['Vụ ám sát lãnh đạo Kim Jong-un bằng vũ khí sinh học.', [['Kim Jong-un', ['lãnh đạo']]]],
    ['Ông trao quyền lãnh đạo Triều Tiên cho Kim Jong-un.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
});

describe('a head of state written lower case, then a surname', () => {
  const table: [string, [string, string[]][]][] = [
    ['Chiếc chuyên cơ khi đó phục vụ tổng thống Obama đã bị cháy.', [['Obama', ['tổng thống']]]],
    ['Ông cũng gọi điện cho quốc vương Salman của Ả Rập Saudi.', [['Salman', ['quốc vương']]]],
    ['Chính sách của cựu tổng thống Obama vẫn còn. Ông Barack Obama rời Nhà Trắng.', [['Barack Obama', ['cựu tổng thống']]]],
    // a country after the post, a building named after it, a body's name
    ['Thư gửi tổng thống Nga hôm qua.', []],
    ['Ông đến phủ tổng thống Akorda để hội đàm.', []],
    ['Ông là Giám đốc Trung tâm nghiên cứu quyền lãnh đạo tổng thống Fielding tại Mỹ.', []],
    // the king by surname is not the crown prince who shares it
    ['Thái tử Mohammed bin Salman nói. Ông gọi điện cho quốc vương Salman hôm qua.', [['Mohammed bin Salman', ['Thái tử']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
});

describe('the post of a named holder\'s aide: "người phát ngôn của Tổng thống X Y, ông Z"', () => {
  const table: [string, [string, string[]][]][] = [
    ['Ngày 3/7, người phát ngôn của Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan, ông Ibrahim Kalin cho biết.',
      [['Tayyip Erdogan', ['Tổng thống Thổ Nhĩ Kỳ']], ['Ibrahim Kalin', ['người phát ngôn của Tổng thống Thổ Nhĩ Kỳ']]]],
    ['Ngày 29-6, trợ lý của thủ lĩnh tối cao Iran Ali Khamenei, ông Ali Shirazi nói.',
      [['Ali Khamenei', ['thủ lĩnh tối cao Iran']], ['Ali Shirazi', ['trợ lý của thủ lĩnh tối cao Iran']]]],
    ['Cố vấn cấp cao của Tổng thống Mỹ Donald Trump, ông Steve Bannon nói.',
      [['Donald Trump', ['Tổng thống Mỹ']], ['Steve Bannon', ['Cố vấn cấp cao của Tổng thống Mỹ']]]],
    // the main pass's inner post widened to the aide's
    ['Người phát ngôn của Tổng thống Nga, ông Dmitry Peskov cho biết.', [['Dmitry Peskov', ['Người phát ngôn của Tổng thống Nga']]]],
    // a decision is no one's post: the inner post stays the holder's
    ['Trên thị trường, quyết định của Tổng thống Mỹ, ông Donald Trump về việc rút khỏi hiệp định.', [['Donald Trump', ['Tổng thống Mỹ']]]],
    // no "của": the name after "ông" holds no post of the one before the comma
    ['Tổng thống Mỹ Donald Trump, ông Sean Spicer nói.', [['Donald Trump', ['Tổng thống Mỹ']]]],
    // the holder's kin, not an aide
    ['Con rể của Tổng thống Mỹ Donald Trump, ông Jared Kushner nói.', [['Donald Trump', ['Tổng thống Mỹ']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
});

describe('a post, then the name set off by commas or after "là"', () => {
  const table: [string, [string, string[]][]][] = [
    ['Trước đó, Ủy viên Y tế và Thực phẩm Liên minh châu Âu, Vytenis Andriukaitis, cũng lên tiếng.', [['Vytenis Andriukaitis', ['Ủy viên Y tế và Thực phẩm Liên minh châu Âu']]]],
    ['Các vụ truy tố tiếp tục dưới thời vua mới của Thái Lan là Maha Vajiralongkorn, người lên ngôi năm 2016.', [['Maha Vajiralongkorn', ['vua mới của Thái Lan']]]],
    // a list of places before a comma is no post
    ['Tổng thống đến Pháp, Đức, Anh, Theresa May đón tiếp.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a foreign name in apposition before its post', () => {
  const table: [string, [string, string[]][]][] = [
    ['Theo Gary Samore, quan chức phụ trách không phổ biến hạt nhân dưới quyền Tổng thống, đàm phán sẽ khó.', [['Gary Samore', ['quan chức phụ trách không phổ biến hạt nhân']]]],
    ['Fahad al Attiyah, một trong những cố vấn của hoàng gia Qatar cho biết điều đó.', [['Fahad al Attiyah', ['cố vấn của hoàng gia Qatar']]]],
    ['Ethan Kurzweil, đối tác tại hãng đầu tư mạo hiểm Bessemer, cho rằng đây là bước lùi.', [['Ethan Kurzweil', ['đối tác tại hãng đầu tư mạo hiểm Bessemer']]]],
    ['Phó Thủ tướng tiếp ông M.Dô-y-rơ, Phó Thủ tướng nước bạn.', [['M.Dô-y-rơ', ['Phó Thủ tướng nước bạn']]]],
    // a later word of a post ("ký" of "Tổng thư ký") does not end it like the verb "ký" does
    ['Kang Kyung-hwa, cựu cố vấn đặc biệt của Tổng thư ký Liên hợp quốc, được đề cử.', [['Kang Kyung-hwa', ['cựu cố vấn đặc biệt của Tổng thư ký Liên hợp quốc']]]],
    // a post opening a clause about its own holder is no apposition
    ['Theo Foreign Policy, Tổng thống Putin thời gian qua đã thay đổi.', []],
    // a purpose clause ("để", "nhằm") ends the post: it tells why the holder was arrested, not whom he serves
    ['Cảnh sát bắt giữ ông Tadeu Filippelli, cố vấn thân cận của Tổng thống Temer để điều tra hành vi tham nhũng.', [['Tadeu Filippelli', ['cố vấn thân cận của Tổng thống Temer']]]],
    ['Cảnh sát thẩm vấn ông Tadeu Filippelli, cố vấn của Tổng thống nhằm làm rõ khoản tiền.', [['Tadeu Filippelli', ['cố vấn của Tổng thống']]]],
    // (no clause: the post runs to its comma)
    ['Cảnh sát bắt giữ ông Tadeu Filippelli, cố vấn của Chủ tịch Hạ viện Brazil, tối qua.', [['Tadeu Filippelli', ['cố vấn của Chủ tịch Hạ viện Brazil']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('"Post A và B": a bare second foreign name that ends the clause holds the same post', () => {
  const table: [string, [string, string[]][]][] = [
    ['Thượng nghị sĩ Marco Rubio và Tom Cotton tỏ ra kịch liệt chỉ trích ông.',
      [['Marco Rubio', ['Thượng nghị sĩ']], ['Tom Cotton', ['Thượng nghị sĩ']]]],
    ['Hai Thượng nghị sỹ bang Arkansas John Boozman và Jerry Moran đều lấy làm tiếc.',
      [['John Boozman', ['Thượng nghị sỹ bang Arkansas']], ['Jerry Moran', ['Thượng nghị sỹ bang Arkansas']]]],
    ['Dự luật do hai Thượng nghị sĩ Lindsey Graham và Ben Cardin trình lên.',
      [['Lindsey Graham', ['Thượng nghị sĩ']], ['Ben Cardin', ['Thượng nghị sĩ']]]],
    // the second name holds its own post elsewhere, or one of its own follows it
    ['Thủ tướng Nhật Bản Shinzo Abe và Donald Trump đã hội đàm. Tổng thống Mỹ Donald Trump nói.',
      [['Shinzo Abe', ['Thủ tướng Nhật Bản']], ['Donald Trump', ['Tổng thống Mỹ']]]],
    ['Chủ tịch Jean-Pierre Rivere và GĐĐH Julien Fournier đã gặp anh.', [['Jean-Pierre Rivere', ['Chủ tịch']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('an Arab given name alone takes the one full "bin" name written from it', () => {
  const table: [string, [string, string[]][]][] = [
    ['Quốc vương Hamad thoái vị. Ông là Sheik Hamad bin Khalifa al Thani. Hamad sinh năm 1952.',
      [['Hamad bin Khalifa al Thani', ['Quốc vương']]]],
    ['Quốc vương Salman đã tới. Salman bin Abdulaziz Al Saud lên ngôi năm 2015.', [['Salman bin Abdulaziz Al Saud', ['Quốc vương']]]],
    // two full names from one given name are two people; a father's name after "bin" is no full form
    ['Quốc vương Hamad nói. Hamad bin Khalifa al Thani và Hamad bin Jassim al Thani là hai người.', [['Hamad', ['Quốc vương']]]],
    ['Quốc vương Hamad nói. Con trai ông là Tamim bin Hamad al-Thani.', [['Hamad', ['Quốc vương']]]],
    ['Quốc vương Salman nói. Người được chọn là Mohammed bin Salman bin Abdulaziz.', [['Salman', ['Quốc vương']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('firms, clubs, places and other people are not the name', () => {
  const table: [string, [string, string[]][]][] = [
    // three words after a firm post with no body written: the first is the firm
    ['Giám đốc điều hành Google Sundar Pichai phát biểu.', [['Sundar Pichai', ['Giám đốc điều hành Google']]]],
    // the club is written alone elsewhere
    ['Bà chủ tịch CLB Valencia Amy Lim Hoon nói. Cầu thủ khoác áo Valencia.', [['Amy Lim Hoon', ['chủ tịch CLB Valencia']]]],
    ['Giám đốc công ty vệ sĩ tư nhân Zhongzhou Tewei nói rằng nhu cầu tăng.', []],
    ['Trưởng Công an xã Ea Kao cho biết.', []],
    // (a team's captain is a post in the team, as the tuning golds take it; a club's short name is no holder)
    ['tiền vệ Paul Pogba ghi bàn, đội trưởng Wayne Rooney vắng mặt.', [['Wayne Rooney', ['đội trưởng']]]],
    ['Rooney đòi lương quá cao Đội trưởng Man Utd muốn ra đi.', []],
    // the player after the verb is no one; the president's surname holds the post
    ['Chủ tịch Perez mua De Gea với giá cao.', [['Perez', ['Chủ tịch']]]],
    ['Phu nhân Tổng thống Mỹ Melania Trump đến thăm.', []],
    ['Bà là ứng cử viên tổng thống Marine Le Pen của Pháp.', []],
    ['Quốc vương của Baek Je từng ghé đây.', []],
    // a ranking, and a body named by a post word
    ['Người đứng đầu là Van Nistelrooy, tiếp theo là Dwight Yorke.', []],
    ['Vì sao Musk không rời Hội đồng cố vấn Donald Trump', []],
    ['Giám đốc Quốc gia Miss Global Beauty Queen Vietnam 2017 là người Việt.', []],
    // the pipeline's name ends at the verb; the project after it is no one
    ['Tổng thống Donald Trump tái khởi động dự án đường ống Dakota Access.', [['Donald Trump', ['Tổng thống']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('names the main pass holds', () => {
  const official = (name: string, start: number, title: string, titleStart: number): Official => ({
    name, rank: null, rankMention: null,
    positions: [{ title, organization: null, text: title, span: [titleStart, titleStart + title.length] }],
    mentions: [{ text: name, span: [start, start + name.length] }],
  });
  it('adds no one the main pass read at the same place', () => {
    const text = 'Ủy viên thương mại EU Cecilia Malmstrom phát biểu.';
    expect(foundIn(text, [official('Cecilia Malmstrom', 22, 'Ủy viên', 0)])).toEqual([]);
  });
  it('widens a surname held alone to the full name when the post is shared', () => {
    const text = 'Tổng thống Obama nói. Sau đó, Tổng thống Mỹ vừa mãn nhiệm Barack Obama rời Nhà Trắng.';
    const held = official('Obama', 11, 'Tổng thống', 0);
    expect(foundIn(text, [held])).toEqual([]);
    expect(held.name).toBe('Barack Obama');
    expect(held.mentions.map((m) => m.text)).toEqual(['Obama', 'Barack Obama']);
    for (const m of held.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
  it('takes the fuller post of the full name found ("Bộ trưởng" held, "Bộ trưởng Dầu mỏ Iran" found)', () => {
    const text = 'Bộ trưởng Zanganeh nói. Sau đó, Bộ trưởng Dầu mỏ Iran Bijan Zanganeh cho biết thêm.';
    const held = official('Zanganeh', 10, 'Bộ trưởng', 0);
    expect(foundIn(text, [held])).toEqual([]);
    expect(held.positions.map((p) => p.text)).toEqual(['Bộ trưởng Dầu mỏ Iran']);
  });
  it('widens a held post by the term written before the same mention ("Tổng thống Mỹ thứ 43")', () => {
    expect(bothPassesBrief('Tổng thống Mỹ George W. Bush tới Nga. Tổng thống Mỹ thứ 43 George W. Bush ngắm nghía chiếc xe.'))
      .toEqual([['George W. Bush', ['Tổng thống Mỹ thứ 43']]]);
    expect(bothPassesBrief('Tổng thống Pháp Emmanuel Macron nói. Tổng thống đắc cử của Pháp Emmanuel Macron đã chọn ra danh sách.'))
      .toEqual([['Emmanuel Macron', ['Tổng thống Pháp', 'Tổng thống đắc cử của Pháp']]]);
    expect(bothPassesBrief('Chủ tịch FIFA Gianni Infantino nói. Ngay cả Chủ tịch FIFA đương nhiệm là Gianni Infantino cũng chỉ xếp thứ hai.'))
      .toEqual([['Gianni Infantino', ['Chủ tịch FIFA']]]);
    expect(bothPassesBrief('Phó Chủ tịch Quốc hội Fiji Ruveni Nadalo nói. Chủ tịch APPF lần thứ 25, ông Ruveni Nadalo, phát biểu.')[0][1])
      .not.toContain('Chủ tịch APPF lần thứ 25');
    // (a post with a term held already takes no second one)
    expect(bothPassesBrief('Tổng thống đắc cử Emmanuel Macron nói. Tổng thống Pháp đắc cử Emmanuel Macron cũng cho biết.'))
      .toEqual([['Emmanuel Macron', ['Tổng thống đắc cử']]]);
    // (the post ends before "là" and the name's initial: never "Giám đốc FBI đầu tiên là J")
    expect(bothPassesBrief('Giám đốc FBI Edgar Hoover nói. Giám đốc FBI đầu tiên là J. Edgar Hoover.').map(([, t]) => t))
      .toEqual([['Giám đốc FBI đầu tiên']]);
  });
  it('shares a post written with its standing ("Tổng thống đắc cử" beside "Tổng thống")', () => {
    const text = 'Tổng thống đắc cử Macron nói. Ông muốn làm việc với Tổng thống Pháp Emmanuel Macron.';
    const held = official('Macron', 18, 'Tổng thống đắc cử', 0);
    expect(foundIn(text, [held])).toEqual([]);
    expect(held.name).toBe('Emmanuel Macron');
  });
  it('keeps another person of the same surname apart', () => {
    const text = 'Tổng thống Trump nói. Cố vấn Nhà Trắng Ivanka Trump cũng có mặt.';
    const held = official('Trump', 11, 'Tổng thống', 0);
    expect(foundIn(text, [held]).map((o) => o.name)).toEqual(['Ivanka Trump']);
    expect(held.name).toBe('Trump');
  });
  it('quotes every span verbatim', () => {
    const text = 'Thủ tướng tiếp Giám đốc khu vực Ngân hàng HSBC (Anh) Doreen Steidle.';
    for (const o of foundIn(text)) {
      for (const m of o.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
      for (const p of o.positions) expect(text.slice(p.span[0], p.span[1])).toBe(p.text);
    }
  });
});

describe('a name the main pass read between the post and a foreign name', () => {
  const pipeline = (text: string) => {
    const ctx = createContext(documentFromText(text));
    const main = extractOfficials(ctx);
    return findForeignOfficials(ctx, main).map((o) => [o.name, o.positions.map((p) => p.text)]);
  };
  it('holds the post: a foreign name further on is no holder of it (even once the main pass merged that mention\'s post away)', () => {
    expect(pipeline('Thủ tướng Chính phủ Nguyễn Xuân Phúc đến Mỹ. Thủ tướng Nguyễn Xuân Phúc tại sân bay John F.Kennedy. Ảnh: TTXVN')).toEqual([]);
  });
  it('unless the post is "của" that name: the post of the post\'s holder', () => {
    expect(pipeline('Tổng thống Nga Vladimir Putin nói. Theo phát ngôn viên của Tổng thống Putin, ông Dmitry Peskov, cụm từ này là xúc phạm.'))
      .toEqual([['Dmitry Peskov', ['phát ngôn viên của Tổng thống Putin']]]);
  });
});

describe('a surname held alone takes the one full name the text writes for it', () => {
  const both = (text: string) => {
    const ctx = createContext(documentFromText(text));
    const found = extractOfficials(ctx);
    found.push(...findForeignOfficials(ctx, found));
    return found.map((o) => [o.name, o.mentions.map((m) => m.text)]);
  };
  const table: [string, [string, string[]][]][] = [
    ['Tổng thống Trump nói. Người tiền nhiệm khuyên người kế nhiệm Donald Trump đừng làm vậy.', [['Donald Trump', ['Trump', 'Donald Trump']]]],
    ['Đoàn đối thoại do ông Restrepo dẫn đầu. Thẩm phán Robart nói. Ông Juan Camilo Restrepo cho hay.', [['Robart', ['Robart']]]],
    ['Thẩm phán Robart ra phán quyết. Phán quyết của James Robart có hiệu lực.', [['James Robart', ['Robart', 'James Robart']]]],
    // a relative's name, or two first names, leave the surname alone
    ['Tổng thống Obama nói. Bà Michelle Obama cười.', [['Obama', ['Obama']]]],
    ['Tổng thống Trump nói. Con gái Ivanka Trump cười. Donald Trump nói.', [['Trump', ['Trump']]]],
    ['Tổng thống Trump nói. Eric Trump và Donald Trump cùng đến.', [['Trump', ['Trump']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(both(text)).toEqual(expected);
  });
});

describe('a term of office ends the title right after the post, not after its body', () => {
  const table: [string, [string, string[]][]][] = [
    ['Tổng thống Mỹ sắp mãn nhiệm Barack Obama cho biết.', [['Barack Obama', ['Tổng thống Mỹ']]]],
    ['Thủ tướng Anh đương nhiệm Theresa May cho biết.', [['Theresa May', ['Thủ tướng Anh']]]],
    ['Tổng thống mãn nhiệm Barack Obama cho biết.', [['Barack Obama', ['Tổng thống mãn nhiệm']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('a founder written "người sáng lập": the capitalised words right after it are what was founded', () => {
  const table: [string, [string, string[]][]][] = [
    ['Ngày 5/3, người sáng lập Stray Rescue, Randy Grim, nói rằng con chó đã khỏe.', []],
    // (with a second post: a founder named only as one is no official)
    ['Tranh được treo ở văn phòng của Riza Aziz, người đồng sáng lập Red Granite. Chủ tịch Aziz nói thêm.', [['Riza Aziz', ['người đồng sáng lập Red Granite', 'Chủ tịch']]]],
    // (a holder right after it only before a verb; a body between post and holder as with other posts)
    ['Ông cùng người đồng sáng lập Bobby Murphy đã nâng giá trị tài sản. Chủ tịch Murphy nói thêm.', [['Bobby Murphy', ['người đồng sáng lập', 'Chủ tịch']]]],
    ['Bà Martha Raddatz, người sáng lập Playboy Hugh Hefner và nhiều người khác đã đến. Chủ tịch Hefner nói thêm.', [['Hugh Hefner', ['người sáng lập Playboy', 'Chủ tịch']]]],
    // named only as a founder, with no rank: no post held, no official (golds g9, g17)
    ['Bà Martha Raddatz, người sáng lập Playboy Hugh Hefner và nhiều người khác đã đến.', []],
    ['Julian Assange, người sáng lập tổ chức WikiLeaks, cho biết.', []],
    ['Tiến sĩ Giáp Văn Dương - người sáng lập nền tảng giáo dục trực tuyến GiapSchool - cho rằng việc này tốt.', []],
    // (a post held beside it in the one title stays)
    ['Ông Maxime Besnier, nhà sáng lập kiêm CEO của Very Local Trip, cho biết.', [['Maxime Besnier', ['nhà sáng lập kiêm CEO của Very Local Trip']]]],
    // (so does a post joined by a dash or "và lãnh đạo", which the title did not take in)
    ['Trên Twitter, nhà sáng lập và lãnh đạo Airbnb Brian Chesky cũng đã thông báo.', [['Brian Chesky', ['nhà sáng lập và lãnh đạo Airbnb']]]],
    ['Jack Ma, Chủ tịch Alibaba; Terry Gou, người sáng lập - Chủ tịch kiêm Giám đốc điều hành Tập đoàn Foxconn Technology; Nobuyuki Idei.', [['Terry Gou', ['người sáng lập']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('"đồng sáng lập" in lower case is also a verb: no brand after it is a person', () => {
  const table: [string, [string, string[]][]][] = [
    ['Tranh được treo ở văn phòng của Riza Aziz, người đồng sáng lập Red Granite.', []],
    ['Ông gia nhập Uber năm 2015 sau khi đồng sáng lập Carnegie Robotics.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('a post opening its clause, a comma, then the name and its verb', () => {
  const table: [string, [string, string[]][]][] = [
    ['Thị trưởng thành phố Paris (Pháp), Anne Hidalgo cho hay tháp sẽ tắt đèn.', [['Anne Hidalgo', ['Thị trưởng thành phố Paris']]]],
    ['Phát ngôn viên của Hạ viện Mỹ lúc bấy giờ, John Boehner thậm chí buộc tội ông.', [['John Boehner', ['Phát ngôn viên của Hạ viện Mỹ']]]],
    ['Sau đó, giám đốc điều hành Juventus, Giuseppe Marotta cũng đã lên tiếng.', [['Giuseppe Marotta', ['giám đốc điều hành Juventus']]]],
    // a dash and a lower-case description after the name close it as a second comma does
    ['Họ từng đặt dấu hỏi về cựu Chủ tịch FIFA, Sepp Blatter - người được coi như một nhân chứng.', [['Sepp Blatter', ['cựu Chủ tịch FIFA']]]],
    // (not a post after the dash, the name's own in a list; not after a post closed in lower case, a clause run on)
    ['Xe có chữ ký của ông Stefano Domenicali - CEO kiêm chủ tịch Lamborghini, Maurizio Reggiani - giám đốc trung tâm nghiên cứu và phát triển.',
      [['Stefano Domenicali', ['CEO kiêm chủ tịch Lamborghini']], ['Maurizio Reggiani', ['giám đốc trung tâm nghiên cứu']]]],
    ['Chủ tịch Perez chính là Vua Midas của Real Nói đâu xa, Ramon Calderon - người luôn nói về Perez.', [['Perez', ['Chủ tịch']]]],
    // "Thượng nghị sĩ", not the "nghị sĩ" inside it
    ['Còn Thượng nghị sĩ Cộng hòa đứng đầu Ủy ban Đối ngoại Thượng viện, Bob Corker, cho hay.', [['Bob Corker', ['Thượng nghị sĩ Cộng hòa đứng đầu Ủy ban Đối ngoại Thượng viện']]]],
    // a dash sets the name off as a comma does; a passive's agent opens its clause too
    ['Chủ tịch đội bóng Hoàng gia - Florentino Perez tin rằng Ronaldo sẽ ở lại.', [['Florentino Perez', ['Chủ tịch đội bóng Hoàng gia']]]],
    ['Theo dòng chia sẻ được Đại sứ Afghanistan tại Pakistan, Omar Zakhilwal đăng tải trên mạng.', [['Omar Zakhilwal', ['Đại sứ Afghanistan tại Pakistan']]]],
    // a photo credit run on into the next paragraph: the post after it opens its clause
    ['Chuyển nạn nhân tại hiện trường. Ảnh: AFP/TTXVN  Tổng Giám đốc IATA, Alexandre de Juniac nhận định vụ tấn công.', [['Alexandre de Juniac', ['Tổng Giám đốc IATA']]]],
    ['Máy bay vẫn chở thực phẩm. Ảnh: PressTV Người phát ngôn của Hãng hàng không Iran Air, Shahrokh Noushabadi ngày 11/6 cho biết.',
      [['Shahrokh Noushabadi', ['Người phát ngôn của Hãng hàng không Iran Air']]]],
    ['Đại diện nền kinh tế Mỹ Christopher Watson phát biểu tại hội thảo.', [['Christopher Watson', ['Đại diện nền kinh tế Mỹ']]]],
    // a representative of no body written between: a team or firm follows, not a person
    ['Trận đấu căng. Đại diện La Liga thực tế đã nhập cuộc rất mạnh mẽ.', []],
    ['Đại diện Công ty TNHH Schneider Electric IT Việt Nam cho hay, pin giá thấp bán tràn lan.', []],
    // a body's whole name run into a foreign word is no person
    ['Ông là Giám đốc viện Nghiên cứu Quốc tế Freeman Spogli tại Đại học Stanford.', []],
    // a name right after "và" is a second person, not the holder of the post before it
    ['Việc này do Chủ tịch Thượng viện, Chủ tịch Hạ viện và Lord Great Chamberlain quyết định.', []],
    // words that describe the holder are not the post; "bị" closing a word stays in the title
    ['Ủy ban nói cựu Tổng thống bị phế truất Park Geun-hye để lại khoảng trống.', [['Park Geun-hye', ['cựu Tổng thống']]]],
    ['Jim Mazzo, Giám đốc toàn cầu khối thiết bị nhãn khoa ZEISS cho biết.', [['Jim Mazzo', ['Giám đốc toàn cầu khối thiết bị nhãn khoa ZEISS']]]],
    // a post in the middle of a clause: the name after the comma is another clause's subject
    ['Nhưng khi là giám đốc điều hành công ty, Stephen Curry lại nói khác.', []],
    ['Nhưng khi trưởng thành, Zac Efron lại khiến fan phát ngất.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a house of parliament names its body: the name after it is the holder', () => {
  const table: [string, [string, string[]][]][] = [
    ['Lãnh đạo đảng Dân chủ tại Thượng viện Chuck Schumer chỉ trích cuộc bỏ phiếu.', [['Chuck Schumer', ['Lãnh đạo đảng Dân chủ tại Thượng viện']]]],
    // a title ends before "thuộc" and the parent body
    ['Ông tiếp Chủ tịch Ủy ban Quân lực thuộc Hạ viện Mỹ Mac Thornberry đang ở thăm Seoul.', [['Mac Thornberry', ['Chủ tịch Ủy ban Quân lực']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a degree, the name, a comma, then its post', () => {
  const pipeline = bothPassesBrief;
  const table: [string, [string, string[]][]][] = [
    ['Tiến sĩ Margaret Chan, Giám đốc tổ chức Y tế thế giới khẳng định điều đó.', [['Margaret Chan', ['Giám đốc tổ chức Y tế thế giới']]]],
    ['Theo tiến sĩ Joseph Devlin - giám đốc phòng thí nghiệm tâm lý, trí nhớ có hạn.', [['Joseph Devlin', ['giám đốc phòng thí nghiệm tâm lý']]]],
    // the body after the post is no person: the name before the comma holds the post
    ['Tiến sĩ Kenneth Mitchell, Giám đốc St Francis Bariatric Surgery Division (Mỹ) cho biết.', [['Kenneth Mitchell', ['Giám đốc St Francis Bariatric Surgery Division']]]],
    // a chain of two posts, and "và" inside a body's name
    ['Chuyên gia Murray Hiebert, cố vấn cấp cao và Giám đốc Trung tâm Nghiên cứu Chiến lược và Quốc tế cho rằng.', [['Murray Hiebert', ['cố vấn cấp cao', 'Giám đốc Trung tâm Nghiên cứu Chiến lược và Quốc tế']]]],
    // after the comma the whole run is the name
    ['Giám đốc văn phòng truyền thông Chính phủ Qatar, Sheikh Saif Bin Ahmed Al-Thani cho biết.', [['Saif Bin Ahmed Al-Thani', ['Giám đốc văn phòng truyền thông Chính phủ Qatar']]]],
    // a degree alone makes no official
    ['Giáo sư Stephen Hawking, một trong những nhà khoa học nổi tiếng, cảnh báo.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(pipeline(text)).toEqual(expected));
});

/** The ranked officers only (the rules below give them posts), with their posts as written. */
const rankedOfficers = (text: string) => bothPasses(text).filter((o) => o.rank).map((o) => [o.name, o.rank, o.positions.map((p) => p.text)]);

describe('a post, a comma, then a rank and the name: the officer holds the post', () => {
  const pipeline = rankedOfficers;
  const table: [string, [string, string | null, string[]][]][] = [
    ['Trên mạng, Người phát ngôn của lực lượng vũ trang Pakistan, Thiếu tướng Asif Ghafoor viết rằng họ sẽ đáp trả.',
      [['Asif Ghafoor', 'Thiếu tướng', ['Người phát ngôn của lực lượng vũ trang Pakistan']]]],
    ['Theo người phát ngôn Cảnh sát Quốc gia Indonesia, Thiếu tướng Setyo Wasisto, 9 người bị bắt.',
      [['Setyo Wasisto', 'Thiếu tướng', ['người phát ngôn Cảnh sát Quốc gia Indonesia']]]],
    // a command named by its post word ("Bộ Tư lệnh") is the body, the post is further back
    ['Tư lệnh Bộ Tư lệnh Thái Bình Dương Quân đội Mỹ, Đô đốc Harry Harris đã hội đàm.',
      [['Harry Harris', 'Đô đốc', ['Tư lệnh Bộ Tư lệnh Thái Bình Dương Quân đội Mỹ']]]],
    // before a comma, a descriptor after a bracketed acronym is the body's
    ['Tại Baghdad, người phát ngôn của liên quân chống nhóm Nhà nước Hồi giáo (IS) tự xưng, Đại tá John Dorrian nêu rõ.',
      [['John Dorrian', 'Đại tá', ['người phát ngôn của liên quân chống nhóm Nhà nước Hồi giáo (IS) tự xưng']]]],
    // after a command post, "các lực lượng" opens the forces it commands, no plural of holders
    ['Tổng tư lệnh các lực lượng bộ binh Nga, Thượng tướng Oleg Salyukov cho biết.',
      [['Oleg Salyukov', 'Thượng tướng', ['Tổng tư lệnh các lực lượng bộ binh Nga']]]],
    ['Phó Tổng tham mưu trưởng các lực lượng vũ trang Iran, Chuẩn tướng Massoud Jazayeri cáo buộc.',
      [['Massoud Jazayeri', 'Chuẩn tướng', ['Phó Tổng tham mưu trưởng các lực lượng vũ trang Iran']]]],
    ['Tư lệnh các lực lượng Mỹ tại Hàn Quốc là Tướng Vincent Brooks nói rằng.',
      [['Vincent Brooks', 'Tướng', ['Tư lệnh các lực lượng Mỹ tại Hàn Quốc']]]],
    // a verb-like post in lower case before a comma and a rank is a noun, as before "…, ông X"
    ['Hồi cuối tháng 12, chỉ huy lực lượng đặc nhiệm Iraq, tướng Fadil Barwari tuyên bố rằng.',
      [['Fadil Barwari', 'tướng', ['chỉ huy lực lượng đặc nhiệm Iraq']]]],
    ['Khi đó, lãnh đạo quân đội Iraq, tướng Fadil Barwari cho biết.', [['Fadil Barwari', 'tướng', ['lãnh đạo quân đội Iraq']]]],
    // (not after its subject, where it is the verb)
    ['Ông Smith sẽ chỉ huy lực lượng đặc nhiệm Iraq, tướng Fadil Barwari tuyên bố.', [['Fadil Barwari', 'tướng', []]]],
    ['Ông ấy từng lãnh đạo quân đội Iraq, tướng Fadil Barwari cho biết.', [['Fadil Barwari', 'tướng', []]]],
    // (not "các" before other units, nor "các lực lượng" after no command post)
    ['Sau khi họp với tư lệnh các đơn vị, Đại tá Peter Jones cho biết.', [['Peter Jones', 'Đại tá', []]]],
    ['Ông đã gặp các lực lượng cứu hộ, Đại tá Peter Jones cho biết.', [['Peter Jones', 'Đại tá', []]]],
    // "Là <post>, <rank> X": a role the sentence gives, no post
    ['Là người đứng đầu chuyên án, thiếu tướng Phan Anh Minh đã chia sẻ lại hành trình phá án.', [['Phan Anh Minh', 'thiếu tướng', []]]],
    // one who speaks for the post's holder does not hold it
    ['Thay mặt Chỉ huy trưởng Bộ đội Biên phòng tỉnh, Đại tá John Smith phát biểu.', [['John Smith', 'Đại tá', []]]],
    // a post held by the name before the comma is not the officer's
    ['Đến dự có Thủ tướng Phạm Văn Đồng, TBT Trường Chinh, Đại tướng Nguyễn Chí Thanh.',
      [['Nguyễn Chí Thanh', 'Đại tướng', []]]],
    // run on, or after "là": the post right before the rank is the officer's
    ['Phát ngôn viên của Không quân Mỹ Đại úy Mark Graff cho biết tất cả phi công an toàn.',
      [['Mark Graff', 'Đại úy', ['Phát ngôn viên của Không quân Mỹ']]]],
    ['Tại Marawi, phát ngôn viên quân đội Philippines là Trung tá Jo-Ar Herrera xác nhận.',
      [['Jo-Ar Herrera', 'Trung tá', ['phát ngôn viên quân đội Philippines']]]],
    // not a verb's object after the post's holder, nor a Vietnamese officer's (the main pass reads those)
    ['Tổng thống Salva Kiir đã bổ nhiệm Tướng James Ajong làm Tổng tham mưu trưởng.', [['James Ajong', 'Tướng', []]]],
    ['Tổng Bí thư thắp hương tưởng niệm Đại tướng Nguyễn Chí Thanh.', [['Nguyễn Chí Thanh', 'Đại tướng', []]]],
  ];
  it.each(table)('%s', (text, expected) => expect(pipeline(text)).toEqual(expected));
});

describe('a rank and a foreign name, then its post set off by a comma or dash', () => {
  const pipeline = rankedOfficers;
  const table: [string, [string, string | null, string[]][]][] = [
    ['Hồi tháng 4, đô đốc Harry Harris, Tư lệnh các Lực lượng Mỹ tại Thái Bình Dương tuyên bố sẽ tiến hành.',
      [['Harry Harris', 'đô đốc', ['Tư lệnh các Lực lượng Mỹ tại Thái Bình Dương']]]],
    ['Trung tướng Sergei Rudskoi – người đứng đầu Cơ quan Chiến dịch Chính của Bộ Tổng Tham mưu cho biết.',
      // (the unit's parent body after "của" is cut off, as the guideline ends a title with the directly attached body)
      [['Sergei Rudskoi', 'Trung tướng', ['người đứng đầu Cơ quan Chiến dịch Chính']]]],
    ['Đô đốc Dennis Blair, cựu giám đốc cơ quan tình báo quốc gia, nhận định.',
      [['Dennis Blair', 'Đô đốc', ['cựu giám đốc cơ quan tình báo quốc gia']]]],
    // the next officer's rank ends the post
    ['Đến dự có Thống tướng Pol Saroeun, Tư lệnh lực lượng Hiến binh Thống tướng Sao Sokha.',
      [['Pol Saroeun', 'Thống tướng', ['Tư lệnh lực lượng Hiến binh']], ['Sao Sokha', 'Thống tướng', []]]],
    // a degree after the comma is no post
    ['Đó là Đại tá Makar Aksenenko, Phó tiến sĩ khoa học quân sự Nga.', [['Makar Aksenenko', 'Đại tá', []]]],
    // a verb-like word written lower case after the comma is the sentence's verb
    ['Tướng Abu Ubaida, chỉ huy chỉ xếp sau Khalid ở một cổng thành khác.', [['Abu Ubaida', 'Tướng', []]]],
  ];
  it.each(table)('%s', (text, expected) => expect(pipeline(text)).toEqual(expected));
});

describe('a foreign name described as an official: the description naming a body is its post', () => {
  const pipeline = bothPassesBrief;
  const table: [string, [string, string[]][]][] = [
    ['Ông Andrew Weiss, cựu quan chức Hội đồng An ninh Quốc gia cho rằng ông Trump đã sai.',
      [['Andrew Weiss', ['cựu quan chức Hội đồng An ninh Quốc gia']]]],
    ['Chris Johnson, một quan chức của Cơ quan phòng thủ tên lửa Mỹ, cho biết.', [['Chris Johnson', ['quan chức của Cơ quan phòng thủ tên lửa Mỹ']]]],
    // no body named, "another official", or a description cut short: no post
    ['Fred Hof, một quan chức ngoại giao, cho biết.', [['Fred Hof', []]]],
    ['Ricardo Saud, một quan chức khác của JBS, cho biết.', [['Ricardo Saud', []]]],
    ['Christiana Figueres, cựu quan chức khí hậu LHQ thời gian qua, cho biết.', [['Christiana Figueres', []]]],
  ];
  it.each(table)('%s', (text, expected) => expect(pipeline(text)).toEqual(expected));
});

describe('titles: an open bracket, and "chính quyền" before a post', () => {
  const table: [string, [string, string[]][]][] = [
    // a title cut inside a bracket ends before the bracket
    ['Ông đã thề trung thành với thủ lĩnh Tổ chức Nhà nước Hồi giáo (IS) tự xưng Abu Bakr al-Baghdadi.', [['Abu Bakr al-Baghdadi', ['thủ lĩnh Tổ chức Nhà nước Hồi giáo']]]],
    // "chính quyền" is the administration: its "quyền" is no acting post
    ['Các quốc gia này đã được chính quyền Tổng thống tiền nhiệm Barack Obama xác định.', [['Barack Obama', ['Tổng thống tiền nhiệm']]]],
    ['Theo ông, quyền Tổng thống Hwang Kyo-ahn sẽ điều hành.', [['Hwang Kyo-ahn', ['quyền Tổng thống']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a plural post before a list of names: each name holds it', () => {
  const table: [string, [string, string[]][]][] = [
    ['Thủ tướng Nga, các cựu Tổng thống Mỹ George H.W. Bush và Bill Clinton đã bày tỏ sự thương tiếc.',
      [['George H.W. Bush', ['cựu Tổng thống Mỹ']], ['Bill Clinton', ['cựu Tổng thống Mỹ']]]],
    ['Bà phản ứng sau khi hai nghị sĩ đảng Dân chủ là Al Green và Maxine Waters kêu gọi luận tội.',
      [['Al Green', ['nghị sĩ đảng Dân chủ']], ['Maxine Waters', ['nghị sĩ đảng Dân chủ']]]],
    ['Ông được các cựu tổng thống Barack Obama, Jimmy Carter và George W. Bush ủng hộ.',
      [['Barack Obama', ['cựu tổng thống']], ['Jimmy Carter', ['cựu tổng thống']], ['George W. Bush', ['cựu tổng thống']]]],
    // a bracket after a name in the list
    ['Sau đó, hai đồng Chủ tịch Nhóm ASEAN của Quốc hội Mỹ là Ann Wagner (Đảng Cộng hòa) và Joaquin Castro (Đảng Dân chủ) ra tuyên bố.',
      [['Ann Wagner', ['đồng Chủ tịch Nhóm ASEAN của Quốc hội Mỹ']], ['Joaquin Castro', ['đồng Chủ tịch Nhóm ASEAN của Quốc hội Mỹ']]]],
    // a plural or counted post before one name only: no one holds it
    ['MACC sẽ triệu tập 5 quan chức cao cấp của cảng Tanjung Pelepas để điều tra.', []],
    ['Hội nghị có các Bộ trưởng Tài chính Steven Mnuchin phát biểu.', []],
    // the list's first name taken into the post: no list
    ['Khai mạc, Chủ tịch và các Tổng thư ký của AIPSO B.Vinod, Metla Jagan, Thipparthi Yadaiah lần lượt phát biểu.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a monarch\'s title as a figure of speech, and venues: no ruler, no holder', () => {
  const table: [string, [string, string[]][]][] = [
    ['Anh từng giành danh hiệu Vua phá lưới La Liga Lionel Messi lần thứ tư.', []],
    ['Nữ hoàng nhạc pop Nhật Ayumi Hamasaki sắp bị điếc hoàn toàn.', []],
    ['Nadal vô địch: Hoàng đế bất tử Rafael Nadal một lần nữa khẳng định sức mạnh.', []],
    ['Ông vua của Champions League Jose Mourinho từng tự gọi mình là người đặc biệt.', []],
    // a realm after the title: a ruler
    ['Đức vua bang Johor (Malaysia) Ibrahim Almarhum đã yêu cầu con trai mình.', [['Ibrahim Almarhum', ['vua bang Johor']]]],
    ['Dẫn đầu đoàn quân có Hoàng đế La Mã Frederick Barbarossa và vua Pháp.', [['Frederick Barbarossa', ['Hoàng đế La Mã']]]],
    // a venue's name after its word
    ['Đoàn đại biểu cấp cao Việt Nam sắp đặt chân xuống sân bay John F. Kennedy tại New York.', []],
    ['Người đứng đầu sân White Hart Lane có nhiều lý do để từ chối.', []],
    // a state's chief prosecutor
    ['Nhóm này đứng sau vụ ám sát Tổng công tố Ai Cập Hisham Barakat năm 2015.', [['Hisham Barakat', ['Tổng công tố Ai Cập']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('the whole run is the name after "ông"/"bà"', () => {
  const table: [string, [string, string[]][]][] = [
    ['Ông cho biết Cố vấn Nhà nước Myanmar, bà Aung San Suu Kyi, đã đặt câu hỏi.', [['Aung San Suu Kyi', ['Cố vấn Nhà nước Myanmar']]]],
    ['Phó Đặc phái viên phụ trách vấn đề Syria của Liên Hợp Quốc, ông Ramzy Ezzeldin Ramzy nhận định như vậy.',
      [['Ramzy Ezzeldin Ramzy', ['Phó Đặc phái viên phụ trách vấn đề Syria của Liên Hợp Quốc']]]],
    // right after the post's country the whole run is the name, no firm taken off its front
    ['Hôm qua, Cố vấn Nhà nước Myanmar Aung San Suu Kyi đã tới Hà Nội.', [['Aung San Suu Kyi', ['Cố vấn Nhà nước Myanmar']]]],
    ['Ông tiếp Chủ tịch Quốc hội nước Cộng hòa Liên bang Myanmar Mahn Win Khaing Than thăm chính thức.',
      [['Mahn Win Khaing Than', ['Chủ tịch Quốc hội nước Cộng hòa Liên bang Myanmar']]]],
    // (a firm still opens the run after a post without a country: "Chủ tịch Fed Janet Yellen" is the main pass's, read below)
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a post with four lower-case words of remit before the name', () => {
  const table: [string, [string, string[]][]][] = [
    ['Sau vụ việc, Giám đốc cảnh sát quốc gia Ronald Dela Rosa nói rằng đang điều tra.', [['Ronald Dela Rosa', ['Giám đốc cảnh sát quốc gia']]]],
    ['AFP cho biết thẩm phán phụ trách vụ án, Serge Tournaire, quyết định đưa vụ việc ra xét xử.', [['Serge Tournaire', ['thẩm phán phụ trách vụ án']]]],
    // five lower-case words and no capital: a predicate, not a remit
    ['Tổng thống rất thích được nhìn thấy Angela Merkel cười.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('"tình báo" is intelligence, no newspaper: the name after it is the holder', () => {
  const table: [string, [string, string[]][]][] = [
    ['Tờ báo viết giám đốc tình báo quốc gia Dan Coats, giám đốc NSA Mike Rogers đã đồng ý.',
      [['Dan Coats', ['giám đốc tình báo quốc gia']], ['Mike Rogers', ['giám đốc NSA']]]],
    ['Theo hãng tin, người đứng đầu tình báo Hàn Quốc Lee Byung-hun bị tuyên án.', [['Lee Byung-hun', ['người đứng đầu tình báo Hàn Quốc']]]],
    // a capitalised "Dự báo" is part of a body's name, the name after it still the holder
    ['Giám đốc Trung tâm Dự báo quân sự Anatoly Tsyganok nhận định.', [['Anatoly Tsyganok', ['Giám đốc Trung tâm Dự báo quân sự']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('one foreign person written two ways is one official', () => {
  const whole = (text: string) => {
    const ctx = createContext(documentFromText(text));
    const found = extractOfficials(ctx);
    found.push(...findForeignOfficials(ctx, found));
    for (const o of found) for (const m of o.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    return found.map((o) => [o.name, o.positions.map((p) => p.text)]);
  };
  const table: [string, [string, string[]][]][] = [
    // two transliterations of a first name: the first written on a tie
    ['Ngoại trưởng Nga Sergey Lavrov gặp ông Trump. Sau đó Ngoại trưởng Nga Sergei Lavrov cho biết.', [['Sergey Lavrov', ['Ngoại trưởng Nga']]]],
    // a typo: the spelling the text writes more
    ['Tổng thống Donald Trumph cho biết. Tổng thống Mỹ Donald Trump nói thêm. Ông Trump cũng nói.', [['Donald Trump', ['Tổng thống Mỹ']]]],
    ['Cố vấn Mike Flyn từ chức. Cố vấn an ninh Mike Flynn bị điều tra. Ông Flynn im lặng.', [['Mike Flynn', ['Cố vấn an ninh']]]],
    // a surname misspelled once beside the full name written more
    ['Thủ tướng Australia Malcolm Turnbull cho biết. Ông Turnbull nói. Thủ tướng Turbull nhấn mạnh.', [['Malcolm Turnbull', ['Thủ tướng Australia']]]],
    // a Thai, Korean or Arab leader named by the first word of the full name, under the same post
    ['Thủ tướng Thái Lan Prayut Chan-o-cha cho biết. Thủ tướng Prayut nói rằng ông không tin.', [['Prayut Chan-o-cha', ['Thủ tướng Thái Lan']]]],
    // two people of one family name, or two first names: apart
    ['Công tố viên Park Young-soo cho biết cựu Tổng thống Park bị thẩm vấn.', [['Park Young-soo', ['Công tố viên']], ['Park', ['cựu Tổng thống']]]],
    // a surname under the post of the one full name ending with it, after that name's two spellings are joined
    ['Trump đã tiếp Ngoại trưởng Nga Sergei Lavrov. Ông bắt tay Ngoại trưởng Nga Sergey Lavrov. Tổng thống Trump gặp Ngoại trưởng Nga Lavrov tại Nhà Trắng.',
      [['Sergei Lavrov', ['Ngoại trưởng Nga']], ['Trump', ['Tổng thống']]]],
    // "bin Salman" is a Salman's son; a surname under another post than the full name's stays apart
    ['Quốc vương Salman đã bổ nhiệm Thái tử Mohammed bin Salman. Quốc vương Salman nói.', [['Salman', ['Quốc vương']], ['Mohammed bin Salman', ['Thái tử']]]],
    // the official's name misspelled where the text writes it right more often, untitled
    ['Theo báo, tướng về hưu Mike Flynn được kiểm tra. Ông Flynn nói. Cố vấn an ninh quốc gia Mike Flyn từ chức. Ông Flynn im lặng.',
      [['Mike Flynn', ['Cố vấn an ninh quốc gia']]]],
    ['Phó Đô đốc Mỹ Joseph Aucoin nói tàu hư hại. Phó Đô đốc Josheph Aucoin trả lời họp báo.', [['Joseph Aucoin', []]]],
    // a double surname's dash spaced in a caption, read to its first part: one person, the hyphenated name
    ['Thủ tướng hội kiến Chủ tịch Thượng viện Ankie Broekers – Knol và Chủ tịch Hạ viện Khadija Arib. Thủ tướng hội kiến với Chủ tịch Thượng viện Quốc hội Hà Lan Ankie Broekers-Knol và Chủ tịch Hạ viện Quốc hội Hà Lan Khadija Arib.',
      [['Khadija Arib', ['Chủ tịch Hạ viện Quốc hội Hà Lan']], ['Ankie Broekers-Knol', ['Chủ tịch Thượng viện Quốc hội Hà Lan']]]],
    // (a dash glued before the next words is no double surname)
    ['Việc Tổng thống Mỹ Donald Trump-một người đã từng tuyên bố. Tổng thống Mỹ Donald Trump có kế hoạch gặp.',
      [['Donald Trump-một', ['Tổng thống Mỹ']], ['Donald Trump', ['Tổng thống Mỹ']]]],
    // a post the main pass read short, its fuller form read by this pass before another mention: one title, the fuller
    ['Thủ tướng hội kiến với Chủ tịch Hạ viện Quốc hội Hà Lan Khadija Arib. Chủ tịch Hạ viện Khadija Arib cho rằng.',
      [['Khadija Arib', ['Chủ tịch Hạ viện Quốc hội Hà Lan']]]],
    // (the main pass's body cut off its name first: "Chủ tịch Duma Nga" is no short form of "Chủ tịch Duma Quốc gia Nga")
    ['Chủ tịch nước hội kiến với Chủ tịch Duma Nga Vyacheslav Volodin. Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin khẳng định.',
      [['Vyacheslav Volodin', ['Chủ tịch Duma Nga']]]],
    ['Dylan Howard, người phụ trách nội dung của American Media, công ty mẹ của National Enquirer, nói.',
      [['Dylan Howard', ['người phụ trách nội dung của American Media']]]],
    // a firm's chief economist or strategist holds a post; an economist alone has an occupation
    ['Tuy nhiên, nhà kinh tế trưởng của FTN Financial, Chris Low, nói có cả.', [['Chris Low', ['nhà kinh tế trưởng của FTN Financial']]]],
    ['Chuyên gia kinh tế trưởng Ian Shepherdson thuộc Pantheon Macroeconomics cho biết.', [['Ian Shepherdson', ['Chuyên gia kinh tế trưởng']]]],
    ['Theo chuyên gia kinh tế Ian Shepherdson, lãi suất sẽ tăng.', []],
    ['Chủ tịch Real Madrid cho biết. Chủ tịch Manchester United Joel Glazer nói.', [['Joel Glazer', ['Chủ tịch Manchester United']]]],
    // a caption's photo credit glued to the next caption's name is no part of it
    ['Chiếc xe chỉ còn trơ khung. Ảnh: Reuters Ahmed Mohamud Adow, người phát ngôn Bộ Nội vụ Somalia, cho biết.',
      [['Ahmed Mohamud Adow', ['người phát ngôn Bộ Nội vụ Somalia']]]],
    ['Ảnh: Donald Trump, Tổng thống Mỹ cho biết.', [['Donald Trump', ['Tổng thống Mỹ']]]],
    // (a wire credit before a two-word name, its last word Vietnamese-like or an Arab particle's, and before a full name)
    ['Tên lửa được phóng năm 2015. Ảnh: Sputnik Shi Hong, tổng biên tập tạp chí Shipborne Weapons cho biết.',
      [['Shi Hong', ['tổng biên tập tạp chí Shipborne Weapons']]]],
    ['Người biểu tình ở Cairo (26.5).\nẢnh: Reuters Essam al-Bedaiwi, Thống đốc tỉnh Minya cho biết.',
      [['Essam al-Bedaiwi', ['Thống đốc tỉnh Minya']]]],
    ['Ảnh: Sputnik Boris Nemtsov từng là cựu binh. Ông Nemtsov - cựu phó Thủ tướng Nga - bị bắn.', [['Boris Nemtsov', ['cựu phó Thủ tướng Nga']]]],
    // a bare post joined by "kiêm" before the post read before the name is the holder's too
    ['Phái đoàn Mỹ do Chủ tịch kiêm Giám đốc điều hành hãng ConocoPhilips Ryan Lance đứng đầu.',
      [['Ryan Lance', ['Giám đốc điều hành hãng ConocoPhilips', 'Chủ tịch']]]],
    ['Phó Chủ tịch kiêm Giám đốc Điều hành Google tại Đông Nam Á và Ấn Độ Rajan Anandan cho biết.',
      [['Rajan Anandan', ['Giám đốc Điều hành Google tại Đông Nam Á và Ấn Độ', 'Phó Chủ tịch']]]],
    // not: a kinsman before "kiêm" holds no post
    ['Con rể Trump kiêm cố vấn cấp cao Jared Kushner nói.', [['Jared Kushner', ['cố vấn cấp cao']]]],
    // not: a photographer's name is no wire; the caption's name runs from its first word
    ['Ảnh: Vladimir Putin, Tổng thống Nga cho biết.', [['Vladimir Putin', ['Tổng thống Nga']]]],
    // a movement named by one word is the post's body, not the name's first word
    ['Trong một thông báo, người phát ngôn của Taliban Zabihullah Mujahid cho rằng các tay súng không liên quan.',
      [['Zabihullah Mujahid', ['người phát ngôn của Taliban']]]],
    ['Thủ lĩnh chủ chốt của Taliban Mullah Mudasir đã bị tiêu diệt tại chỗ.', [['Mullah Mudasir', ['Thủ lĩnh chủ chốt của Taliban']]]],
    ['Các tay súng Taliban tấn công thủ đô Kabul.', []],
    // another name a letter apart in a short word is another person
    ['Bộ trưởng Nga Anton Lee và Thứ trưởng Anton Leo ký kết.', [['Anton Lee', ['Bộ trưởng Nga']], ['Anton Leo', ['Thứ trưởng']]]],
    // a first name transliterated otherwise or shortened, same initial, same surname and post: the one written more, its fuller post
    ['Chủ tịch nước tiếp Bộ trưởng Bộ Phát triển Kinh tế Liên bang Nga Maksim Oreshkin. Bộ trưởng Maxim Oreshkin cảm ơn. Ngài Maxim Oreshkin khẳng định.',
      [['Maxim Oreshkin', ['Bộ trưởng Bộ Phát triển Kinh tế Liên bang Nga']]]],
    ['Giám đốc FBI Jim Comey bị sa thải. Giám đốc FBI James Comey nói. Ông James Comey im lặng.', [['James Comey', ['Giám đốc FBI']]]],
    // each written as often: nothing tells the typo, so both stay
    ['Tổng thống George W. Bush nói. Tổng thống Goerge W. Bush cười.', [['George W. Bush', ['Tổng thống']], ['Goerge W. Bush', ['Tổng thống']]]],
    // another first initial, or no shared post: another person
    ['Thứ trưởng Ivanka Trump nói. Tổng thống Donald Trump cười. Ông Donald Trump đi.', [['Ivanka Trump', ['Thứ trưởng']], ['Donald Trump', ['Tổng thống']]]],
    ['Cố vấn Jared Kushner nói. Giám đốc Joshua Kushner đi. Ông Joshua Kushner cười.', [['Jared Kushner', ['Cố vấn']], ['Joshua Kushner', ['Giám đốc']]]],
    // a long name retyped in a caption, two of its words a letter off each
    ['Ngài Mahn Winn Khaing Thann, Chủ tịch Quốc hội Myanmar, đang thăm. Ngài Mahn Winn Khaing Thann nói. Chủ tịch Quốc hội Mahn Win Khaing Than thăm.',
      [['Mahn Winn Khaing Thann', ['Chủ tịch Quốc hội Myanmar']]]],
    // the post written with the state's full form is the same post, kept in full; another body's post is no fuller form of it
    ['Ngài Mahn Winn Khaing Thann, Chủ tịch Quốc hội Myanmar, đang thăm. Ngài Mahn Winn Khaing Thann nói. Ông tiếp Chủ tịch Quốc hội nước Cộng hòa Liên bang Myanmar Mahn Win Khaing Than.',
      [['Mahn Winn Khaing Thann', ['Chủ tịch Quốc hội nước Cộng hòa Liên bang Myanmar']]]],
    ['Ngài Mahn Winn Khaing Thann, Chủ tịch Quốc hội Myanmar, đang thăm. Ngài Mahn Winn Khaing Thann nói. Ông tiếp Chủ tịch Thượng viện Myanmar Mahn Win Khaing Than.',
      [['Mahn Winn Khaing Thann', ['Chủ tịch Quốc hội Myanmar']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(whole(text)).toEqual(expected));
});

describe('a firm between its post and the holder ("CEO Apple Tim Cook")', () => {
  const whole = (text: string) => {
    const ctx = createContext(documentFromText(text));
    const found = extractOfficials(ctx);
    found.push(...findForeignOfficials(ctx, found));
    for (const o of found) {
      for (const m of o.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
      for (const p of o.positions) expect(text.slice(p.span[0], p.span[1])).toBe(p.text);
    }
    return found.map((o) => [o.name, o.positions.map((p) => p.text)]);
  };
  const table: [string, [string, string[]][]][] = [
    ['CEO Apple Tim Cook cho biết hãng sẽ đầu tư. Apple cũng xác nhận.', [['Tim Cook', ['CEO Apple']]]],
    ['Chủ tịch Fed Janet Yellen nói lãi suất sẽ tăng. Fed họp tuần tới.', [['Janet Yellen', ['Chủ tịch Fed']]]],
    // a firm written nowhere else may be a first name: three words stay one name
    ['Chủ tịch Luis Filipe Vieira cho biết đội bóng sẽ mua thêm.', [['Luis Filipe Vieira', ['Chủ tịch']]]],
    // any post: a country, a known one-word body, a brand's capitals, or a word the text writes as a body's elsewhere
    ['Thứ trưởng Bộ ngoại giao Nga Oleg Syromolotov cho biết.', [['Oleg Syromolotov', ['Thứ trưởng Bộ ngoại giao Nga']]]],
    ['Thống đốc BoJ Haruhiko Kuroda cho biết lãi suất giữ nguyên.', [['Haruhiko Kuroda', ['Thống đốc BoJ']]]],
    // the body alone after the same post later names no second person
    ['Thống đốc BoJ Haruhiko Kuroda cho biết. Thống đốc BoJ nói thêm chính sách sẽ giữ.', [['Haruhiko Kuroda', ['Thống đốc BoJ']]]],
    ['phát ngôn viên Kremlin Dmitry Peskov cho biết.', [['Dmitry Peskov', ['phát ngôn viên Kremlin']]]],
    ['Ngân hàng Goldman Sachs có lãi. Cựu chủ tịch Goldman Gary Cohn cho biết.', [['Gary Cohn', ['Cựu chủ tịch Goldman']]]],
    // not an initial, nor a first name the text writes before another surname
    ['Tổng thống John F. Kennedy bị ám sát năm 1963.', [['John F. Kennedy', ['Tổng thống']]]],
    ['Tổng thống Juan Manuel Santos nói. Bộ trưởng Juan Fernando Cristo cũng nói.', [['Juan Manuel Santos', ['Tổng thống']], ['Juan Fernando Cristo', ['Bộ trưởng']]]],
    ['Tổng thống Recep Tayyip Erdogan phát biểu.', [['Recep Tayyip Erdogan', ['Tổng thống']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(whole(text)).toEqual(expected));
});

describe('a common given name second starts the name ("Thủ tướng Cananda Justin Trudeau")', () => {
  const table: [string, [string, string[]][]][] = [
    // a firm or a misspelt country the text writes nowhere else
    ['Có mặt tại buổi gặp có CEO Apple Tim Cook và nhiều doanh nhân.', [['Tim Cook', ['CEO Apple']]]],
    ['Dự hội nghị có Thủ tướng Cananda Justin Trudeau và nhiều nguyên thủ.', [['Justin Trudeau', ['Thủ tướng Cananda']]]],
    ['Thị trưởng Huamelula Victor Aguilar đã tổ chức lễ cưới.', [['Victor Aguilar', ['Thị trưởng Huamelula']]]],
    // a body of two words when two name words still follow
    ['Giải thưởng trao cho Chủ tịch Hatch Beauty Christie Hefner năm nay.', [['Christie Hefner', ['Chủ tịch Hatch Beauty']]]],
    ['Tổng thống Luiz Inácio Lula da Silva phát biểu.', [['Luiz Inácio Lula da Silva', ['Tổng thống']]]],
    // an official the foreign pass reads itself
    ['Tên chính thức được Tổng Thư ký điện Elysee Alexis Kohler công bố.', [['Alexis Kohler', ['Tổng Thư ký điện Elysee']]]],
    // two given names: both common, or the first not a plain word after a post
    ['Tổng thống Juan Carlos Varela phát biểu.', [['Juan Carlos Varela', ['Tổng thống']]]],
    ['Chủ tịch Josep Maria Bartomeu cho biết.', [['Josep Maria Bartomeu', ['Chủ tịch']]]],
    // not a given name second (Arabic and Khmer name parts are left out)
    ['Phó thủ lĩnh Abu Ali al-Anbari bị tiêu diệt.', [['Abu Ali al-Anbari', ['Phó thủ lĩnh']]]],
    ['Tổng thống Recep Tayyip Erdogan phát biểu.', [['Recep Tayyip Erdogan', ['Tổng thống']]]],
    // round 42: given names from sport, business and politics abroad (a club's or a firm's name before them)
    ['Chủ tịch Atletico Madrid Enrique Cerezo cho biết đội bóng sẽ không bán cầu thủ.', [['Enrique Cerezo', ['Chủ tịch Atletico Madrid']]]],
    ['Theo Phó Chủ tịch Google Cloud Diane Greene, công ty sẽ mở rộng.', [['Diane Greene', ['Phó Chủ tịch Google Cloud']]]],
    ['Thủ hiến Bang Hessen Volker Bouffier đã tới dự.', [['Volker Bouffier', ['Thủ hiến Bang Hessen']]]],
    // (a double given name stays whole: its first word is listed too)
    ['Hôm qua, cựu Chủ tịch Hạ viện Henrique Eduardo Alves bị bắt.', [['Henrique Eduardo Alves', ['cựu Chủ tịch Hạ viện']]]],
    ['Tổng thống Andrés Manuel López Obrador phát biểu.', [['Andrés Manuel López Obrador', ['Tổng thống']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
});

describe('a head\'s post naming another official is that official\'s ("ông Comey, Tổng thống Trump nói")', () => {
  const table: [string, [string, string[]][]][] = [
    ['Tổng thống Trump sa thải Giám đốc FBI James Comey. Sau khi sa thải ông Comey, Tổng thống Trump “bóng gió” về băng ghi âm.',
      [['Trump', ['Tổng thống']], ['James Comey', ['Giám đốc FBI']]]],
    // a post of that official's office stays ("người phát ngôn của Tổng thống Trump")
    ['Tổng thống Donald Trump nói. Phát ngôn viên của Tổng thống Trump, bà Sarah Sanders cho biết.',
      [['Donald Trump', ['Tổng thống']], ['Sarah Sanders', ['Phát ngôn viên của Tổng thống Trump']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
});

describe('initials opening a foreign name are part of it', () => {
  const table: [string, [string, string[]][]][] = [
    ['Cố vấn an ninh quốc gia Mỹ H. R. McMaster cho biết như vậy.', [['H. R. McMaster', ['Cố vấn an ninh quốc gia Mỹ']]]],
    ['Cố vấn an ninh quốc gia Mỹ H.R McMaster cho biết như vậy.', [['H.R McMaster', ['Cố vấn an ninh quốc gia Mỹ']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a relative clause naming the post in apposition ("X – người sau này làm Bộ trưởng ...")', () => {
  const table: [string, [string, string[]][]][] = [
    ['Năm 2006, ông Ashton Carter – người sau này làm Bộ trưởng Quốc phòng dưới thời Barack Obama đã kêu gọi.', [['Ashton Carter', ['Bộ trưởng Quốc phòng']]]],
    // "làm việc" is work, no post
    ['Richard Nephew, người từng làm việc trong Bộ Ngoại giao Mỹ, cho biết.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a post after a name and its comma that has its own holder is no apposition', () => {
  const table: [string, [string, string[]][]][] = [
    ['Theo William Fallon, nhà lãnh đạo Triều Tiên Kim Jong-un giấu tên lửa trong công sự.', [['Kim Jong-un', ['nhà lãnh đạo Triều Tiên']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a foreign surname after a firm\'s post, its full name written elsewhere', () => {
  const whole = (text: string) => {
    const ctx = createContext(documentFromText(text));
    const found = extractOfficials(ctx);
    found.push(...findForeignOfficials(ctx, found));
    for (const o of found) for (const m of o.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    return found.map((o) => [o.name, o.positions.map((p) => p.text)]);
  };
  const table: [string, [string, string[]][]][] = [
    ['Nói về việc này, Chủ tịch Perez cho biết đó là lựa chọn đúng. Florentino Perez đã chi nhiều tiền.', [['Florentino Perez', ['Chủ tịch']]]],
    ['Sau khi chủ tịch Abramovich liên tục thành công. Chelsea được mua bởi Roman Abramovich năm 2003.', [['Roman Abramovich', ['chủ tịch']]]],
    // the post joins the official already read by that full name
    ['Giám đốc FBI James Comey bị sa thải. Giám đốc Comey nói ông bất ngờ.', [['James Comey', ['Giám đốc FBI']]]],
    // a post and name read after the surname do not hide it
    ['Ông James Comey bị sa thải. Giám đốc Comey nói ông bất ngờ. Cùng lúc này, CEO Travis Kalanick tạm vắng mặt.', [['Travis Kalanick', ['CEO']], ['James Comey', ['Giám đốc']]]],
    // no full name written: a president's surname stands alone as the name
    ['Chủ tịch Bartomeu cho biết đội sẽ mua thêm. Chủ tịch Bartomeu cũng muốn thế.', [['Bartomeu', ['Chủ tịch']]]],
    ['Nhưng phó chủ tịch Mestre tức tốc bay sang Miami.', [['Mestre', ['phó chủ tịch']]]],
    // not after other firm posts, which name the firm far more often ("CEO Uber", "Giám đốc Tesla")
    ['Vì sao CEO Uber vội vàng rút khỏi Ban cố vấn.', []],
    // nor a firm's coined name, a body written by one word, a brand's inner capital, a club written as a place
    ['Chủ tịch Vinatex cho biết doanh thu tăng.', []],
    ['Chủ tịch Sacombank cho biết sẽ tăng vốn.', []],
    ['Chủ tịch Fed cho biết lãi suất sẽ tăng.', []],
    ['Chủ tịch HoREA cho biết thị trường ấm lên.', []],
    ['Phó Chủ tịch Marketing cho biết.', []],
    ['Kane muốn sang Tottenham. Chủ tịch Tottenham hét giá 200 triệu bảng.', []],
    // nor after a name and its comma: the post is that name's, the word after it its body
    ['Eric Schmidt, Chủ tịch Alphabet bày tỏ thông tin.', [['Eric Schmidt', ['Chủ tịch Alphabet']]]],
    // a firm's name the text also writes after "hãng" or before "Motor"
    ['Phó chủ tịch Toyota cho biết. Mẫu xe Adventure Toyota được bán. Hãng Toyota cũng vậy.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(whole(text)).toEqual(expected));
});

describe('a post, a comma, the name, then the day of the statement and its verb', () => {
  const table: [string, [string, string[]][]][] = [
    ['Người phát ngôn của Chính phủ Đức, Steffen Seibert ngày 16/6 cho biết Thủ tướng sẽ đi.', [['Steffen Seibert', ['Người phát ngôn của Chính phủ Đức']]]],
    ['Tuy nhiên, Ngoại trưởng Qatar, Mohammed bin Abdulrahman al-Thani hôm 19.6 cho biết nước này sẽ không đàm phán.',
      [['Mohammed bin Abdulrahman al-Thani', ['Ngoại trưởng Qatar']]]],
    // a day then no verb of speech: the name may open a clause of its own
    ['Người phát ngôn của Chính phủ Đức, Steffen Seibert ngày 16/6 đến Paris.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a word with a digit is a model\'s name, no person\'s', () => {
  const table: [string, [string, string[]][]][] = [
    ['Chiếc xe chở Tổng thống Nga là Mercedes-Benz S600 Guard Pullman được bọc thép.', []],
    ['Chủ tịch đương nhiệm của nhóm nước G7 Angelino Alfano đã lên tiếng.', [['Angelino Alfano', ['Chủ tịch đương nhiệm của nhóm nước G7']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a verb-like post written lower case, then its holder set off after "ông"/"bà"', () => {
  const table: [string, [string, string[]][]][] = [
    ['Đây là nhận định vừa được đại diện thường trực của Nga tại EU – ông Vladimir Chizhov đưa ra.', [['Vladimir Chizhov', ['đại diện thường trực của Nga tại EU']]]],
    ['Tuyên bố này được đưa ra bởi phó chỉ huy quân đội nước cộng hòa Donetsk, ông Eduard Basurin cho biết.', [['Eduard Basurin', ['phó chỉ huy quân đội nước cộng hòa Donetsk']]]],
    // after "khi" with no subject, the name after the comma is the verb's subject: the leader either way
    ['Khi lãnh đạo Triều Tiên, ông Kim Jong Un tuyên bố phóng thành công tên lửa.', [['Kim Jong Un', ['lãnh đạo Triều Tiên']]]],
    // another post read first keeps the whole title
    ['Giám đốc phụ trách khu vực Bắc Âu của hãng Apple, ông Erik Stannow cho biết.', [['Erik Stannow', ['Giám đốc phụ trách khu vực Bắc Âu của hãng Apple']]]],
    // after a tense word or a subject it is the verb
    ['Ông sẽ chỉ huy chiến dịch, ông Jim Mattis nói.', []],
    ['Ông Kim lãnh đạo Triều Tiên, ông Donald Trump nói vậy.', []],
    ['Người đại diện hình ảnh của Griezmann, ông Sebastien Bellencontre xác nhận.', []],
    ['Ông Juan tham gia chiến đấu và phụ trách việc phong tỏa khu vực, ông Rodion Shovkoshitny cho biết.', []],
    // not set off: the lower-case word stays a verb
    ['Ông đại diện cho Samsung ông Tong Wang ký.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a post, a comma, then a name that ends its sentence or runs into "cũng như"', () => {
  const table: [string, [string, string[]][]][] = [
    ['Ông bị chỉ trích vì đã sa thải giám đốc FBI, James Comey cũng như vì báo giới nghi ngờ.', [['James Comey', ['giám đốc FBI']]]],
    ['Trước đó ông đã gặp cựu Chủ tịch chiến dịch tranh cử của ông Trump, Paul Manafort. Sau đó ông đi.',
      [['Paul Manafort', ['cựu Chủ tịch chiến dịch tranh cử của ông Trump']]]],
    ['Cảng đang hoạt động hết công suất, theo giám đốc cảng, Abdelaziz Nasser Al-Yafei.', [['Abdelaziz Nasser Al-Yafei', ['giám đốc cảng']]]],
    // a verb after the name opens its own clause: the post is another's
    ['Ông đã gặp Thủ tướng Anh, Boris Johnson nói với báo chí.', []],
    // the holder's kin, after "của"
    ['Cô muốn giống cô con gái của tổng thống Mỹ - Ivanka Trump. Taylor cho biết.', []],
    ['Cô muốn giống con gái của Tổng thống Mỹ, Ivanka Trump.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('a transcribed name and its original in brackets ("Đô-nan Trăm (Donald Trump)")', () => {
  const whole = (text: string) => {
    const ctx = createContext(documentFromText(text));
    const found = extractOfficials(ctx);
    found.push(...findForeignOfficials(ctx, found));
    for (const o of found) for (const m of o.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    return found.map((o) => [o.name, o.mentions.map((m) => m.text)]);
  };
  const table: [string, [string, string[]][]][] = [
    ['Tổng thống Mỹ Đô-nan Trăm (Donald Trump) cho biết sẽ đến thăm.', [['Donald Trump', ['Đô-nan Trăm', 'Donald Trump']]]],
    ['Bộ trưởng Tư pháp Mỹ Giép Xét-xừn (Jeff Sessions) cho biết sẽ điều tra.', [['Jeff Sessions', ['Giép Xét-xừn', 'Jeff Sessions']]]],
    // an initial glued by its dot: the transcription is a name
    ['Tổng thống Pháp Ê.Ma-crông (Emmanuel Macron) đã tiếp khách.', [['Emmanuel Macron', ['Ê.Ma-crông', 'Emmanuel Macron']]]],
    ['Tổng thống Pháp tiếp Tổng thống Nga V.Pu-tin tại Paris.', [['V.Pu-tin', ['V.Pu-tin']]]],
    ['Ông tiếp Thủ tướng Đức A. Méc-ken (Angela Merkel) tại Berlin.', [['Angela Merkel', ['A. Méc-ken', 'Angela Merkel']]]],
    // a bracket that is a place, or one Latin word, is no original of the name
    ['Tổng thống Mỹ Đô-nan Trăm (Nam Phi) cho biết.', [['Đô-nan Trăm', ['Đô-nan Trăm']]]],
    ['Tổng thống Mỹ Đô-nan Trăm (Mỹ) cho biết.', [['Đô-nan Trăm', ['Đô-nan Trăm']]]],
    // a name already in Latin letters keeps its name: the bracket explains something else
    ['Giám đốc FBI James Comey (Cục Điều tra Liên bang) bị sa thải.', [['James Comey', ['James Comey']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(whole(text)).toEqual(expected));
});

describe('a Vietnamese or Sino-Vietnamese name keeps its own spelling before a bracket', () => {
  const names = (text: string) => {
    const ctx = createContext(documentFromText(text));
    const found = extractOfficials(ctx);
    found.push(...findForeignOfficials(ctx, found));
    return found.map((o) => o.name);
  };
  const table: [string, string[]][] = [
    ['Chủ tịch Trung Quốc Tập Cận Bình (Xi Jinping) đã tới Bắc Kinh.', ['Tập Cận Bình']],
    ['Đại biểu Trương Trọng Nghĩa (TP HCM) phát biểu tại hội trường.', ['Trương Trọng Nghĩa']],
  ];
  it.each(table)('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('a firm read as a post holder by the main pass', () => {
  const table: [string, [string, string[]][]][] = [
    ['Ông Nguyễn Văn An, Chủ tịch China Zhongwang Holdings cho biết.', [['Nguyễn Văn An', ['Chủ tịch China Zhongwang Holdings']]]],
    ['Chủ tịch China Zhongwang Holdings nói.', []],
    // (a surname that is also a firm's word stays a person)
    ['Bộ trưởng Tư pháp Loretta Lynch nói.', [['Loretta Lynch', ['Bộ trưởng Tư pháp']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
});

describe('a generation written after the name', () => {
  const table: [string, [string, string[]][]][] = [
    ['Dưới thời ông Bush, giám đốc FBI Robert S. Mueller III từng đe dọa từ chức.', [['Robert S. Mueller III', ['giám đốc FBI']]]],
    ['Tổng thống Philippines Benigno Aquino III nói.', [['Benigno Aquino III', ['Tổng thống Philippines']]]],
    // (only a whole word: not the front of a code)
    ['Tổng thống Mỹ Barack Obama II2 nói.', [['Barack Obama', ['Tổng thống Mỹ']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
  it('extends the mention with it', () => {
    const text = 'Hạ nghị sỹ Joseph P. Kennedy III nói.';
    const [o] = bothPasses(text);
    expect(o.mentions.map((m) => [m.text, text.slice(m.span[0], m.span[1])])).toEqual([['Joseph P. Kennedy III', 'Joseph P. Kennedy III']]);
  });
});

// Foreign and international bodies read from src/lexicon/foreign-bodies.ts by agencies' addForeignBodies hook.
describe('foreign bodies with no head word of their own (agencies)', () => {
  const agencyNames = (text: string) => extractAgencies(createContext(documentFromText(text))).map((a) => a.name);
  const table: [string, string[]][] = [
    ['Mỹ muốn rút lực lượng gìn giữ hòa bình của Liên minh châu Phi (AU) ra khỏi Somalia.', ['Liên minh châu Phi']],
    ['Ngày 2/6, Đại hội đồng Liên hợp quốc đã tiến hành bỏ phiếu bầu 6 thẩm phán.', ['Đại hội đồng Liên hợp quốc', 'Liên hợp quốc']],
    // (one body written short and in full: one entity)
    ['Đại hội đồng Liên Hợp Quốc họp hôm qua. Chủ tịch Đại hội đồng LHQ Peter Thomson phát biểu.', ['Đại hội đồng Liên Hợp Quốc', 'Liên Hợp Quốc']],
    // the Eurasian Economic Union in sentence case too, one body with its title-case form read by its head; the CIS
    ['Hiệp định thương mại tự do giữa Việt Nam và Liên minh kinh tế Á - Âu đã có hiệu lực.', ['Liên minh kinh tế Á - Âu']],
    ['Liên minh Kinh tế Á-Âu (EAEU) ra đời năm 2015. Việt Nam ký hiệp định với Liên minh kinh tế Á - Âu.', ['Liên minh kinh tế Á - Âu']],
    ['Belarus là đối tác quan trọng của Việt Nam trong Cộng đồng các Quốc gia Độc lập.', ['Cộng đồng các Quốc gia Độc lập']],
    // a seat of power acting, or in a post, is the government it stands for
    ['Nhà Xanh cho biết ông Song Young-moo là người phù hợp nhất.', ['Nhà Xanh']],
    ['Tuy nhiên, hành động của Nhà Xanh lại làm khó đồng minh Washington.', ['Nhà Xanh']],
    // not: the building (where something happens, its master, a residence), an event or a session of the body
    ['Bà cũng sẽ bị thẩm vấn vào cuối tuần này tại Nhà Xanh, trợ lý của bà cho biết.', []],
    ['Ông Moon Jae-in sẽ trở thành chủ nhân mới của Nhà Xanh trong tuần tới.', []],
    ['Sau bê bối, Nhà Xanh vừa đón chủ nhân mới là ông Moon.', []],
    ['Ở Hàn Quốc, Nhà Xanh - nơi ở chính thức của Tổng thống - có hầm trú ẩn.', []],
    ['Hội nghị thượng đỉnh Liên minh châu Phi khai mạc hôm qua.', []],
    ['Các quốc gia đã thông qua mục tiêu tại phiên họp Đại hội đồng Liên hợp quốc vào tháng 9/2015.', ['Liên hợp quốc']],
    // (a name that only contains the body's letters is no mention of it)
    ['Khu Nhà Xanhh mới mở cửa đón khách.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(agencyNames(text)).toEqual(expected));
});

describe('a post with its remit ("về các vấn đề ...", "phụ trách chính sách ...") then the name', () => {
  const table: [string, [string, string[]][]][] = [
    ['Trợ lý Ngoại trưởng Jordan về các vấn đề chính trị, ông Nawaf Uasfi Tel cho biết.', [['Nawaf Uasfi Tel', ['Trợ lý Ngoại trưởng Jordan về các vấn đề chính trị']]]],
    ['Đại diện cấp cao về chính sách an ninh và đối ngoại Federica Mogherini cho biết.', [['Federica Mogherini', ['Đại diện cấp cao về chính sách an ninh và đối ngoại']]]],
    ['Thứ trưởng Ngoại giao phụ trách các vấn đề chính trị Thomas Shannon cho biết.', [['Thomas Shannon', ['Thứ trưởng Ngoại giao phụ trách các vấn đề chính trị']]]],
    // (the remit's words do not count against the reach for the post before it; after a body the title ends with the body,
    // as the golds write it, while an envoy keeps his: "Đặc phái viên ... về vấn đề Syria")
    ['Trên Twitter, Đại diện cấp cao Liên minh châu Âu (EU) phụ trách chính sách an ninh và đối ngoại Federica Mogherini đã hoan nghênh.',
      [['Federica Mogherini', ['Đại diện cấp cao Liên minh châu Âu']]]],
    // the name set off after the holder of the inner post holds the outer one; the holder run on keeps the inner post
    ['Tại Tehran, cố vấn cấp cao về các vấn đề quốc tế của lãnh tụ tinh thần Iran Ali Khamenei, ông Ali Akbar Velayati cho hay.',
      [['Ali Khamenei', ['lãnh tụ tinh thần Iran']], ['Ali Akbar Velayati', ['cố vấn cấp cao về các vấn đề quốc tế của lãnh tụ tinh thần Iran']]]],
    ['Theo cố vấn cấp cao về các vấn đề quốc tế của lãnh tụ tinh thần Iran Ali Khamenei, Iran sẽ đáp trả.', [['Ali Khamenei', ['lãnh tụ tinh thần Iran']]]],
    // not a remit: "về" as a verb, and a plural of holders
    ['Tổng thống về nước sau chuyến thăm dài ngày ở châu Âu, ông Donald Trump nói.', []],
    ['Các Bộ trưởng về các nước Kuwait, Saudi Arabia, ông Adel Jubeir cho biết.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
});

describe('a chief strategist ("Chiến lược gia trưởng"), a post of a head of state or a firm', () => {
  const table: [string, [string, string[]][]][] = [
    ['Danh sách gồm có Chiến lược gia trưởng Steve Bannon và nhiều người khác.', [['Steve Bannon', ['Chiến lược gia trưởng']]]],
    ['Theo chiến lược gia trưởng của Nhà Trắng Stephen Bannon, chính sách sẽ thay đổi.', [['Stephen Bannon', ['chiến lược gia trưởng của Nhà Trắng']]]],
    // (no holder across a predicate)
    ['Chiến lược gia trưởng thích nhìn thấy những con số, Michael Hewson nói.', []],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
});

describe('a person told by an honorific at the end of a title is no body of the post', () => {
  const table: [string, [string, string[]][]][] = [
    ['Ông Steffen Seibert, người phát ngôn của bà Merkel, cho biết.', [['Steffen Seibert', ['người phát ngôn']]]],
    ['Ông Lê Văn Minh, Chủ tịch HĐQT ngân hàng thay ông Minh, cho biết.', [['Lê Văn Minh', ['Chủ tịch HĐQT ngân hàng']]]],
    // (the holder stays an official though the post stands bare)
    ['Trang tin nằm dưới sự điều hành của Steve Bannon, cố vấn cao cấp của ông Trump và trang Drudge Report.', [['Steve Bannon', ['cố vấn cao cấp']]]],
    ['Người phát ngôn của ông Trump, Sean Spicer nói.', [['Sean Spicer', ['Người phát ngôn']]]],
    // (not a body's owner)
    ['Ông Paul Manafort, cựu Chủ tịch chiến dịch tranh cử của ông Trump, đã bị truy tố.', [['Paul Manafort', ['cựu Chủ tịch chiến dịch tranh cử của ông Trump']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('a name written once with one mark slipped is the person written more often', () => {
  const table: [string, [string, string[]][]][] = [
    ['Phó Thủ tướng Phạm Bình Minh cho biết. Phó Thủ tướng Phạm Binh Minh nói thêm. Ông Phạm Bình Minh cũng đề nghị.',
      [['Phạm Bình Minh', ['Phó Thủ tướng']]]],
    ['Thủ tướng Nguyễn Xuân Phúc chủ trì. Thủ tướng Nguyên Xuân Phúc yêu cầu. Thủ tướng Nguyễn Xuân Phúc nói.',
      [['Nguyễn Xuân Phúc', ['Thủ tướng']]]],
    // not: two posts with different heads are two people; a tie in how often each is written leaves both
    ['Phó Chủ tịch Hiệp hội Nguyễn Hữu Tâm cho biết, Chủ tịch UBND xã Nguyễn Hữu Tầm nói.',
      [['Nguyễn Hữu Tâm', ['Phó Chủ tịch Hiệp hội']], ['Nguyễn Hữu Tầm', ['Chủ tịch UBND xã']]]],
    ['Phó Thủ tướng Trịnh Đình Dũng nói. Phó Thủ tướng Trịnh Định Dũng cho biết.',
      [['Trịnh Đình Dũng', ['Phó Thủ tướng']], ['Trịnh Định Dũng', ['Phó Thủ tướng']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('a name written with and without its middle initial is one person, named in full', () => {
  const table: [string, [string, string[]][]][] = [
    ['Thẩm phán Michelle T. Friedland chủ trì. Thẩm phán Michelle Friedland hỏi luật sư.', [['Michelle T. Friedland', ['Thẩm phán']]]],
    // not: two names with different initials ("George H. W. Bush", "George W. Bush")
    ['Cựu Tổng thống George H. W. Bush và con trai, cựu Tổng thống George W. Bush, dự lễ.',
      [['George H. W. Bush', ['Cựu Tổng thống']], ['George W. Bush', ['cựu Tổng thống']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('a country in a short or adjectival form between the post and the name belongs to the post', () => {
  const table: [string, [string, string[]][]][] = [
    ['Ngoại trưởng Saudi Adel al-Jubeir nói.', [['Adel al-Jubeir', ['Ngoại trưởng Saudi']]]],
    ['Thủ tướng Israeli Benjamin Netanyahu nói.', [['Benjamin Netanyahu', ['Thủ tướng Israeli']]]],
    ['Quốc vương A-rập Xê-út Abdullah qua đời năm 2015.', [['Abdullah', ['Quốc vương A-rập Xê-út']]]],
    // not: the country's full name was never read into the name; the country alone after the post is no one
    ['Ngoại trưởng Ả Rập Saudi Adel al-Jubeir nói.', [['Adel al-Jubeir', ['Ngoại trưởng Ả Rập Saudi']]]],
    ['Quốc vương Saudi Salman bin Abdulaziz Al Saud đã ra tận sân bay. Sau đó, Quốc vương Saudi đã cùng khách dùng trà.',
      [['Salman bin Abdulaziz Al Saud', ['Quốc vương Saudi']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('"Cho" before a romanised Korean given name is the family name, not the preposition', () => {
  const table: [string, [string, string[]][]][] = [
    ['Người phát ngôn Bộ Ngoại giao Hàn Quốc Cho June-hyuck cho biết.', [['Cho June-hyuck', ['Người phát ngôn Bộ Ngoại giao Hàn Quốc']]]],
    ['Bộ trưởng Bộ Thống nhất Hàn Quốc Cho Myoung-gyon kêu gọi đối thoại.', [['Cho Myoung-gyon', ['Bộ trưởng Bộ Thống nhất Hàn Quốc']]]],
    ['Ông Cho Bong-hyun, trưởng bộ phận nghiên cứu kinh tế, nói.', [['Cho Bong-hyun', ['trưởng bộ phận nghiên cứu kinh tế']]]],
    // not: the preposition before a player's name, with no post
    ['Đội bóng dành lời khen cho tiền đạo trẻ. Anh chuyền bóng Cho Young-wook ghi bàn.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('a name ending in "Quốc" right before "gia" is a national body ("Duma Quốc gia"), no person', () => {
  const table: [string, [string, string[]][]][] = [
    ['Nữ Nghị sĩ Duma Quốc gia Natalia Poklonskaya nói.', [['Natalia Poklonskaya', ['Nghị sĩ Duma Quốc gia']]]],
    ['Ông là Giám đốc Vườn Quốc gia Cúc Phương.', []],
    // not: a person named "... Quốc" followed by another word
    ['Giám đốc Sở Y tế Phạm Phú Quốc cho biết.', [['Phạm Phú Quốc', ['Giám đốc Sở Y tế']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('"Sheikh" and a given name alone is the short form of the one full name written from them', () => {
  // ("Sheikh", like "Ayatollah", is an honorific: no part of the name, as the guideline has it for "ông", "bà")
  const table: [string, [string, string[]][]][] = [
    ['Ngoại trưởng Qatar Sheikh Mohammed bin Abdulrahman al-Thani bác bỏ yêu cầu. Tuy nhiên, Bộ trưởng Sheikh Mohammed vẫn tỏ ra cứng rắn.',
      [['Mohammed bin Abdulrahman al-Thani', ['Ngoại trưởng Qatar', 'Bộ trưởng']]]],
    // not: two full names open with it, so the short form is left as written
    ['Quốc vương Kuwait Sheikh Sabah al-Ahmad Al-Sabah đã đến. Quốc vương Sheikh Sabah Al-Ahmad Al-Jaber phát biểu. Quốc vương Sheikh Sabah nói.',
      [['Sabah al-Ahmad Al-Sabah', ['Quốc vương Kuwait']], ['Sabah Al-Ahmad Al-Jaber', ['Quốc vương']], ['Sabah', ['Quốc vương']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('"Sheikh" is an honorific: the name starts after it, even on a word that is also a place\'s', () => {
  const table: [string, [string, string[]][]][] = [
    ['Bài báo trích lời Quốc vương Sheikh Tamim bin Hamad Al Thani chỉ trích Tổng thống Mỹ.', [['Tamim bin Hamad Al Thani', ['Quốc vương']]]],
    // "Sabah" is also a Malaysian state: after the honorific it is the given name, not the post's place
    ['Quốc vương Kuwait Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah đã kêu gọi các bên kiềm chế.', [['Sabah Al-Ahmad Al-Jaber Al-Sabah', ['Quốc vương Kuwait']]]],
    ['Theo nhà lãnh đạo Kuwait Sheikh Sabah Al Ahmad, cuộc khủng hoảng sẽ được giải quyết.', [['Sabah Al Ahmad', ['nhà lãnh đạo Kuwait']]]],
    // one given name after it is the holder too
    ['Chủ tịch Sheikh Mansour cho biết đội bóng sẽ mua thêm cầu thủ.', [['Mansour', ['Chủ tịch']]]],
    ['Quốc vương Sheik Hamad bin Khalifa al Thani thoái vị năm 2013.', [['Hamad bin Khalifa al Thani', ['Quốc vương']]]],
    // not: with no honorific before it the state is the post's place
    ['Thủ hiến bang Sabah Musa Aman cho biết.', [['Musa Aman', ['Thủ hiến bang Sabah']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe("a remit after the post's body is no part of the title; an assistant's or envoy's remit stays", () => {
  const table: [string, [string, string[]][]][] = [
    ['Phó Chủ tịch Phòng Thương mại Mỹ phụ trách các vấn đề quốc tế Myron Brilliant tái khẳng định cam kết.',
      [['Myron Brilliant', ['Phó Chủ tịch Phòng Thương mại Mỹ']]]],
    ['Đại diện cấp cao Liên minh châu Âu (EU) phụ trách chính sách an ninh và đối ngoại Federica Mogherini đã hoan nghênh.',
      [['Federica Mogherini', ['Đại diện cấp cao Liên minh châu Âu']]]],
    // (no body before the remit, or an assistant's: the remit is the post)
    ['Bộ trưởng phụ trách Brexit của Anh David Davis cho biết.', [['David Davis', ['Bộ trưởng phụ trách Brexit của Anh']]]],
    ['Quyền Trợ lý Ngoại trưởng Mỹ phụ trách Đông Á Susan Thornton ngày 19/6 tuyên bố.', [['Susan Thornton', ['Quyền Trợ lý Ngoại trưởng Mỹ phụ trách Đông Á']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('warm-up before a long run', () => {
  // The warm-up only trains V8 on rare branches: it reuses the token pool and the per-document sets, so a document
  // read before it is read again.
  it('leaves the officials read from a document unchanged, the same context asked again', () => {
    const ctx = createContext(documentFromText('Tàu sân bay Đô đốc Kuznetsov rời cảng. Ngoại trưởng Mỹ Rex Tillerson, ông Nguyễn Văn An - Giám đốc Sở Y tế tỉnh Hà Tĩnh cho biết.'));
    const read = () => {
      const found = extractOfficials(ctx);
      found.push(...findForeignOfficials(ctx, found));
      return found.map((o) => [o.name, o.positions.map((p) => p.text), o.mentions.map((m) => m.span)]);
    };
    const before = read();
    warmUpOfficials();
    expect(read()).toEqual(before);
    expect(before.map(([name]) => name)).toEqual(['Rex Tillerson', 'Nguyễn Văn An']);
  });
});

describe('an Arabic name after a post runs from the given name before its first "bin"', () => {
  const table: [string, [string, string[]][]][] = [
    ['Ông gặp Thái tử Mohammed bin Salman Al Saud hôm qua.', [['Mohammed bin Salman Al Saud', ['Thái tử']]]],
    ['Nổi tiếng nhất là thái tử Sheikh Khalid bin Hamad Al Thani, con trai của vua Qatar.', [['Khalid bin Hamad Al Thani', ['thái tử']]]],
    // the country before the name stays the post's
    ['Thái tử Saudi Mohammed bin Salman Al Saud nói.', [['Mohammed bin Salman Al Saud', ['Thái tử Saudi']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('a common given name right after a bare body type opens the holder ("chủ tịch CLB Andrea Agnelli")', () => {
  const table: [string, [string, string[]][]][] = [
    ['Hậu vệ Dani Alves tiết lộ rằng chủ tịch CLB Andrea Agnelli đã hứa sẽ tặng xe.', [['Andrea Agnelli', ['chủ tịch CLB']]]],
    ['Người phát ngôn của hãng Jerry Huang cho biết từ nay hãng sẽ xin phép.', [['Jerry Huang', ['Người phát ngôn của hãng']]]],
    // the club named before the given name stays the post's body; a first word no given name is the club's
    ['Bà chủ tịch CLB Valencia Amy Lim Hoon nói. Cầu thủ khoác áo Valencia.', [['Amy Lim Hoon', ['chủ tịch CLB Valencia']]]],
    ['Giám đốc công ty vệ sĩ tư nhân Zhongzhou Tewei nói rằng nhu cầu tăng.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('a given name after a school or company type is its namesake, not a holder', () => {
  const table: [string, [string, string[]][]][] = [
    ['Đại diện công ty Oliver Design nói: “Chúng tôi đã thiết kế”.', []],
    ['Hiệu trưởng tại ngôi trường Peter Parker đang theo học là cháu nội của ông.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('"Emir" before "Sheikh" is the ruler\'s style, no part of the post or the name', () => {
  const table: [string, [string, string[]][]][] = [
    ['Các nhà lãnh đạo Saudi quở trách Thái tử Qatar Emir Sheikh Tamim bin Hamad Al Thani trong một cuộc gặp.', [['Tamim bin Hamad Al Thani', ['Thái tử Qatar']]]],
    ['Quốc vương Qatar Emir Sheikh Tamim bin Hamad Al-Thani cho biết.', [['Tamim bin Hamad Al-Thani', ['Quốc vương Qatar']]]],
    // not: "Emir" alone is a given name
    ['Thủ tướng Bosnia Emir Suljagic cho biết.', [['Emir Suljagic', ['Thủ tướng Bosnia']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('a co-post in apposition after a foreign name (đồng giám đốc, đồng chỉ huy)', () => {
  const table: [string, [string, string[]][]][] = [
    ['Tên lửa khó dự đoán hơn. Theo James Action, đồng giám đốc Chương trình chính sách hạt nhân tại Carnegie Endowment for International Peace cho biết.',
      [['James Action', ['đồng giám đốc Chương trình chính sách hạt nhân tại Carnegie Endowment for International Peace']]]],
    ['Ông Omarkhayam Maute - đồng chỉ huy của nhóm chiến binh Maute - đã trốn khỏi Marawi.', [['Omarkhayam Maute', ['đồng chỉ huy của nhóm chiến binh Maute']]]],
    // not: "đồng" as a verb before a post ("đồng tình") opens no co-post
    ['Ông Omarkhayam Maute đồng tình với chỉ huy của nhóm chiến binh.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('titcut: a post in apposition cut at "và" takes a second lower-case field and the owner of both after "của"', () => {
  const table: [string, [string, string[]][]][] = [
    ['Hãng tin TASS dẫn lời ông Viktor Kladov, Giám đốc phụ trách hợp tác quốc tế và chính sách khu vực của tập đoàn Rostec cho biết.',
      [['Viktor Kladov', ['Giám đốc phụ trách hợp tác quốc tế và chính sách khu vực của tập đoàn Rostec']]]],
    ['Sự khác biệt? Mehran Kamrava, giám đốc trung tâm nghiên cứu quốc tế và khu vực của Đại học Georgetown ở Qatar, nhận định.',
      [['Mehran Kamrava', ['giám đốc trung tâm nghiên cứu quốc tế và khu vực của Đại học Georgetown ở Qatar']]]],
    ['Ông Chang Chang-lin, Chủ tịch bộ phận sản phẩm điện thoại thông minh và bộ phận kết nối của HTC chia sẻ.',
      [['Chang Chang-lin', ['Chủ tịch bộ phận sản phẩm điện thoại thông minh và bộ phận kết nối của HTC']]]],
    // not: "và" opens another party ("là", a plural) or joins a second post to a bare one
    ['Ông Emil Michael, Giám đốc phụ trách kinh doanh và là cánh tay phải của CEO Uber cho biết.', [['Emil Michael', ['Giám đốc phụ trách kinh doanh']]]],
    ['Ông Terry Myerson, phó chủ tịch điều hành mảng Windows và các thiết bị của Microsoft cho biết.', [['Terry Myerson', ['phó chủ tịch điều hành mảng Windows']]]],
    ['Ông Ye Peijian, tổng giám đốc và kĩ sư trưởng của chương trình khám phá Mặt trăng tại Trung Quốc, nói rằng.', [['Ye Peijian', ['tổng giám đốc']]]],
    // not: no owner named after "của", or the clause goes on after it
    ['Bà Pawina Hongsakun – chủ tịch quỹ vì trẻ em và phụ nữ của mình về việc giúp tìm kiếm.', [['Pawina Hongsakun', ['chủ tịch quỹ vì trẻ em']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('offrec r38: a foreign name described after a comma ("một <post>", "<description> và là <post>"), a post before "ông" after its body, a party named in Vietnamese', () => {
  const table: [string, [string, string[]][]][] = [
    // "một" describes the name before it wherever the name stands; a verb-like post after it is a noun
    ['Lực lượng an ninh lùng soát nơi lẩn trốn của Isnilon Hapilon, một thủ lĩnh của nhóm Abu Sayyaf.', [['Isnilon Hapilon', ['thủ lĩnh của nhóm Abu Sayyaf']]]],
    ['Quân đội tiến hành truy quét Isnilon Hapilon, một chỉ huy của nhóm nổi dậy Abu Sayyaf và được cho là thủ lĩnh.', [['Isnilon Hapilon', ['chỉ huy của nhóm nổi dậy Abu Sayyaf']]]],
    ['Vụ việc cho thấy sự trỗi dậy của Isnilon Hapilon, một lãnh đạo lâu năm của Abu Sayyaf. Năm ngoái, hắn bỏ trốn.', [['Isnilon Hapilon', ['lãnh đạo lâu năm của Abu Sayyaf']]]],
    // the description's post ends before its principal's post and before a trailing description
    ['Cuộc gọi đến Michael Flynn, một cố vấn an ninh quốc gia không am hiểu nhiều về kinh tế.', [['Michael Flynn', ['cố vấn an ninh quốc gia']]]],
    ['Trong số đó có Sa\'ad al-Qosaibi, một chỉ huy cấp cao của IS người gốc Saudi Arabia.', [['Sa\'ad al-Qosaibi', ['chỉ huy cấp cao của IS']]]],
    ['Kyaw Kyaw Htey, một quan chức hàng không dân dụng tại sân bay Myeik, cho biết.', [['Kyaw Kyaw Htey', ['quan chức hàng không dân dụng tại sân bay Myeik']]]],
    // "và là", "và cũng là" after a description that holds no post
    ['Jared Kushner, con rể và cũng là cố vấn thân cận của Tổng thống Mỹ Donald Trump, đã liên lạc.',
      [['Donald Trump', ['Tổng thống Mỹ']], ['Jared Kushner', ['cố vấn thân cận']]]],
    // readmend: "đồng thời" is two words, read as one of "cũng", "hiện"
    ['Jared Kushner, con rể và đồng thời là cố vấn thân cận của Tổng thống Mỹ Donald Trump, đã liên lạc.',
      [['Donald Trump', ['Tổng thống Mỹ']], ['Jared Kushner', ['cố vấn thân cận']]]],
    ['Tiến sĩ Samuel Lamerson, một giáo sư Tân Ước và là chủ tịch Chủng viện Thần học Knox ở Florida nói với tờ Christian Post.',
      [['Samuel Lamerson', ['chủ tịch Chủng viện Thần học Knox']]]],
    ['Washington Post dẫn lời Chun Yung-woo – nguyên là một nhà đàm phán hạt nhân của Hàn Quốc với Triều Tiên và là cựu cố vấn an ninh quốc gia ở Seoul.',
      [['Chun Yung-woo', ['cựu cố vấn an ninh quốc gia']]]],
    // a second post chained by "và là" after the first
    ['Nơi lẩn trốn của Isnilon Hapilon, một thủ lĩnh của nhóm Abu Sayyaf và là người đứng đầu của IS ở Philippines. Thành phố bị phong tỏa.',
      [['Isnilon Hapilon', ['thủ lĩnh của nhóm Abu Sayyaf', 'người đứng đầu của IS']]]],
    // a two-word name written in full elsewhere takes the middle name
    ['Isnilon Tontoni Hapilon bị truy nã. Quân đội truy quét Isnilon Hapilon, một chỉ huy của nhóm nổi dậy Abu Sayyaf.',
      [['Isnilon Tontoni Hapilon', ['chỉ huy của nhóm nổi dậy Abu Sayyaf']]]],
    // a verb-like post written lower case, its body, then "ông" and the name
    ['Số tiền lớn, lãnh đạo lực lượng cảnh sát quốc gia Philippines ông Ronald Dela Rosa cho biết.', [['Ronald Dela Rosa', ['lãnh đạo lực lượng cảnh sát quốc gia Philippines']]]],
    // a party named in Vietnamese words before a two-word foreign name
    ['Năm 2011, nghị sĩ của đảng Dân chủ Gabby Giffords bị thương nặng.', [['Gabby Giffords', ['nghị sĩ của đảng Dân chủ']]]],
    // readmend: "Đảng" capitalised as well
    ['Năm 2011, nghị sĩ của Đảng Dân chủ Gabby Giffords bị thương nặng.', [['Gabby Giffords', ['nghị sĩ của Đảng Dân chủ']]]],
    // a communications secretary is a post like the press secretary; "sáng tạo" is no morning
    ['Phó thư ký truyền thông Nhà Trắng Sarah Huckabee Sanders đã nói với các phóng viên.', [['Sarah Huckabee Sanders', ['Phó thư ký truyền thông Nhà Trắng']]]],
    ['Ông Evan Sharp, giám đốc sáng tạo của hãng Pinterest, nói.', [['Evan Sharp', ['giám đốc sáng tạo của hãng Pinterest']]]],
    // not: no post after "một" or "và là"; a partner mid-clause; a founder said so; a verb after the body and "ông"
    ['Ông gặp Donald Trump, một người bạn và là đối thủ.', []],
    ['Perfectus được quản lý bởi Jacky Cheung, một đối tác kinh doanh của ông Liu.', []],
    ['Bill Gates, Chủ tịch và là nhà đồng sáng lập tập đoàn Microsoft (ảnh: Getty Images) nói.', [['Bill Gates', ['Chủ tịch']]]],
    ['Ông sẽ lãnh đạo Philippines ông Ronald Dela Rosa nói.', []],
    // offfix: a post the old apposition read already (the name opens its clause, after "ông") keeps "của" and its principal
    ['Tuy nhiên, ông Moon Chung-in, một cố vấn an ninh quốc gia của Tổng thống Hàn Quốc Moon Jae-in, ngày 6/7 cho rằng.',
      [['Moon Jae-in', ['Tổng thống Hàn Quốc']], ['Moon Chung-in', ['cố vấn an ninh quốc gia của Tổng thống Hàn Quốc Moon Jae-in']]]],
    ['Phản ứng trước bình luận của ông Sebastian Gorka, một cố vấn của Tổng thống Mỹ Donald Trump trong cuộc trả lời phỏng vấn.',
      [['Donald Trump', ['Tổng thống Mỹ']], ['Sebastian Gorka', ['cố vấn của Tổng thống Mỹ Donald Trump']]]],
    // offfix: a British honour before the name is no part of it
    ['Điện thoại được giao cho hậu duệ của Sir Ralph Rayner, một cựu nghị sĩ ở Anh.', [['Ralph Rayner', ['cựu nghị sĩ']]]],
    ['Tiền mới in hình Thủ tướng đầu tiên Sir John A. Macdonald và các nhân vật khác.', [['John A. Macdonald', ['Thủ tướng đầu tiên']]]],
    // offfix, not: after a comma the honour sets off no holder of the clause before it
    ['Từng được Nữ hoàng Anh phong tước Hiệp sĩ, Sir Roger Moore luôn được người hâm mộ kính nể.', []],
    // offfix, not: "đại diện" with an adjective of kind represents a style, no post (but a plain "một đại diện của" still is one)
    ['Họ xem các buổi tập tổ chức bởi Louis van Gaal, một đại diện tiêu biểu khác của phong cách Hà Lan tổng lực.', []],
    ['Ông gặp Ryan Giggs, một đại diện xuất sắc của lứa cầu thủ 1992.', []],
    ['Ông Vladimir Chizhov, một đại diện của Nga tại EU, nói.', [['Vladimir Chizhov', ['đại diện của Nga tại EU']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(bothPassesBrief(text)).toEqual(expected);
  });
});

describe('round 42: a post owned by another official named bare keeps "của" and the name, as written', () => {
  const table: [string, [string, string[]][]][] = [
    ['Tổng thống Vladimir Putin trao thưởng, thư ký báo chí của Putin, ông Dmitri Peskov cho biết.',
      [['Vladimir Putin', ['Tổng thống']], ['Dmitri Peskov', ['thư ký báo chí của Putin']]]],
    ['Tổng thống Donald Trump nói. Steve Bannon, chiến lược gia trưởng của Trump, cho biết.',
      [['Donald Trump', ['Tổng thống']], ['Steve Bannon', ['chiến lược gia trưởng của Trump']]]],
    // (a firm after "của", a name that is no official's, or a body's owner, stays)
    ['Ông John Smith, Giám đốc điều hành của Kaspersky Lab cho biết.', [['John Smith', ['Giám đốc điều hành của Kaspersky Lab']]]],
    // (a firm's name written after a post elsewhere: "Lab" closes a firm's name, no person's; only a one-word owner is cut)
    ['Ông Stephan Neumeier, Giám đốc điều hành của Kaspersky Lab cho biết. Giám đốc điều hành Kaspersky Lab nói.',
      [['Stephan Neumeier', ['Giám đốc điều hành của Kaspersky Lab']]]],
    ['Ông Paul Manafort, cựu Chủ tịch chiến dịch tranh cử của Trump, đã bị truy tố. Tổng thống Trump nói.',
      [['Paul Manafort', ['cựu Chủ tịch chiến dịch tranh cử của Trump']], ['Trump', ['Tổng thống']]]],
  ];
  it.each(table)('%s', (text, expected) => expect(bothPassesBrief(text)).toEqual(expected));
});
