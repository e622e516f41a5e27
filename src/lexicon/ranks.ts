// Military and police ranks as Vietnamese press writes them, also for foreign officers
// ("Thiếu tướng Igor Konashenkov"). Matched on the folded text; the rank is output as written.

/** Rank phrases, longest first where one is a prefix of another (Phó Đô đốc before Đô đốc). */
export const RANKS: readonly string[] = [
  'Nguyên soái', 'Thống tướng', 'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Chuẩn tướng',
  'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy',
  'Thượng sĩ', 'Trung sĩ', 'Hạ sĩ', 'Binh nhất', 'Binh nhì',
  'Thủy sư đô đốc', 'Đại Đô đốc', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc', 'Hải quân Đại tá', 'Hải quân Thiếu tướng',
  'Chuẩn úy', 'Thượng sỹ', 'Trung sỹ', 'Hạ sỹ',
];
