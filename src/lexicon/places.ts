// Places outside the provincial list, as Vietnamese press writes them: countries, named regions
// and continents, and well-known foreign cities. General gazetteer data; first form is the name.
import type { LocationKind } from '../record/schema.js';

export interface PlaceEntry {
  /** Canonical form; the other forms are variants of the same place. */
  forms: string[];
  kind: LocationKind;
  /** A continent: a place only where used as one (ở châu Âu), not as an adjective. */
  continent?: boolean;
  /** A city whose bare name is also a well-known football club's (Barcelona, Liverpool). */
  club?: boolean;
  /** A Vietnamese district: bare, a place only where an address puts it (see DISTRICTS). */
  addressOnly?: boolean;
}

const c = (...forms: string[]): PlaceEntry => ({ forms, kind: 'country' });

/**
 * One-syllable forms that are also common words or personal names (anh, Đức, Nga...), or the short name of an event held
 * there (Cannes for its film festival: "giám khảo Cannes", "thảm đỏ như Cannes"): a place only with place context before
 * them (nước Anh, tại Đức, sang Nhật, ở Cannes), never as a bare capitalised word.
 */
export const CONTEXT_ONLY_FORMS: readonly string[] = ['Anh', 'Pháp', 'Đức', 'Nga', 'Ý', 'Bỉ', 'Áo', 'Nhật', 'Hàn', 'Séc', 'Síp', 'Cannes'];

/** Regions that are also a firm's short name (the Bắc Á bank: "Bắc Á tăng thêm 0,1%/năm"): places only in context, as CONTEXT_ONLY_FORMS are. */
export const CONTEXT_ONLY_FIRM_REGIONS: readonly string[] = ['Bắc Á'];

/**
 * The press's initials of the two big cities (ở HN hay SG, ở Hà Nội và HCM), by province code: places only after a
 * place word before them (ở, tại, ra, vào, về...) or listed after another place ("Đoàn TNCS HCM", "tư tưởng HCM", the
 * stock "như HCM giảm 1%" are none).
 */
export const CONTEXT_ONLY_CITY_INITIALS: Readonly<Record<string, string>> = { HN: '01', SG: '79', HCM: '79' };

/**
 * Forms of CONTEXT_ONLY_FORMS that open a sentence as its subject ("Nga sẽ xem xét ...", "[Nga quan ngại khi ...]") far
 * more often than as a person: "Anh" there is a pronoun, "Đức" and "Nhật" given names, "Áo" a shirt. Taken only when
 * the text never writes the form as part of a person's name (Thúy Nga, chị Nga).
 */
export const SENTENCE_SUBJECT_COUNTRY_FORMS: readonly string[] = ['Nga', 'Pháp'];

/**
 * Common words those forms open, written with a capital after a place word ("của Anh hùng", "ký Ý định thư", "của
 * Nhật ký", "của Áo dài"): the form and the lower-case syllable after it are one word, no country.
 */
export const CONTEXT_ONLY_COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  'Anh': ['hùng', 'em', 'chị', 'ấy', 'trai', 'rể', 'linh', 'tài'],
  // (and the law's sayings and words: "Pháp bất vị thân", "Pháp điển hệ thống ...", pháp danh, pháp thuật)
  'Pháp': ['luật', 'lý', 'lệnh', 'chế', 'nhân', 'quyền', 'y', 'sư', 'môn', 'hội', 'trường', 'đình', 'bất', 'điển', 'danh', 'thuật', 'khí', 'bảo', 'hiệu'],
  'Đức': ['tin', 'tính', 'độ', 'hạnh', 'vua', 'cha', 'mẹ', 'ông', 'bà', 'thánh', 'chúa', 'phật'],
  'Ý': ['định', 'kiến', 'tưởng', 'nghĩa', 'thức', 'chí', 'muốn', 'niệm', 'đồ', 'thích', 'nguyện', 'tứ'],
  'Nhật': ['ký', 'báo', 'thực', 'trình', 'lệnh', 'dụng'],
  'Hàn': ['lâm', 'the', 'huyên', 'gắn'],
  'Áo': ['dài', 'khoác', 'giáp', 'mưa', 'phao', 'quan', 'choàng', 'thun', 'len', 'cưới', 'tắm', 'ngực', 'sơ', 'bà'],
};


function withTranscriptions(list: PlaceEntry[]): PlaceEntry[] {
  return list.map((e) => ({ ...e, forms: [...e.forms, ...(TRANSCRIPTIONS[e.forms[0]] ?? [])] }));
}

/** Official transcriptions (Ma-li, Pa-ki-xtan): the same countries, written the state press's way. */
const TRANSCRIPTIONS: Record<string, string[]> = {
  'Mali': ['Ma-li'],
  'Niger': ['Ni-giê'],
  'Senegal': ['Xê-nê-gan'],
  'Angola': ['Ăng-gô-la'],
  'Ghana': ['Ga-na'],
  'Nigeria': ['Ni-giê-ri-a'],
  'Ethiopia': ['Ê-ti-ô-pi-a'],
  'Kenya': ['Kê-ni-a'],
  'Tanzania': ['Tan-da-ni-a'],
  'Uganda': ['U-gan-đa'],
  'Rwanda': ['Ru-an-đa'],
  'Maroc': ['Ma-rốc'],
  'Tunisia': ['Tuy-ni-di'],
  'Libya': ['Li-bi'],
  'Sudan': ['Xu-đăng'],
  'Somalia': ['Xô-ma-li'],
  'Cameroon': ['Ca-mơ-run'],
  'Zimbabwe': ['Dim-ba-bu-ê'],
  'Zambia': ['Dăm-bi-a'],
  'Namibia': ['Na-mi-bi-a'],
  'Botswana': ['Bốt-xoa-na'],
  'Madagascar': ['Ma-đa-gát-xca'],
  'Bờ Biển Ngà': ['Cốt-đi-voa', "Côte d'Ivoire"],
  'Sierra Leone': ['Xi-ê-ra Lê-ôn'],
  'Liberia': ['Li-bê-ri-a'],
  'Pakistan': ['Pa-ki-xtan'],
  'Bangladesh': ['Băng-la-đét'],
  'Sri Lanka': ['Xri Lan-ca'],
  'Nepal': ['Nê-pan'],
  'Bhutan': ['Bu-tan'],
  'Afghanistan': ['Áp-ga-ni-xtan'],
  'Iran': ['I-ran'],
  'Liban': ['Li-băng'],
  'Yemen': ['Y-ê-men'],
  'Oman': ['Ô-man'],
  'Bahrain': ['Ba-ranh'],
  'Kyrgyzstan': ['Cư-rơ-gư-xtan'],
  'Tajikistan': ['Tát-gi-ki-xtan'],
  'Turkmenistan': ['Tuốc-mê-ni-xtan'],
  'Uzbekistan': ['U-dơ-bê-ki-xtan'],
  'Azerbaijan': ['A-déc-bai-gian'],
  'Armenia': ['Ác-mê-ni-a'],
  'Gruzia': ['Gru-di-a'],
  'Luxembourg': ['Lúc-xăm-bua'],
  'Slovakia': ['Xlô-va-ki-a'],
  'Slovenia': ['Xlô-ven-ni-a'],
  'Croatia': ['Crô-a-ti-a'],
  'Montenegro': ['Môn-tê-nê-grô'],
  'Albania': ['An-ba-ni'],
  'Litva': ['Lít-va'],
  'Latvia': ['Lát-vi-a'],
  'Estonia': ['E-xtô-ni-a'],
  'Moldova': ['Môn-đô-va'],
  'Malta': ['Man-ta'],
  'Monaco': ['Mô-na-cô'],
  'Haiti': ['Ha-i-ti'],
  'Jamaica': ['Gia-mai-ca'],
  'Guatemala': ['Goa-tê-ma-la'],
  'Honduras': ['Hôn-đu-rát'],
  'Nicaragua': ['Ni-ca-ra-goa'],
  'El Salvador': ['En Xan-va-đo'],
  'Costa Rica': ['Cô-xta Ri-ca'],
  'Panama': ['Pa-na-ma'],
  'Ecuador': ['Ê-cu-a-đo'],
  'Bolivia': ['Bô-li-vi-a'],
  'Uruguay': ['U-ru-goay'],
  'Paraguay': ['Pa-ra-goay'],
  'Fiji': ['Phi-gi'],
  'Papua New Guinea': ['Pa-pua Niu Ghi-nê'],
};

/** Việt Nam, and the countries whose people's names the press writes in Sino-Vietnamese, like Vietnamese ones ("Lưu Chấn Dân"). */
export const SINO_NAMING_COUNTRIES: readonly string[] = ['Việt Nam', 'Trung Quốc', 'Đài Loan', 'Hồng Kông', 'Ma Cao'];

