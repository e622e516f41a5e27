// Abbreviations Vietnamese press writes with a dot before a name: "TP. Vinh", "Q. Hải Châu", "PGS. Nguyễn Văn A".
// Such a dot does not end a sentence. Initials that also end sentences ("ĐH.", "CN.", "T.") are left out.

/** Administrative units and degrees or titles of two or three letters, as written. */
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  'TP', 'Tp', 'TX', 'Tx', 'TT', // thành phố, thị xã, thị trấn
  'TS', 'GS', 'BS', 'ThS', 'Ths', 'PGS', // tiến sĩ, giáo sư, bác sĩ, thạc sĩ, phó giáo sư
];

/** Quận, huyện, phường, xã: one letter, so also a name's initial ("chị X. Chiều cùng ngày"). */
export const DOTTED_UNIT_LETTERS = 'QHPX';
