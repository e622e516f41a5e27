// Publication dates as pages write them → ISO 8601 in Vietnam time (+07:00).

const pad = (n: number) => String(n).padStart(2, '0');
const VN_OFFSET_MS = 7 * 3600_000;

/** Machine dates (JSON-LD, meta tags, <time datetime>): an offset is converted to +07:00, none means local. */
export function isoFromMachineDate(raw: string | undefined | null): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (!m) return isoFromVisibleDate(s);
  const [, y, mo, d, hh, mi, ss, zone] = m;
  if (hh === undefined) return `${y}-${mo}-${d}`;
  if (!zone) return `${y}-${mo}-${d}T${hh}:${mi}:${ss ?? '00'}+07:00`;
  const t = Date.parse(`${y}-${mo}-${d}T${hh}:${mi}:${ss ?? '00'}${zone.length === 5 ? zone.slice(0, 3) + ':' + zone.slice(3) : zone.toUpperCase()}`);
  if (Number.isNaN(t)) return undefined;
  const v = new Date(t + VN_OFFSET_MS);
  return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}T${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}:${pad(v.getUTCSeconds())}+07:00`;
}

// Day first, as Vietnamese pages write it: 07/01/2020, 7-1-2020, 07.01.2020, "ngày 7 tháng 1 năm 2020".
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)/;
const WORDED_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*((?:19|20)\d\d)(?!\d)/i;
// 17:57, 17h57, 17 giờ 57; an optional AM/PM or SA/CH.
const TIME = /(?<!\d)([01]?\d|2[0-3])\s*(?::|h|giờ)\s*([0-5]\d)(?::[0-5]\d)?(?!\d)\s*(am|pm|sa|ch)?/i;

/**
 * A visible date line: `Thứ ba, 07/01/2020 17:57`, `Đăng lúc 17:57 07/01/2020`, `07/01/2020 - 17:57`,
 * `17h57 ngày 7 tháng 1 năm 2020`. Only short strings are read, so a body sentence is not a date line.
 */
export function isoFromVisibleDate(raw: string): string | undefined {
  if (raw.length > 160) return undefined;
  const m = NUMERIC_DATE.exec(raw) ?? WORDED_DATE.exec(raw);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${m[3]}-${pad(month)}-${pad(day)}`;
  const rest = raw.slice(0, m.index) + ' ' + raw.slice(m.index + m[0].length);
  const t = TIME.exec(rest);
  if (!t) return date;
  let hour = Number(t[1]);
  const ampm = t[3]?.toLowerCase();
  if ((ampm === 'pm' || ampm === 'ch') && hour < 12) hour += 12;
  if ((ampm === 'am' || ampm === 'sa') && hour === 12) hour = 0;
  return `${date}T${pad(hour)}:${t[2]}:00+07:00`;
}

/** True when the string carries a time as well as a date. */
export const hasTime = (iso: string | undefined): boolean => !!iso && iso.includes('T');