export const COUNTRIES: readonly PlaceEntry[] = withTranscriptions([
  c('Việt Nam', 'VN'),
  // former states the press still names (Liên Xô, Đông Đức, Nam Tư)
  c('Liên Xô', 'Liên bang Xô viết'), c('Đông Đức'), c('Tây Đức'), c('Nam Tư'), c('Tiệp Khắc'), c('Hoa Kỳ', 'Mỹ', 'Hợp chủng quốc Hoa Kỳ'), c('Anh', 'Vương quốc Anh', 'Anh Quốc',
    'Vương quốc Anh và Bắc Ireland', 'Vương quốc Anh và Bắc Ai-len', 'Liên hiệp Vương quốc Anh và Bắc Ireland', 'Liên hiệp Vương quốc Anh và Bắc Ai-len'),
  c('Pháp'), c('Đức'), c('Nga', 'Liên bang Nga', 'LB Nga'), c('Trung Quốc', 'Trung Hoa', 'TQ'),
  c('Nhật Bản', 'Nhật'), c('Hàn Quốc', 'Nam Hàn', 'Hàn'), c('Triều Tiên', 'Bắc Triều Tiên', 'CHDCND Triều Tiên', 'Bắc Hàn'),
  c('Lào'), c('Campuchia', 'Cam-pu-chia', 'Cambodia'), c('Thái Lan'), c('Malaysia', 'Ma-lai-xi-a'),
  c('Singapore', 'Xin-ga-po', 'Singapo'), c('Indonesia', 'In-đô-nê-xi-a'), c('Philippines', 'Phi-líp-pin', 'Philippin'),
  c('Myanmar', 'Mi-an-ma'), c('Brunei', 'Bru-nây'), c('Đông Timor', 'Timor-Leste'),
  c('Ấn Độ'), c('Pakistan'), c('Bangladesh'), c('Sri Lanka'), c('Nepal'), c('Bhutan', 'Butan'), c('Afghanistan'),
  c('Iran'), c('Iraq', 'I-rắc'), c('Syria', 'Xy-ri'), c('Thổ Nhĩ Kỳ', 'Thổ Nhỹ Kỳ', 'Thổ Nhĩ Kì'), c('Israel', 'I-xra-en'), c('Palestine', 'Palestin'),
  c('Jordan', 'Gioóc-đa-ni'), c('Liban', 'Lebanon'), c('Saudi Arabia', 'Ả Rập Saudi', 'Ả-rập Xê-út', 'A-rập Xê-út', 'Arab Saudi', 'Ả Rập Xê Út', 'A Rập Xê Út', 'Ảrập Xêút', 'Saudia Arabia'),
  c('Yemen'), c('Oman'), c('Qatar', 'Ca-ta'), c('Kuwait', 'Cô-oét'), c('Bahrain'),
  c('UAE', 'Các Tiểu vương quốc Ả Rập Thống nhất', 'Tiểu vương quốc Ả rập thống nhất', 'Tiểu vương quốc Ả-rập thống nhất',
    'Các Tiểu vương quốc Ả rập thống nhất', 'Các Tiểu vương quốc Ả-rập thống nhất',
    'Tiểu vương quốc Ả rập'), c('Mông Cổ'), c('Kazakhstan', 'Ca-dắc-xtan'), c('Uzbekistan'),
  c('Kyrgyzstan'), c('Tajikistan'), c('Turkmenistan'), c('Azerbaijan'), c('Armenia'), c('Gruzia', 'Georgia'),
  // (Chinese Taipei, as sports reports name its teams: "Nhật Bản, Đài Loan Trung Quốc, Indonesia")
  c('Đài Loan', 'Đài Loan Trung Quốc'), c('Hồng Kông', 'Hong Kong', 'Hồng Kong', 'Hong Kông', 'Hồng Công', 'Hongkong'), c('Ma Cao', 'Macau'),
  c('Australia', 'Úc', 'Ô-xtrây-li-a'), c('New Zealand', 'Niu Di-lân'), c('Papua New Guinea'), c('Fiji'),
  c('Canada', 'Ca-na-đa'), c('Mexico', 'Mê-hi-cô'), c('Cuba', 'Cu Ba', 'Cu-ba'), c('Brazil', 'Bra-xin'),
  c('Argentina', 'Ác-hen-ti-na'), c('Chile', 'Chi-lê'), c('Peru', 'Pê-ru'), c('Colombia', 'Cô-lôm-bi-a'),
  c('Venezuela', 'Vê-nê-xu-ê-la'), c('Ecuador'), c('Bolivia'), c('Uruguay'), c('Paraguay'), c('Panama'),
  c('Costa Rica'), c('Guatemala'), c('Honduras'), c('Nicaragua'), c('El Salvador'), c('Jamaica'), c('Haiti'),
  c('Cộng hòa Dominica', 'Dominica'), c('Puerto Rico'),
  c('Tây Ban Nha', 'TBN'), c('Bồ Đào Nha', 'BĐN'), c('Ý', 'Italy', 'Italia', 'I-ta-li-a'), c('Hy Lạp'), c('Hà Lan'), c('Bỉ'),
  c('Luxembourg'), c('Thụy Sĩ', 'Thuỵ Sỹ', 'Thụy Sỹ'), c('Áo'), c('Ba Lan'), c('Séc', 'Cộng hòa Séc', 'CH Séc', 'Czech', 'Cộng hòa Czech', 'CH Czech'),
  c('Slovakia'), c('Hungary', 'Hung-ga-ri'), c('Romania', 'Rumani', 'Ru-ma-ni'), c('Bulgaria', 'Bungari', 'Bun-ga-ri', 'Bungary'),
  c('Serbia', 'Xéc-bi-a'), c('Croatia'), c('Slovenia'), c('Bosnia và Herzegovina', 'Bosnia'), c('Montenegro'),
  c('Bắc Macedonia', 'Macedonia'), c('Albania'), c('Kosovo'), c('Ukraine', 'Ukraina', 'U-crai-na'),
  c('Belarus', 'Bê-la-rút'), c('Moldova'), c('Litva', 'Lithuania'), c('Latvia'), c('Estonia'),
  c('Phần Lan'), c('Thụy Điển', 'Thuỵ Điển'), c('Na Uy'), c('Đan Mạch'), c('Iceland', 'Ai-xơ-len'),
  c('Ireland', 'Ai-len', 'Ai Len'), c('Scotland'), c('Xứ Wales', 'Wales'), c('Bắc Ireland', 'Bắc Ai-len', 'Bắc Ai Len'), c('Malta'), c('Síp', 'Cyprus'),
  // (its club, AS Monaco, is what the sports pages mean by the bare name)
  { ...c('Monaco'), club: true }, c('Vatican', 'Tòa Thánh Vatican'),
  c('Ai Cập'), c('Libya', 'Lybia'), c('Tunisia'), c('Algeria', 'An-giê-ri'), c('Maroc', 'Morocco'), c('Sudan'),
  c('Nam Sudan'), c('Ethiopia'), c('Somalia', 'Somali'), c('Kenya'), c('Tanzania'), c('Uganda'), c('Rwanda'),
  c('Nigeria'), c('Ghana'), c('Senegal'), c('Mali'), c('Niger'), c('Chad'), c('Cameroon'),
  c('Congo', 'CHDC Congo'), c('Angola'), c('Mozambique', 'Mô-dăm-bích'), c('Zimbabwe'), c('Zambia'),
  c('Nam Phi'), c('Namibia'), c('Botswana'), c('Madagascar'), c('Bờ Biển Ngà'), c('Sierra Leone'), c('Liberia'),
  // The rest of the UN member states, with the transcriptions the state press uses.
  c('Gambia', 'Găm-bi-a'), c('Guinea', 'Ghi-nê'), c('Guinea-Bissau', 'Ghi-nê Bít-xao'), c('Guinea Xích Đạo', 'Ghi-nê Xích Đạo'),
  c('Benin', 'Bê-nanh'), c('Togo'), c('Burkina Faso', 'Buốc-ki-na Pha-xô'), c('Mauritania', 'Mô-ri-ta-ni'),
  c('Cabo Verde', 'Cape Verde', 'Cáp-ve'), c('Gabon', 'Ga-bông'), c('Cộng hòa Trung Phi'), c('Eritrea', 'Ê-ri-tơ-ri-a'),
  c('Djibouti', 'Gi-bu-ti'), c('Burundi', 'Bu-run-đi'), c('Malawi', 'Ma-la-uy'), c('Lesotho'),
  c('Eswatini', 'Swaziland'), c('Mauritius', 'Mô-ri-xơ'), c('Seychelles', 'Xây-sen'), c('Comoros', 'Cô-mo'),
  c('São Tomé và Príncipe', 'Sao Tome và Principe'),
  c('Maldives', 'Man-đi-vơ', 'Maldive'),
  c('Andorra', 'An-đơ-ra'), c('Liechtenstein', 'Lích-ten-xtai'), c('San Marino', 'Xan Ma-ri-nô'),
  c('Bahamas', 'Ba-ha-mát'), c('Barbados', 'Bác-ba-đốt'), c('Belize', 'Bê-li-xê'), c('Grenada', 'Grê-na-đa'), c('Guyana', 'Gai-a-na'),
  c('Suriname', 'Xu-ri-nam'), c('Trinidad và Tobago', 'Trinidad & Tobago'), c('Saint Lucia'), c('Saint Kitts và Nevis'),
  c('Saint Vincent và Grenadines'), c('Antigua và Barbuda'),
  c('Samoa', 'Xa-moa'), c('Tonga', 'Tông-ga'), c('Vanuatu', 'Va-nu-a-tu'), c('Quần đảo Solomon'), c('Kiribati'),
  c('Tuvalu'), c('Nauru'), c('Palau'), c('Micronesia'), c('Quần đảo Marshall'),
]);

