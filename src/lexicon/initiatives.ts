// Head words that introduce a named initiative, and the words that show a name is something else.
// All in matching form (lower-case, tone-folded), as ctx.folded writes them.
import type { InitiativeKind } from '../record/schema.js';

export interface InitiativeHead {
  kind: InitiativeKind;
  /** May introduce a name that is not quoted ("phong trào Toàn dân bảo vệ ANTQ"). "dự án X", "chiến dịch X"
   *  unquoted are mostly buildings, businesses and military operations, so those need quotes. */
  unquoted: boolean;
}

export const INITIATIVE_HEADS: Record<string, InitiativeHead> = {
  'mô hình': { kind: 'model', unquoted: true },
  'phong trào': { kind: 'movement', unquoted: true },
  'chương trình': { kind: 'programme', unquoted: true },
  'cuộc vận động': { kind: 'campaign', unquoted: true },
  'chiến dịch': { kind: 'campaign', unquoted: false },
  'tháng hành động': { kind: 'campaign', unquoted: true },
  'đợt cao điểm': { kind: 'campaign', unquoted: false },
  'tháng cao điểm': { kind: 'campaign', unquoted: false },
  'đề án': { kind: 'project', unquoted: true },
  'dự án': { kind: 'project', unquoted: false },
  'kế hoạch': { kind: 'plan', unquoted: false },
  'cuộc thi': { kind: 'contest', unquoted: true },
  'hội thi': { kind: 'contest', unquoted: true },
  'sáng kiến': { kind: 'other', unquoted: false },
};

/** A name starting with these is a legal text, an event, a degree or an institution, not an initiative. */
export const NOT_INITIATIVE_START = [
  'luật', 'bộ luật', 'nghị định', 'nghị quyết', 'thông tư', 'chỉ thị', 'quyết định', 'pháp lệnh', 'công văn',
  'đại học', 'cao đẳng', 'thạc sĩ', 'tiến sĩ', 'cử nhân', 'hội nghị', 'hội thảo', 'lễ', 'liên hoan', 'festival',
  'đại hội', 'giải thưởng', 'giải đấu', 'giải bóng', 'số', 'trường', 'bệnh viện', 'công ty', 'tập đoàn',
  'ngân hàng', 'phiên họp', 'kỳ họp',
  'kỳ thi', 'nhà nước', 'chính phủ', 'bộ', 'ủy ban', 'ubnd', 'quốc hội', 'tổ chức', 'hội đồng',
];

/** Sentence words that mark a TV show or an entertainment contest ("giám khảo chương trình ..."). */
export const SHOW_CUES = [
  'giám khảo', 'bgk', 'gameshow', 'game show', 'truyền hình thực tế', 'phát sóng', 'sóng truyền hình',
  'ghế nóng', 'ca sĩ', 'khán giả', 'rating', 'showbiz', 'á quân', 'quán quân', 'hoa hậu', 'người mẫu',
  'tập phim', 'lên sóng', 'livestream', 'mc', 'dẫn chương trình', 'trường quay', 'danh hài', 'diễn viên',
  'nghệ sĩ', 'khách mời', 'triệu phú',
];

/** Descriptors after "chương trình" that make it a one-off or commercial event ("chương trình giao lưu"). */
export const ONE_OFF_DESCRIPTORS = [
  'giao lưu', 'nghệ thuật', 'văn nghệ', 'ca nhạc', 'biểu diễn', 'truyền hình', 'thực tế', 'hòa nhạc', 'gala',
  'trao giải', 'khuyến mãi', 'khuyến mại', 'ưu đãi', 'học', 'đào tạo', 'tour', 'du lịch', 'giảm giá',
];

/** Function words that end an unquoted name ("phong trào Toàn dân bảo vệ ANTQ đã ..."). */
export const NAME_STOP_WORDS = [
  'đã', 'đang', 'sẽ', 'được', 'bị', 'là', 'của', 'cho', 'với', 'tại', 'trong', 'trên', 'và', 'nhằm', 'để', 'do',
  'theo', 'từ', 'đến', 'khi', 'thì', 'mà', 'có', 'này', 'đó', 'năm', 'giai đoạn', 'nhưng', 'cũng', 'vẫn',
  'rất', 'như', 'gồm', 'tiếp tục', 'luôn', 'ngày', 'tháng', 'hay', 'hoặc', 'vì', 'nên', 'sau', 'trước',
  'chỉ', 'thuộc', 'ra', 'vào', 'lên', 'xuống', 'về', 'còn', 'chưa', 'không', 'phải', 'cần',
];

/** Words between a head word and a quoted name that still belong to the head phrase cannot be these. */
export const DESCRIPTOR_BREAKERS = [
  'và', 'của', 'về', 'cho', 'với', 'trong', 'tại', 'đã', 'được', 'là', 'do', 'để', 'nhằm', 'theo', 'từ', 'khi',
  'như', 'gồm', 'có', 'không', 'chống', 'tổ chức', 'nhóm', 'thành', 'gọi', 'nói', 'hét', 'kêu', 'bằng',
];
