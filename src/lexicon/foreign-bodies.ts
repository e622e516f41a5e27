// Foreign and international public bodies that the organization table reads through no head word of its own: an
// alliance, an organ of the UN, and a seat of power the press names as its government. Well-known public names only,
// read by agencies (src/extract/agencies.ts, addForeignBodies) as written here. Rebel and armed coalitions ("Lực lượng
// Dân chủ Syria") are no public body, like the rebel armies of the organizations lexicon.

/** Bodies named in Vietnamese: each body with every form the press writes it in (one entity, the fullest form its name). */
export const FOREIGN_BODY_NAMES: readonly (readonly string[])[] = [
  // the African Union ("lực lượng gìn giữ hòa bình của Liên minh châu Phi (AU)")
  ['Liên minh châu Phi', 'Liên minh Châu Phi'],
  // the UN General Assembly, an organ in its own right beside "Liên Hợp Quốc"
  // (also written "Đại Hội đồng", whose capital "Hội đồng" would otherwise read as a council of the UN)
  ['Đại hội đồng Liên Hợp Quốc', 'Đại hội đồng Liên hợp quốc', 'Đại hội đồng Liên Hiệp Quốc', 'Đại hội đồng LHQ',
    'Đại Hội đồng Liên Hợp Quốc', 'Đại Hội đồng Liên hợp quốc', 'Đại Hội đồng LHQ'],
  // the international courts at The Hague written with "Tòa" for "Tòa án", which the table reads only as "Tòa án Công lý Quốc tế"
  // (the bare "Tòa Trọng tài" is left out: it also opens "Tòa Trọng tài Thể thao", another body)
  ['Tòa Công lý Quốc tế', 'Tòa Công lý quốc tế'],
  ['Tòa Trọng tài thường trực', 'Tòa Trọng tài Thường trực', 'Tòa trọng tài thường trực', 'Tòa Trọng tài Quốc tế', 'Tòa Trọng tài quốc tế', 'Tòa trọng tài quốc tế'],
  ['Tòa Trọng tài Thể thao', 'Tòa trọng tài thể thao'],
  // the Eurasian Economic Union, as often written in sentence case as in title case, with its dash spaced or not
  ['Liên minh Kinh tế Á - Âu', 'Liên minh Kinh tế Á-Âu', 'Liên minh Kinh tế Á – Âu', 'Liên minh Kinh tế Á -Âu',
    'Liên minh kinh tế Á - Âu', 'Liên minh kinh tế Á-Âu', 'Liên minh kinh tế Á – Âu', 'Liên minh kinh tế Á -Âu'],
  // the Commonwealth of Independent States (no head word opens "Cộng đồng")
  ['Cộng đồng các Quốc gia Độc lập', 'Cộng đồng các quốc gia độc lập'],
  // the secretariats of the regional and world bodies, organs of their own ("Giám đốc điều hành Ban Thư ký APEC", "đại diện
  // Ban thư ký ASEAN"), whose "Thư ký" reads as a post after "Ban"
  ['Ban Thư ký ASEAN', 'Ban thư ký ASEAN'],
  ['Ban Thư ký APEC', 'Ban thư ký APEC'],
  ['Ban Thư ký Liên Hợp Quốc', 'Ban Thư ký Liên hợp quốc', 'Ban thư ký Liên Hợp Quốc', 'Ban thư ký Liên hợp quốc', 'Ban Thư ký LHQ', 'Ban thư ký LHQ'],
];

/**
 * Seats of power named as their government ("Nhà Xanh cho biết", the South Korean presidency, like "Nhà Trắng") and also
 * as a building ("tại Nhà Xanh"): a body only where it is not written as where something happens.
 */
export const FOREIGN_SEAT_NAMES: readonly string[] = ['Nhà Xanh'];

/** Words right before a seat's name that make it a building: where something happens, or a move into or out of it. */
export const SEAT_AS_PLACE_WORDS: readonly string[] = ['tại', 'ở', 'trong', 'ngoài', 'đến', 'tới', 'thăm', 'vào', 'quanh', 'gần', 'khỏi', 'rời', 'vực', 'trước',
  // under it or by its walls ("bên dưới điện Kremlin", "bên tường Điện Kremlin")
  'dưới', 'tường'];

/**
 * Words among the four before a seat's name that make it the residence or the office as a prize: its master ("chủ nhân
 * mới của Nhà Xanh", "ông chủ Nhà Xanh"), taking it over or searching it, or another name for a building ("hay còn gọi là").
 */
export const SEAT_AS_HOUSE_WORDS: readonly string[] = ['chủ', 'quản', 'xét', 'là'];