const r = (...forms: string[]): PlaceEntry => ({ forms, kind: 'region' });
const cont = (...forms: string[]): PlaceEntry => ({ forms, kind: 'region', continent: true });

/** Named regions of Vietnam and of the world, and continents. */
export const REGIONS: readonly PlaceEntry[] = [
  // "bộ" is as often written in lower case (Nam bộ, Tây Nam bộ); "miền" may open the name (miền Tây Nam Bộ).
  r('Tây Nguyên'), r('Tây Bắc'), r('Đông Bắc'), r('Tây Nam Bộ', 'Tây Nam bộ'), r('Nam Bộ', 'Nam bộ'), r('Bắc Bộ', 'Bắc bộ'), r('Trung Bộ', 'Trung bộ'),
  r('Bắc Trung Bộ', 'Bắc Trung bộ'), r('Nam Trung Bộ', 'Nam Trung bộ'), r('Đông Nam Bộ', 'Đông Nam bộ'), r('Duyên hải Nam Trung Bộ', 'Duyên hải Nam Trung bộ'),
  r('Đông Bắc Bộ', 'Đông Bắc bộ'), r('Tây Bắc Bộ', 'Tây Bắc bộ'), r('miền Tây Nam Bộ', 'miền Tây Nam bộ'), r('miền Đông Nam Bộ', 'miền Đông Nam bộ'),
  r('miền Nam Trung Bộ', 'miền Nam Trung bộ'), r('miền Bắc Trung Bộ', 'miền Bắc Trung bộ'),
  // The deltas are often written in lower case (vùng đồng bằng sông Cửu Long, khắp đồng bằng Bắc bộ).
  r('Đồng bằng Bắc Bộ', 'đồng bằng Bắc bộ'),
  r('Đồng bằng sông Cửu Long', 'ĐBSCL', 'Đồng bằng Sông Cửu Long', 'đồng bằng sông Cửu Long'),
  r('Đồng bằng sông Hồng', 'ĐBSH', 'đồng bằng sông Hồng'),
  // The colonial-era names of the three parts of the country (Xứ ủy Nam kỳ, Bắc Kỳ).
  r('Nam Kỳ', 'Nam kỳ', 'Nam Kì', 'Nam kì'), r('Bắc Kỳ', 'Bắc kỳ', 'Bắc Kì', 'Bắc kì'), r('Trung Kỳ', 'Trung kỳ'),
  // the north-east's uplands of the resistance and the weather bulletins (khu vực Tây Bắc và Việt Bắc), and the middle of Trung Bộ
  r('Việt Bắc'), r('Trung Trung Bộ', 'Trung Trung bộ'),
  r('miền Bắc'), r('miền Trung'), r('miền Nam'), r('miền Tây'), r('miền Đông'), r('Bắc Trung Bộ và Duyên hải miền Trung'),
  // The planning regions and key economic zones of the state's regional plans, as the press writes them.
  r('miền núi phía Bắc', 'miền núi phía bắc'), r('Trung du và miền núi phía Bắc', 'trung du và miền núi phía Bắc', 'Trung du miền núi phía Bắc', 'trung du miền núi phía Bắc'),
  r('Vùng kinh tế trọng điểm phía Nam', 'vùng kinh tế trọng điểm phía Nam', 'vùng kinh tế trọng điểm phía nam'),
  r('Vùng kinh tế trọng điểm phía Bắc', 'vùng kinh tế trọng điểm phía Bắc', 'vùng kinh tế trọng điểm phía bắc', 'vùng kinh tế trọng điểm Bắc Bộ'),
  r('Vùng kinh tế trọng điểm miền Trung', 'vùng kinh tế trọng điểm miền Trung'),
  r('Vùng kinh tế trọng điểm vùng đồng bằng sông Cửu Long', 'vùng kinh tế trọng điểm vùng đồng bằng sông Cửu Long', 'vùng kinh tế trọng điểm đồng bằng sông Cửu Long'),
  r('Trung Đông'), r('Đông Nam Á', 'Đông - Nam Á', 'Đông-Nam Á'), r('Đông Bắc Á'), r('Bắc Á'), r('Đông Á'), r('Nam Á'), r('Trung Á'), r('Tây Á'), r('Tây Nam Á'), r('Bắc Phi'),
  r('Đông Phi'), r('Tây Phi'), r('Trung Phi'), r('Bắc bán cầu', 'Bắc Bán cầu'), r('Nam bán cầu', 'Nam Bán cầu'), r('Tây bán cầu', 'Tây Bán cầu'), r('Đông bán cầu', 'Đông Bán cầu'),
  // Australia's western state, written as a compass part of the country (ở Tây Úc).
  r('Tây Úc'),
  r('Tây Âu'), r('Đông Âu'), r('Bắc Âu'), r('Nam Âu'), r('Trung Âu'), r('Bắc Mỹ'), r('Nam Mỹ'), r('Mỹ Latinh', 'Mỹ La-tinh', 'Mỹ La tinh', 'Mỹ Latin', 'châu Mỹ Latinh', 'châu Mỹ La tinh', 'châu Mỹ La-tinh', 'châu Mỹ Latin'),
  r('Trung Mỹ'), r('Bắc Cực'), r('Nam Cực'), r('Balkan'), r('Baltic', 'Baltics'), r('Vùng Vịnh', 'vùng Vịnh'),
  r('Đông Dương'), r('Viễn Đông'), r('Trung Đông - Bắc Phi'), r('Sahel'), r('Scandinavia'), r('Caribe', 'Caribbean', 'Caribbe', 'Ca-ri-bê'),
  r('Siberia', 'Xi-bê-ri-a'), r('Kashmir'), r('Jammu và Kashmir', 'Jammu & Kashmir', 'Jammu - Kashmir'), r('Dải Gaza', 'Gaza'), r('Bờ Tây'), r('Crimea', 'Crưm', 'Krym'), r('Donbass', 'Donbas'),
  r('Catalonia', 'Catalunya', 'Catalan'), r('Bavaria'), r('Tây Tạng'), r('Tân Cương'), r('Nội Mông'), r('Mãn Châu'),
  r('Kurdistan'), r('Chechnya'), r('Đông Ghouta'),
  // breakaway and disputed territories the press names like states
  r('Abkhazia'), r('Nam Ossetia', 'South Ossetia'), r('Transnistria'), r('Nagorno-Karabakh'), r('Tây Sahara'), r('Somaliland'),
  // The old xứ of Đại Việt, still the press's names for their lands (đồng hương xứ Nghệ): the word xứ is kept.
  r('xứ Nghệ'), r('xứ Đoài'), r('xứ Kinh Bắc'), r('xứ Lạng'), r('xứ Quảng'), r('xứ Huế'), r('xứ Sơn Nam'),
  cont('châu Âu'), cont('châu Á'), cont('châu Phi'), cont('châu Mỹ'), cont('châu Úc'), cont('châu Đại Dương', 'châu Đại dương'),
  cont('châu Á - Thái Bình Dương', 'châu Á-Thái Bình Dương', 'châu Á - TBD', 'châu Á-TBD'),
  // Eurasia, written by its two continents' short names (lục địa Á-Âu)
  cont('Á-Âu', 'Á - Âu', 'Á – Âu', 'Á–Âu'),
];

// A two-word city is also written hyphenated, as Vietnamese transcribes foreign names (Viêng-Chăn, Tel-Aviv).
const TWO_CAPITALISED_WORDS = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u;
const hyphenated = (forms: string[]): string[] =>
  forms.flatMap((f) => (TWO_CAPITALISED_WORDS.test(f) ? [f, f.replace(' ', '-')] : [f])).filter((f, k, all) => all.indexOf(f) === k);
const city = (...forms: string[]): PlaceEntry => ({ forms: hyphenated(forms), kind: 'province' });

/** Well-known foreign cities (capitals and large cities), in the spellings the Vietnamese press uses. */
/**
 * Cities whose bare name the sports pages use for their football club (Barcelona thắng 2-0). London,
 * Paris and Moscow are left out: their clubs go by other names, and the city itself is mostly meant.
 */
const CLUB_CITIES = new Set([
  'Barcelona', 'Madrid', 'Valencia', 'Seville', 'Manchester', 'Liverpool', 'Leicester', 'Newcastle', 'Birmingham', 'Leeds',
  'Sheffield', 'Nottingham', 'Bristol', 'Cardiff', 'Glasgow', 'Milan', 'Rome', 'Naples', 'Turin', 'Florence', 'Munich',
  'Dortmund', 'Hamburg', 'Cologne', 'Stuttgart', 'Frankfurt', 'Leipzig', 'Lyon', 'Marseille', 'Bordeaux', 'Porto',
  'Lisbon', 'Amsterdam', 'Rotterdam', 'Istanbul', 'Bologna', 'Genoa', 'Verona', 'Palermo', 'Bilbao', 'Malaga', 'Lille', 'Nantes',
  'Toulouse', 'Strasbourg',
  'Gangwon',
  // (Guangzhou Evergrande, Guangzhou R&F: bare, the press means the club in all 13 corpus articles naming it)
  'Guangzhou',
]);
const markClubs = (list: PlaceEntry[]): PlaceEntry[] => list.map((e) => (CLUB_CITIES.has(e.forms[0]) ? { ...e, club: true } : e));

export const FOREIGN_CITIES: readonly PlaceEntry[] = markClubs([
  city('Washington', 'Washington DC', 'Washington D.C.'), city('New York', 'New York City'), city('Los Angeles'), city('San Francisco'),
  city('Chicago'), city('Houston'), city('Dallas'), city('Boston'), city('Seattle'), city('Miami'), city('Las Vegas'),
  city('Philadelphia'), city('Atlanta'), city('Hawaii'), city('California'), city('Texas'), city('Florida'),
  city('London', 'Luân Đôn'), city('Paris'), city('Berlin'), city('Moscow', 'Mát-xcơ-va', 'Matxcơva', 'Mátxcơva', 'Moskva'),
  city('Saint Petersburg', 'St. Petersburg', 'St Petersburg', 'Saint Peterburg', 'St. Peterburg', 'Xanh Pê-téc-bua'), city('Rome', 'Roma', 'Rô-ma'), city('Madrid'), city('Barcelona'),
  city('Lisbon'), city('Amsterdam'), city('La Hay', 'La Haye', 'Den Haag', 'The Hague'), city('Brussels', 'Bruxelles', 'Brúc-xen'),
  city('Vienna'), city('Geneva', 'Giơ-ne-vơ'), city('Zurich'), city('Bern'), city('Stockholm'), city('Oslo'),
  city('Copenhagen'), city('Helsinki'), city('Warsaw', 'Vác-sa-va'), city('Prague', 'Praha'), city('Budapest'),
  city('Bucharest'), city('Sofia'), city('Athens'), city('Kiev', 'Kyiv', 'Ki-ép'), city('Minsk'), city('Munich'),
  city('Frankfurt'), city('Hamburg'), city('Milan'), city('Manchester'), city('Liverpool'),
  city('Bắc Kinh'), city('Thượng Hải'), city('Quảng Châu'), city('Thâm Quyến'), city('Nam Ninh'), city('Côn Minh'),
  city('Trùng Khánh'), city('Thiên Tân'), city('Vũ Hán'), city('Đài Bắc'), city('Tokyo'), city('Osaka'), city('Kyoto'),
  city('Seoul', 'Xơ-un'), city('Busan'), city('Bình Nhưỡng'), city('Bangkok', 'Băng Cốc'), city('Viêng Chăn', 'Vientiane'),
  city('Luang Prabang', 'Luông Pha-băng'), city('Phnom Penh', 'Phnôm Pênh', 'Phnom Pênh'), city('Siem Reap'),
  city('Kuala Lumpur'), city('Jakarta', 'Gia-các-ta'), city('Bali'), city('Manila'), city('Yangon'), city('Naypyidaw'),
  city('New Delhi', 'Niu Đê-li'), city('Mumbai'), city('Islamabad'), city('Kabul'), city('Tehran', 'Tê-hê-ran'),
  city('Baghdad', 'Bát-đa'), city('Mosul'), city('Damascus', 'Đa-mát'), city('Aleppo'), city('Raqqa', 'Raqa'), city('Beirut'), city('Jerusalem', 'Giê-ru-xa-lem'),
  city('Tel Aviv', 'Ten A-víp'), city('Riyadh', 'Ri-át'), city('Dubai'), city('Abu Dhabi', 'A-bu Đa-bi'), city('Doha', 'Đô-ha'), city('Ankara', 'An-ca-ra'), city('Istanbul'),
  city('Cairo', 'Cai-rô'), city('Sydney'), city('Melbourne'), city('Canberra'), city('Brisbane'), city('Perth'),
  city('Ottawa'), city('Toronto'), city('Vancouver'), city('Havana', 'La Habana', 'La Havana', 'La Ha-ba-na', 'Ha-ba-na'), city('Mexico City'),
  city('Brasilia'), city('Rio de Janeiro'), city('Buenos Aires'), city('Santiago'), city('Lima'),
  // US states and cities
  city('New Jersey'), city('Virginia'), city('Maryland'), city('Ohio'), city('Michigan'), city('Detroit'), city('Pennsylvania'),
  city('Massachusetts'), city('Arizona'), city('Phoenix'), city('Nevada'), city('Oregon'), city('Portland'), city('Colorado'),
  city('Denver'), city('Utah'), city('Minnesota'), city('Wisconsin'), city('Illinois'), city('Missouri'), city('Kentucky'),
  city('Tennessee'), city('Nashville'), city('North Carolina'), city('South Carolina'), city('Alabama'), city('Louisiana'),
  city('New Orleans'), city('Oklahoma'), city('Kansas'), city('Iowa'), city('Indiana'), city('Alaska'), city('Orlando'),
  city('San Diego'), city('San Jose'), city('Sacramento'), city('Baltimore'), city('Pittsburgh'),
  city('Cleveland'), city('Honolulu'), city('Guam'), city('Manhattan'), city('Brooklyn'), city('Silicon Valley', 'Thung lũng Silicon'),
  city('Montreal'), city('Quebec'), city('Calgary'), city('Ontario'), city('Alberta'), city('British Columbia'),
  // Europe
  city('Birmingham'), city('Leeds'), city('Newcastle'), city('Glasgow'), city('Edinburgh'), city('Belfast'), city('Cardiff'),
  city('Oxford'), city('Cambridge'), city('Bristol'), city('Sheffield'), city('Nottingham'), city('Leicester'),
  city('Dublin'), city('Lyon'), city('Marseille'), city('Bordeaux'), city('Toulouse'), city('Strasbourg'),
  city('Cologne', 'Köln'), city('Dresden'), city('Leipzig'), city('Stuttgart'), city('Düsseldorf'), city('Dortmund'),
  city('Bonn'), city('Hannover'), city('Nuremberg'), city('Salzburg'), city('Naples', 'Napoli'), city('Turin', 'Torino'),
  city('Venice', 'Venezia'), city('Florence', 'Firenze'), city('Sicily', 'Sicilia'), city('Valencia'), city('Seville', 'Sevilla'),
  city('Porto'), city('Rotterdam'), city('Antwerp'), city('Gothenburg'), city('Krakow'), city('Gdansk'), city('Belgrade'),
  city('Zagreb'), city('Ljubljana'), city('Sarajevo'), city('Skopje'), city('Tirana'), city('Bratislava'), city('Riga'),
  city('Vilnius'), city('Tallinn'), city('Reykjavik'), city('Chisinau'), city('Odessa'), city('Kharkov', 'Kharkiv'),
  city('Donetsk'), city('Lugansk', 'Luhansk'), city('Sevastopol'), city('Vladivostok'), city('Novosibirsk'), city('Sochi'),
  city('Kazan'), city('Yekaterinburg'), city('Kaliningrad'), city('Murmansk'), city('Tbilisi'), city('Yerevan'), city('Baku'),
  city('Astana'), city('Almaty'), city('Tashkent'), city('Ulan Bator', 'Ulaanbaatar', 'U-lan Ba-to'),
  // Asia and Oceania
  city('Hangzhou', 'Hàng Châu'), city('Shenzhen'), city('Guangzhou'), city('Beijing'), city('Shanghai'), city('Nam Kinh', 'Nanjing'),
  city('Tô Châu', 'Suzhou'), city('Thành Đô', 'Chengdu'), city('Tây An', "Xi'an"), city('Hạ Môn', 'Xiamen'), city('Đại Liên', 'Dalian'),
  city('Thanh Đảo', 'Qingdao'), city('Cáp Nhĩ Tân', 'Harbin'), city('Quảng Tây'), city('Vân Nam'), city('Quảng Đông'),
  city('Hải Nam'), city('Phúc Kiến'), city('Tứ Xuyên'), city('Chiết Giang'), city('Giang Tô'), city('Sơn Đông'),
  city('Hồ Nam'), city('Hồ Bắc'), city('Hà Bắc'), city('Cao Hùng', 'Kaohsiung'), city('Đài Trung', 'Taichung'),
  city('Yokohama'), city('Nagoya'), city('Kobe'), city('Fukuoka'), city('Sapporo'), city('Hiroshima'), city('Nagasaki'),
  city('Okinawa'), city('Fukushima'), city('Hokkaido'), city('Incheon'), city('Daegu'), city('Gwangju'), city('Jeju'),
  city('Chiang Mai'), city('Pattaya'), city('Phuket'), city('Battambang'), city('Savannakhet', 'Xavannakhet'),
  city('Champasak', 'Chăm-pa-sắc'), city('Penang'), city('Johor'), city('Sabah'), city('Sarawak'), city('Surabaya'),
  city('Cebu'), city('Davao'), city('Marawi'), city('Mandalay'), city('Rakhine'), city('Dhaka'), city('Kathmandu'),
  city('Colombo'), city('Karachi'), city('Lahore'), city('Kolkata', 'Calcutta'), city('Chennai'), city('Bangalore', 'Bengaluru'),
  city('Hyderabad'), city('Kandahar'), city('Herat'), city('Kirkuk'), city('Basra'), city('Fallujah'), city('Ramadi'),
  city('Tikrit'), city('Erbil'), city('Homs'), city('Idlib'), city('Palmyra'), city('Latakia'),
  city('Sanaa'), city('Aden'), city('Mecca', 'Thánh địa Mecca'), city('Medina'), city('Muscat'), city('Amman'),
  city('Auckland'), city('Wellington'), city('Adelaide'), 
  // Africa and Latin America
  city('Alexandria'), city('Tripoli'), city('Benghazi'), city('Tunis'), city('Algiers'), city('Casablanca'), city('Rabat'),
  city('Khartoum'), city('Addis Ababa'), city('Nairobi'), city('Mogadishu'), city('Lagos'), city('Abuja'), city('Accra'),
  city('Dakar'), city('Johannesburg'), city('Cape Town'), city('Pretoria'), city('Luanda'), city('Maputo'), city('Kinshasa'),
  city('Sao Paulo', 'São Paulo'), city('Bogota'), city('Caracas'), city('Quito'), city('Montevideo'), city('La Paz'),
  city('Guadalajara'), city('Tijuana'), city('Cancun'), city('Acapulco'), city('Minas Gerais'),
  // The other US states, Australian states, and first-level units the world pages name bare (ở Gangwon, tại Uttar Pradesh).
  // (Liêu Ninh is left out: bare, the press means the aircraft carrier. Names opening with a frequent capitalised
  // syllable, Quý Châu, Cát Lâm, Tế Nam, Trịnh Châu, are left to the unit word: each would cost a look-up at every
  // Quý, Cát, Trịnh of the text.)
  city('Connecticut'), city('Arkansas'), city('New Mexico'), city('Mississippi'), city('Wyoming'), city('Montana'), city('Idaho'),
  city('Nebraska'), city('North Dakota', 'Bắc Dakota'), city('South Dakota', 'Nam Dakota'), city('Vermont'), city('New Hampshire'),
  city('Rhode Island'), city('Delaware'), city('West Virginia'), city('Nam Carolina'), city('Bắc Carolina'),
  city('New South Wales'), city('Queensland'), city('Tasmania'), city('Nam Australia', 'Nam Úc'), city('Tây Australia'),
  // German Länder (not Bayern, Bremen, Hamburg bare: the sports pages mean the club; not Brandenburg: mostly Cổng Brandenburg;
  // these are still read after "bang"). Victoria is left to "bang Victoria": bare, it is an era, a queen, a medal or a person.
  city('Hessen'), city('Niedersachsen', 'Lower Saxony'), city('Nordrhein Westfalen', 'North Rhine Westphalia'),
  city('Sachsen Anhalt', 'Saxony Anhalt'), city('Sachsen'), city('Thüringen', 'Thuringia'), city('Rheinland Pfalz', 'Rhineland Palatinate'),
  city('Baden Württemberg', 'Baden Wurttemberg'), city('Schleswig Holstein'), city('Mecklenburg Vorpommern'), city('Saarland'),
  city('An Huy'), city('Cam Túc'), city('Thiểm Tây'), city('Hắc Long Giang'), city('Giang Tây'),
  city('Lhasa'), city('Urumqi'),
  city('Gangwon'), city('Gyeonggi'), city('Nam Jeolla'), city('Bắc Jeolla'), city('Ulsan'), city('Daejeon'), city('Suwon'),
  city('Pyeongchang'), city('Cheonan'), city('Seongju'),
  city('Kanagawa'), city('Kagoshima'), city('Kumamoto'), city('Sendai'), city('Niigata'), city('Nagano'), city('Yokosuka'), city('Chiba'),
  city('Saitama'), city('Shizuoka'), city('Hyogo'), city('Aichi'),
  city('Uttar Pradesh'), city('Madhya Pradesh'), city('Andhra Pradesh'), city('Arunachal Pradesh'), city('Himachal Pradesh'),
  city('Rajasthan'), city('Gujarat'), city('Maharashtra'), city('Kerala'), city('Tamil Nadu'), city('Bihar'), city('Tây Bengal'),
  city('Karnataka'), city('Punjab'), city('Jaipur'), city('Agra'),
  // Indonesian provinces named by a compass part of their island (Tây Java, Bắc Sumatra): bare, they are the province.
  city('Tây Java'), city('Trung Java'), city('Đông Java'), city('Bắc Sumatra'), city('Nam Sumatra'), city('Tây Sumatra'),
  city('Bắc Sulawesi'), city('Nam Sulawesi'), city('Trung Sulawesi'), city('Đông Nam Sulawesi'), city('Tây Sulawesi'),
  city('Bắc Kalimantan'), city('Nam Kalimantan'), city('Trung Kalimantan'), city('Đông Kalimantan'), city('Tây Kalimantan'),
  city('Banten'), city('Riau'),
  city('Selangor'), city('Malacca', 'Melaka'), city('Bandung'), city('Medan'), city('Aceh'), city('Pattani'), city('Narathiwat'),
  city('Hat Yai'), city('Dawei'), city('Maungdaw'), city('Basilan'), city('Sulu'), city('Quezon'),
  city('Helmand'), city('Nangarhar'), city('Kunduz'), city('Ghazni'), city('Nuristan'), city('Peshawar'), city('Quetta'),
  city('Rawalpindi'), city('Isfahan'), city('Jeddah'), city('Deir Ezzor', 'Deir ez-Zor', 'Deir el-Zour', 'Deir Ezzur'), city('Quneitra'),
  city('Daraa'), city('Hama'), city('Nineveh'), city('Anbar'), city('Tal Afar'),
  city('Irkutsk'), city('Khabarovsk'), city('Krasnoyarsk'), city('Chelyabinsk'), city('Volgograd'), city('Kherson'),
  city('Zaporizhia'), city('Mariupol'), city('Avdiivka', 'Avdeevka', 'Avdiyivka'),
  city('Lille'), city('Nantes'), city('Le Havre'), city('Palermo'), city('Bologna'), city('Genoa'), city('Verona'),
  city('Bilbao'), city('Malaga'), city('Cincinnati'), city('Little Rock'), city('Cupertino'),
  // Capitals and main cities written in Vietnamese transcription (Oa-sinh-tơn, Xê-un), and those the world pages name bare.
  city('Oa-sinh-tơn', 'Oasinhtơn'), city('Pa-ri'), city('Xê-un'), city('Tô-ky-ô', 'Tô-ki-ô'), city('Béc-lin'), city('Ma-ni-la'), city('Niu Oóc'),
  city('Can-bê-ra'), city('Xít-ni'), city('Naypyitaw', 'Nay Pyi Taw', 'Nây Pyi Tô'), city('Thimphu'), city('Bishkek'), city('Dushanbe'),
  city('Ashgabat'), city('Port Moresby'), city('Kuwait City'), city('Manama'), city('Putrajaya'), city('Johor Bahru', 'Johor Baru'),
  city('Kota Kinabalu'), city('Kuching'), city('Ipoh'), city('Yogyakarta'), city('Makassar'), city('Zamboanga'), city('Chiang Rai'),
  city('Wonsan'), city('Kaesong'), city('Sinuiju'), city('Panmunjom'), city('Thẩm Dương'), city('Bằng Tường'), city('Nội Mông'),
  city('Izmir'), city('Antalya'), city('Cannes'), city('Luxor'), city('Hebron'), city('Ramallah'), city('Kobani'), city('Manbij'), city('Al-Bab', 'Al Bab'),
  city('Grozny'), city('Tatarstan'), city('Dagestan'), city('Thessaloniki'),
  city('Yorkshire'), city('Beverly Hills'), city('Anchorage'), city('Anaheim'),
  city('Garden Grove'), city('Gold Coast'), city('Nova Scotia'), city('Saskatchewan'),
  // provinces of Laos and Cambodia, neighbours the border news names (not Takeo or Koh Kong:
  // the press writes them as people's names, 'Takeo Akiba', 'ông Koh Kong Meng', far more often)
  city('Hủa Phăn', 'Houaphanh'), city('Xiêng Khoảng', 'Xiengkhouang'), city('Attapeu', 'Át-tạ-pư'), city('Sê Kông', 'Sekong'),
  city('Luông Nậm Thà', 'Luang Namtha'), city('Bò Kẹo', 'Bokeo'), city('Khăm Muộn', 'Khammouane'), city('Bô-ly-khăm-xay', 'Bolikhamxay'),
  city('Xay-nha-bu-ly', 'Xayaboury'), city('Phông-sa-lỳ', 'Phongsaly'), city('U-đôm-xay', 'Oudomxay'), city('Sa-la-van', 'Salavan'),
  city('Kandal'), city('Kampot'), city('Kampong Cham'), city('Svay Rieng'), city('Ratanakiri'), city('Mondulkiri'),
  city('Stung Treng'), city('Sihanoukville'), city('Prey Veng'), city('Kratie'), city('Tbong Khmum'), city('Kampong Thom'),
]);

/**
 * Vietnamese provincial cities and well-known towns that the press writes without "thành phố"
 * (du lịch Đà Lạt). Hạ Long is left out: bare, it is mostly the bay. Names that are also common given names (Vinh) are left to the
 * administrative word; provinces are in provinces.ts.
 */
export const VIETNAM_CITIES: readonly PlaceEntry[] = [
  'Đà Lạt', 'Nha Trang', 'Vũng Tàu', 'Biên Hòa', 'Buôn Ma Thuột|Buôn Mê Thuột', 'Pleiku', 'Quy Nhơn', 'Móng Cái',
  'Hội An', 'Phan Thiết', 'Mỹ Tho', 'Rạch Giá', 'Long Xuyên', 'Châu Đốc', 'Thủ Dầu Một', 'Cẩm Phả', 'Uông Bí',
  'Việt Trì', 'Sầm Sơn', 'Đồng Hới', 'Tuy Hòa', 'Cam Ranh', 'Phan Rang - Tháp Chàm', 'Phan Rang', 'Bảo Lộc',
  'Tam Kỳ', 'Sa Pa|Sapa', 'Thủ Đức', 'Dĩ An', 'Thuận An', 'Hà Đông', 'Sơn Tây', 'Cửa Lò', 'Hà Tiên', 'Bỉm Sơn', 'Đông Hà',
  'Gia Nghĩa', 'Mộc Châu', 'Đồ Sơn', 'Bến Lức', 'Tân An', 'Cao Lãnh', 'Sa Đéc', 'Vị Thanh', 'Đồng Xoài', 'Bà Rịa',
  'Long Khánh', 'Tân Uyên', 'Bến Cát', 'Phú Mỹ', 'Quảng Yên', 'Đông Triều', 'Từ Sơn', 'Phúc Yên', 'Vĩnh Yên',
  'Tam Điệp', 'Kỳ Anh', 'Ba Đồn', 'Điện Bàn', 'An Khê', 'Ayun Pa', 'Buôn Hồ', 'Ninh Hòa', 'La Gi',
  'Ngã Bảy', 'Ngã Năm', 'Vĩnh Châu', 'Giá Rai', 'Hồng Ngự', 'Tân Châu', 'Gò Công', 'Kiến Tường',
  // "A|B": B is another spelling of A.
].map((name) => ({ forms: name.split('|'), kind: 'district' as LocationKind }));

/**
 * Provinces of earlier divisions (before 1992 and 2008) that the press still names in histories and
 * biographies (quê Hà Tây, tỉnh Nghệ Tĩnh cũ). Names that are also rivers, mountains or given names
 * (Cửu Long, Hoàng Liên Sơn, Minh Hải) are left to the administrative word.
 */
export const FORMER_PROVINCES: readonly PlaceEntry[] = [
  'Hà Tây', 'Hà Sơn Bình', 'Nghệ Tĩnh', 'Bình Trị Thiên', 'Hà Nam Ninh', 'Vĩnh Phú', 'Bắc Thái', 'Sông Bé',
  'Nghĩa Bình', 'Phú Khánh', 'Thuận Hải', 'Hà Tuyên', 'Cao Lạng',
].map((name) => ({ forms: [name], kind: 'province' as LocationKind }));

/**
 * Proper names that contain a place but name a newspaper, a sports club or an ocean (Pháp Luật
 * TP.HCM, Bayern Munich, Thái Bình Dương): no place is read inside them.
 */
export const NOT_PLACE_NAMES: readonly string[] = [
  'Pháp luật TP.HCM', 'Pháp luật TP HCM', 'Pháp luật TPHCM', 'Pháp luật Việt Nam',
  // Pháp (France) opening a common noun: law, legal status, forensics, ordinance
  'Pháp luật', 'Pháp lý', 'Tư pháp', 'Pháp chế', 'Pháp lệnh', 'Pháp nhân', 'Pháp y', 'Pháp quyền', 'Pháp sư', 'Pháp Luân Công',
  // Mỹ (America) opening one: fine arts, cosmetics, handicrafts (Đại học Mỹ thuật, khoa Mỹ thuật)
  'Mỹ thuật', 'Mỹ phẩm', 'Mỹ nghệ',
  'Sài Gòn Giải Phóng', 'Hà Nội Mới', 'Kinh tế Sài Gòn', 'Sài Gòn Tiếp Thị',
  'Bayern Munich', 'Real Madrid', 'Atletico Madrid', 'Manchester United', 'Manchester City', 'Inter Milan',
  'AC Milan', 'Paris Saint-Germain', 'Paris SG', 'Newcastle United', 'Leicester City', 'Hà Nội FC',
  'Sài Gòn FC', 'Hải Phòng FC', 'Than Quảng Ninh', 'SHB Đà Nẵng', 'Sông Lam Nghệ An', 'Becamex Bình Dương',
  'Quảng Nam FC', 'Thanh Hóa FC', 'Hoàng Anh Gia Lai',
  // the country's largest airport, often written without "sân bay" (khu vực Tân Sơn Nhất): no Tân Sơn district
  'Tân Sơn Nhất',
  // a film franchise named with a region inside, the press's most written one (and the phones and toys named after it)
  'Cướp biển vùng Caribbean', 'Cướp biển vùng Caribe', 'Pirates of the Caribbean',
  // oceans (natural features) named with a place inside
  'Thái Bình Dương', 'Nam Thái Bình Dương', 'Bắc Thái Bình Dương', 'Tây Thái Bình Dương', 'Đông Thái Bình Dương', 'Ấn Độ Dương',
];

/** Mountain ranges (natural features), read as a region after vùng or khu vực ("vùng Alps của Thụy Sỹ"): no place. */
export const MOUNTAIN_RANGE_NAMES: readonly string[] = ['Alps', 'Alpes', 'Andes', 'Himalaya', 'Himalayas', 'Pyrenees', 'Urals'];

/**
 * Two-word sentence openers that a caption or a lost full stop glues onto a place name ("tại quận Gò Vấp Phát hiện sự
 * việc", "huyện Hóc Môn Quy định ...", "huyện Cát Hải Dự án ..."), beside the general ones in personal-names.ts. No unit's
 * name ends in the first word followed by the second in lower case (each pair checked on the corpus after a unit word).
 */
export const PLACE_GLUED_OPENING_PHRASES: readonly string[] = [
  'phát hiện', 'bức xúc', 'dự án', 'vào thời', 'vào lúc', 'chú ý', 'quy định', 'trên đường', 'công văn', 'hơn chục',
  'lãnh đạo', 'đầu tháng', 'hiện trường',
  // (an interview's opener: "xã Thạch Tiến Trao đổi với PV"; glued after a capitalised word 141 times in the corpus)
  'trao đổi',
  // (the next sentence's opener after a lost full stop: "xã Liên Trạch Hầu hết các tuyến đường", "Quận ủy Thanh Khê Cụ thể,
  // ông ...", "TP.Phan Thiết Văn bản do ông ..."; after any capitalised word in the corpus these pairs only open a sentence)
  'hầu hết', 'cụ thể', 'văn bản', 'tiếp đó', 'điều đáng', 'đến thời', 'ngay sau', 'đoạn video', 'tin từ',
  // (a route's description opening: "ngoại thành Thủ đô Điểm đầu của dự án giao với ..."; 10 corpus sentences open so)
  'điểm đầu', 'điểm cuối',
];

/** The press's nicknames of football countries by their dance, written like a land after xứ (xứ Tango, xứ Samba). */
export const LAND_NICKNAMES: readonly string[] = ['Tango', 'Samba'];

/**
 * Districts, district-level towns and provincial cities of Vietnam (the GSO list of 2017, before the
 * 2025 reform), by province code. Bare, most are also given names or common words (Thanh Bình, Tây
 * Sơn), so they are places only where an address puts them: in brackets, before a province, after
 * tại/ở/trú, in a list of places. They also keep a country or a province at their start from being
 * read alone (Mỹ Đức is no "Mỹ", Anh Sơn no "Anh"). Districts named after an island, a mountain, a
 * peninsula or a forest (Phú Quốc, Ba Vì, Sơn Trà, U Minh) are left out: bare, the press means the
 * natural feature. Names that are also a province's keep the province's entry.
 */
const DISTRICTS_BY_PROVINCE: Record<string, string> = {
  '01': 'Ba Đình|Hoàn Kiếm|Tây Hồ|Long Biên|Cầu Giấy|Đống Đa|Hai Bà Trưng|Hoàng Mai|Thanh Xuân|Sóc Sơn|Đông Anh|Gia Lâm|Nam Từ Liêm|Bắc Từ Liêm|Từ Liêm|Thanh Trì|Mê Linh|Hà Đông|Sơn Tây|Phúc Thọ|Đan Phượng|Hoài Đức|Quốc Oai|Thạch Thất|Chương Mỹ|Thanh Oai|Thường Tín|Phú Xuyên|Ứng Hòa|Mỹ Đức',
  '02': 'Đồng Văn|Mèo Vạc|Yên Minh|Quản Bạ|Vị Xuyên|Bắc Mê|Hoàng Su Phì|Xín Mần|Bắc Quang|Quang Bình',
  '04': 'Bảo Lâm|Bảo Lạc|Thông Nông|Hà Quảng|Trà Lĩnh|Trùng Khánh|Hạ Lang|Quảng Uyên|Phục Hòa|Hòa An|Nguyên Bình|Thạch An',
  '06': 'Pác Nặm|Ba Bể|Ngân Sơn|Bạch Thông|Chợ Đồn|Chợ Mới|Na Rì',
  '08': 'Lâm Bình|Na Hang|Chiêm Hóa|Hàm Yên|Yên Sơn|Sơn Dương',
  '10': 'Bát Xát|Mường Khương|Si Ma Cai|Bắc Hà|Bảo Thắng|Bảo Yên|Văn Bàn',
  '11': 'Điện Biên Phủ|Mường Lay|Mường Nhé|Mường Chà|Tủa Chùa|Tuần Giáo|Điện Biên Đông|Mường Ảng|Nậm Pồ',
  '12': 'Tam Đường|Mường Tè|Sìn Hồ|Phong Thổ|Than Uyên|Tân Uyên|Nậm Nhùn',
  '14': 'Quỳnh Nhai|Thuận Châu|Mường La|Bắc Yên|Phù Yên|Yên Châu|Mai Sơn|Sông Mã|Sốp Cộp|Vân Hồ',
  '15': 'Nghĩa Lộ|Lục Yên|Văn Yên|Mù Cang Chải|Trấn Yên|Trạm Tấu|Văn Chấn|Yên Bình',
  '17': 'Đà Bắc|Kỳ Sơn|Lương Sơn|Kim Bôi|Cao Phong|Tân Lạc|Mai Châu|Lạc Sơn|Yên Thủy|Lạc Thủy',
  '19': 'Sông Công|Định Hóa|Phú Lương|Đồng Hỷ|Võ Nhai|Đại Từ|Phổ Yên|Phú Bình',
  '20': 'Tràng Định|Bình Gia|Văn Lãng|Cao Lộc|Văn Quan|Bắc Sơn|Hữu Lũng|Chi Lăng|Lộc Bình|Đình Lập',
  '22': 'Bình Liêu|Tiên Yên|Đầm Hà|Hải Hà|Ba Chẽ|Hoành Bồ|Đông Triều|Quảng Yên',
  '24': 'Yên Thế|Tân Yên|Lạng Giang|Lục Nam|Lục Ngạn|Sơn Động|Yên Dũng|Việt Yên|Hiệp Hòa',
  '25': 'Việt Trì|Đoan Hùng|Hạ Hòa|Thanh Ba|Phù Ninh|Yên Lập|Cẩm Khê|Tam Nông|Lâm Thao|Thanh Sơn|Thanh Thủy|Tân Sơn',
  '26': 'Vĩnh Yên|Phúc Yên|Lập Thạch|Tam Dương|Bình Xuyên|Yên Lạc|Vĩnh Tường|Sông Lô',
  '27': 'Yên Phong|Quế Võ|Tiên Du|Từ Sơn|Thuận Thành|Gia Bình|Lương Tài',
  '30': 'Chí Linh|Nam Sách|Kinh Môn|Kim Thành|Thanh Hà|Cẩm Giàng|Bình Giang|Gia Lộc|Tứ Kỳ|Ninh Giang|Thanh Miện',
  '31': 'Hồng Bàng|Ngô Quyền|Lê Chân|Hải An|Kiến An|Đồ Sơn|Dương Kinh|Thủy Nguyên|An Dương|An Lão|Kiến Thụy|Tiên Lãng|Vĩnh Bảo',
  '33': 'Văn Lâm|Văn Giang|Yên Mỹ|Mỹ Hào|Ân Thi|Khoái Châu|Kim Động|Tiên Lữ|Phù Cừ',
  '34': 'Quỳnh Phụ|Hưng Hà|Đông Hưng|Thái Thụy|Tiền Hải|Kiến Xương|Vũ Thư',
  '35': 'Phủ Lý|Duy Tiên|Kim Bảng|Thanh Liêm|Bình Lục|Lý Nhân',
  '36': 'Mỹ Lộc|Vụ Bản|Ý Yên|Nghĩa Hưng|Nam Trực|Trực Ninh|Xuân Trường|Giao Thủy|Hải Hậu',
  '37': 'Tam Điệp|Nho Quan|Gia Viễn|Hoa Lư|Yên Khánh|Kim Sơn|Yên Mô',
  '38': 'Bỉm Sơn|Sầm Sơn|Mường Lát|Quan Hóa|Bá Thước|Quan Sơn|Lang Chánh|Ngọc Lặc|Cẩm Thủy|Thạch Thành|Hà Trung|Vĩnh Lộc|Yên Định|Thọ Xuân|Thường Xuân|Triệu Sơn|Thiệu Hóa|Hoằng Hóa|Hậu Lộc|Nga Sơn|Như Xuân|Như Thanh|Nông Cống|Đông Sơn|Quảng Xương|Tĩnh Gia',
  '40': 'Cửa Lò|Thái Hòa|Quế Phong|Quỳ Châu|Kỳ Sơn|Tương Dương|Nghĩa Đàn|Quỳ Hợp|Quỳnh Lưu|Con Cuông|Tân Kỳ|Anh Sơn|Diễn Châu|Yên Thành|Đô Lương|Thanh Chương|Nghi Lộc|Nam Đàn|Hưng Nguyên|Hoàng Mai',
  '42': 'Hồng Lĩnh|Hương Sơn|Đức Thọ|Vũ Quang|Nghi Xuân|Can Lộc|Hương Khê|Thạch Hà|Cẩm Xuyên|Kỳ Anh|Lộc Hà',
  '44': 'Đồng Hới|Minh Hóa|Tuyên Hóa|Quảng Trạch|Bố Trạch|Lệ Thủy|Ba Đồn',
  '45': 'Đông Hà|Vĩnh Linh|Hướng Hóa|Gio Linh|Đa Krông|Cam Lộ|Triệu Phong|Hải Lăng',
  '46': 'Phong Điền|Quảng Điền|Phú Vang|Hương Thủy|Hương Trà|A Lưới|Phú Lộc|Nam Đông',
  '48': 'Liên Chiểu|Thanh Khê|Hải Châu|Cẩm Lệ|Hòa Vang',
  '49': 'Tam Kỳ|Hội An|Tây Giang|Đông Giang|Đại Lộc|Điện Bàn|Duy Xuyên|Quế Sơn|Nam Giang|Phước Sơn|Hiệp Đức|Thăng Bình|Tiên Phước|Bắc Trà My|Nam Trà My|Núi Thành|Phú Ninh|Nông Sơn',
  '51': 'Bình Sơn|Trà Bồng|Tây Trà|Sơn Tịnh|Tư Nghĩa|Sơn Hà|Minh Long|Nghĩa Hành|Mộ Đức|Đức Phổ|Ba Tơ',
  '52': 'Quy Nhơn|Hoài Nhơn|Hoài Ân|Phù Mỹ|Vĩnh Thạnh|Tây Sơn|Phù Cát|An Nhơn|Tuy Phước|Vân Canh',
  '54': 'Tuy Hòa|Sông Cầu|Đồng Xuân|Tuy An|Sơn Hòa|Sông Hinh|Tây Hòa|Phú Hòa|Đông Hòa',
  '56': 'Nha Trang|Cam Ranh|Cam Lâm|Vạn Ninh|Ninh Hòa|Khánh Vĩnh|Diên Khánh|Khánh Sơn',
  '58': 'Bác Ái|Ninh Sơn|Ninh Hải|Ninh Phước|Thuận Bắc|Thuận Nam',
  '60': 'La Gi|Tuy Phong|Bắc Bình|Hàm Thuận Bắc|Hàm Thuận Nam|Tánh Linh|Đức Linh|Hàm Tân',
  '62': 'Đắk Glei|Ngọc Hồi|Đắk Tô|Kon Plông|Kon Rẫy|Đắk Hà|Sa Thầy|Tu Mơ Rông',
  '64': 'An Khê|Ayun Pa|Đăk Đoa|Chư Păh|Ia Grai|Mang Yang|Kông Chro|Đức Cơ|Chư Prông|Chư Sê|Đăk Pơ|Ia Pa|Krông Pa|Phú Thiện|Chư Pưh',
  '66': 'Buôn Hồ|Ea Súp|Buôn Đôn|Krông Búk|Krông Năng|Ea Kar|Krông Bông|Krông Pắc|Krông A Na|Cư Kuin',
  '67': 'Gia Nghĩa|Đắk Glong|Cư Jút|Đắk Mil|Krông Nô|Đắk Song|Tuy Đức',
  '68': 'Bảo Lộc|Đam Rông|Lạc Dương|Lâm Hà|Đơn Dương|Đức Trọng|Di Linh|Đạ Huoai|Đạ Tẻh',
  '70': 'Phước Long|Đồng Xoài|Bình Long|Bù Gia Mập|Lộc Ninh|Bù Đốp|Hớn Quản|Đồng Phú|Bù Đăng|Chơn Thành|Phú Riềng',
  '72': 'Tân Biên|Tân Châu|Dương Minh Châu|Châu Thành|Hòa Thành|Gò Dầu|Bến Cầu|Trảng Bàng',
  '74': 'Bàu Bàng|Dầu Tiếng|Bến Cát|Phú Giáo|Tân Uyên|Dĩ An|Thuận An|Bắc Tân Uyên',
  '75': 'Long Khánh|Tân Phú|Vĩnh Cửu|Định Quán|Trảng Bom|Cẩm Mỹ|Long Thành|Xuân Lộc|Nhơn Trạch',
  '77': 'Châu Đức|Xuyên Mộc|Long Điền|Đất Đỏ|Tân Thành',
  '79': 'Thủ Đức|Gò Vấp|Bình Thạnh|Tân Bình|Tân Phú|Phú Nhuận|Bình Tân|Củ Chi|Hóc Môn|Bình Chánh|Nhà Bè|Cần Giờ',
  '80': 'Tân An|Kiến Tường|Tân Hưng|Vĩnh Hưng|Mộc Hóa|Tân Thạnh|Thạnh Hóa|Đức Huệ|Đức Hòa|Bến Lức|Thủ Thừa|Tân Trụ|Cần Đước|Cần Giuộc|Châu Thành',
  '82': 'Mỹ Tho|Gò Công|Cai Lậy|Tân Phước|Cái Bè|Chợ Gạo|Gò Công Tây|Gò Công Đông|Tân Phú Đông',
  '83': 'Chợ Lách|Mỏ Cày Nam|Mỏ Cày Bắc|Giồng Trôm|Bình Đại|Ba Tri|Thạnh Phú',
  '84': 'Càng Long|Cầu Kè|Tiểu Cần|Cầu Ngang|Trà Cú|Duyên Hải',
  '86': 'Long Hồ|Mang Thít|Vũng Liêm|Tam Bình|Bình Minh|Trà Ôn|Bình Tân',
  '87': 'Cao Lãnh|Sa Đéc|Hồng Ngự|Tân Hồng|Tam Nông|Tháp Mười|Thanh Bình|Lấp Vò|Lai Vung|Châu Thành',
  '89': 'Long Xuyên|Châu Đốc|An Phú|Tân Châu|Phú Tân|Châu Phú|Tịnh Biên|Tri Tôn|Chợ Mới|Thoại Sơn',
  '91': 'Rạch Giá|Hà Tiên|Kiên Lương|Hòn Đất|Tân Hiệp|Giồng Riềng|Gò Quao|An Biên|An Minh|Vĩnh Thuận|Giang Thành',
  '92': 'Ninh Kiều|Ô Môn|Bình Thủy|Cái Răng|Thốt Nốt|Vĩnh Thạnh|Cờ Đỏ|Phong Điền|Thới Lai',
  '93': 'Vị Thanh|Ngã Bảy|Phụng Hiệp|Vị Thủy|Long Mỹ|Châu Thành',
  '94': 'Kế Sách|Mỹ Tú|Cù Lao Dung|Long Phú|Mỹ Xuyên|Ngã Năm|Thạnh Trị|Vĩnh Châu|Trần Đề',
  '95': 'Hồng Dân|Phước Long|Vĩnh Lợi|Giá Rai|Đông Hải',
  '96': 'Thới Bình|Trần Văn Thời|Cái Nước|Đầm Dơi|Năm Căn|Phú Tân|Ngọc Hiển',
};

/**
 * Districts and towns left out of DISTRICTS because, bare, the press means the bay, mountain, peninsula or forest they are
 * named after (vịnh Hạ Long, núi Tam Đảo, bán đảo Sơn Trà): the unit only right before its own province in brackets
 * (Hạ Long (Quảng Ninh), Tam Đảo (Vĩnh Phúc)). Island districts stay out: the guideline takes no islands.
 */
export const FEATURE_DISTRICT_PROVINCE_CODES: ReadonlyMap<string, readonly string[]> = new Map([
  ['Hạ Long', ['22']], ['Tam Đảo', ['26']], ['Ba Vì', ['01']], ['Sơn Trà', ['48']], ['Ngũ Hành Sơn', ['48']], ['U Minh', ['96']],
]);

/** Each district's provinces (old codes) by its name as written: Châu Thành is in six. */
export const DISTRICT_PROVINCE_CODES: ReadonlyMap<string, readonly string[]> = (() => {
  const byName = new Map<string, string[]>();
  for (const [code, names] of Object.entries(DISTRICTS_BY_PROVINCE)) {
    for (const name of names.split('|')) byName.set(name, [...(byName.get(name) ?? []), code]);
  }
  return byName;
})();

/** Each district name once (Châu Thành is in six provinces). */
export const DISTRICTS: readonly PlaceEntry[] = [...new Set(Object.values(DISTRICTS_BY_PROVINCE).flatMap((s) => s.split('|')))]
  .map((name) => ({ forms: [name], kind: 'district' as LocationKind, addressOnly: true }));

/** Nouns for one country that a region after them may only qualify ("quốc gia Trung Đông", "một nước châu Âu"). */
export const ONE_COUNTRY_NOUN_WORDS: readonly string[] = ['quốc gia', 'nước', 'đất nước', 'đảo quốc', 'vương quốc'];
/** Words before such a noun that make it several countries, the region's own ("các nước châu Âu", "2 quốc gia Trung Đông"). */
export const MANY_COUNTRIES_BEFORE_WORDS: readonly string[] = ['các', 'những', 'nhiều', 'mọi', 'vài', 'mấy', 'số', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy',
  'tám', 'chín', 'mười', 'cả', 'toàn', 'hết'];
/** Words that make "nước" water, not a country ("vùng nước châu Á": Asian waters, a place). */
export const WATER_BEFORE_NUOC_WORDS: readonly string[] = ['vùng', 'mặt', 'nguồn', 'dòng', 'thủy', 'vực', 'biển'];
/** Posts of a place's head after which a long foreign run is the place's first word, then the holder ("Thống đốc Manisa Akif Celalettin Simsek"). */
export const UNIT_HOLDER_POST_WORDS: readonly string[] = ['thống đốc', 'thị trưởng', 'tỉnh trưởng', 'huyện trưởng', 'cảnh sát trưởng', 'cảnh sát', 'công tố', 'chủ tịch'];

/**
 * Syllables that open a two-syllable given name whose second syllable is a one-syllable country: Như Ý, Ngọc Anh, Tuấn
 * Anh, Thúy Nga, Minh Đức, Ngọc Mỹ. Capitalised right before the country, one space apart, they make a person's name
 * (a byline "Ảnh: Như Ý", "Bộ trưởng Chu Ngọc Anh"). Not the syllables that open places (Việt, Trung, Nhật, Hoa, Thiên,
 * the compass words) nor "châu" (châu Mỹ).
 */
export const GIVEN_NAME_SYLLABLES_BEFORE_COUNTRY: readonly string[] = [
  'như', 'ngọc', 'tuấn', 'thanh', 'hoàng', 'quỳnh', 'thúy', 'thùy', 'lan', 'kim', 'vân', 'mai', 'phương', 'minh', 'tú',
  'hằng', 'tuyết', 'ngân', 'thục', 'diễm', 'bảo', 'hồng', 'thu', 'huyền', 'yến', 'hữu', 'văn', 'thế', 'hương', 'linh',
  'duy', 'quang', 'xuân', 'hải', 'trâm', 'diệu', 'quế',
];

/**
 * Trade names of state groups, carriers and banks whose provincial units are named "brand + province" (VNPT Vĩnh Long,
 * Viettel Hà Nội, Agribank Bến Tre, EVN HANOI): the province there names a business's unit, as in "Công ty Điện lực Hà
 * Nội", not a place. Folded as written; read as venue heads.
 */
export const PROVINCE_UNIT_BRANDS: readonly string[] = [
  'vnpt', 'viettel', 'vinaphone', 'mobifone', 'evn', 'agribank', 'vietcombank', 'vietinbank', 'bidv', 'sacombank', 'petrolimex',
];
