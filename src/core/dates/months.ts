/**
 * Month names of every system used in Arabic news, keyed by `wordKey` of their first word.
 *
 * `strict` says how much context a name needs before it is read as a month when no day number
 * stands before it:
 * - 0: a year, a relative word (الماضي…), "شهر", a combined form or a temporal preposition is enough;
 * - 1: the name is also a common word (مارس "he practised", نيسان "Nissan", جوان "Joan"): a
 *   preposition is not enough, except "في" directly before (no verb follows في);
 * - 2: the name is very often not a month (ماي "May" the surname, صفر "zero", Hijri months that are
 *   also first names such as رجب، رمضان): only a day number or a year makes it a month.
 */
import { wordKey } from "./tokens.ts";

export type Calendar = "gregorian" | "hijri";

export interface MonthName {
  month: number;
  calendar: Calendar;
  strict: 0 | 1 | 2;
  /** Keys of the second word of a two-word name ("كانون الثاني"), if any. */
  tail?: readonly string[];
  /** The exact first word required (hamza kept), when the key alone is ambiguous: آب vs أب. */
  exact?: string;
}

type Row = [names: string, month: number, strict?: 0 | 1 | 2, tail?: string];

/** Gregorian names: Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian, Moroccan (with variants). */
const GREGORIAN: Row[] = [
  ["يناير", 1], ["فبراير", 2], ["مارس", 3, 1], ["أبريل إبريل ابريل", 4], ["مايو", 5],
  ["يونيو يونيه", 6], ["يوليو يوليه", 7], ["أغسطس اغسطس", 8], ["سبتمبر", 9], ["أكتوبر اكتوبر", 10],
  ["نوفمبر", 11], ["ديسمبر", 12],
  ["كانون", 1, 0, "الثاني ثاني"], ["شباط", 2], ["آذار", 3], ["نيسان", 4, 1], ["أيار", 5],
  ["حزيران", 6], ["تموز", 7], ["أيلول", 9], ["تشرين", 10, 0, "الأول أول"],
  ["تشرين", 11, 0, "الثاني ثاني"], ["كانون", 12, 0, "الأول أول"],
  ["جانفي", 1], ["فيفري", 2], ["أفريل", 4], ["ماي", 5, 2], ["جوان", 6, 1], ["جويلية", 7],
  ["أوت", 8], ["يوليوز", 7], ["غشت", 8], ["شتنبر", 9], ["نونبر", 11], ["دجنبر", 12],
];

/** Hijri names. All need a Hijri year to be converted, so all are strict. */
const HIJRI: Row[] = [
  ["محرم المحرم", 1, 2], ["صفر", 2, 2], ["ربيع", 3, 2, "الأول أول"], ["ربيع", 4, 2, "الآخر الثاني آخر ثاني"],
  ["جمادى جمادي", 5, 2, "الأولى الأول أولى"], ["جمادى جمادي", 6, 2, "الآخرة الثانية الآخر آخرة"],
  ["رجب", 7, 2], ["شعبان", 8, 2], ["رمضان", 9, 2], ["شوال", 10, 2],
  ["ذو ذي", 11, 2, "القعدة"], ["ذو ذي", 12, 2, "الحجة"],
];

function build(): Map<string, MonthName[]> {
  const table = new Map<string, MonthName[]>();
  const add = (rows: Row[], calendar: Calendar) => {
    for (const [names, month, strict = 0, tail] of rows) {
      for (const name of names.split(" ")) {
        const entry: MonthName = { month, calendar, strict };
        if (tail !== undefined) entry.tail = tail.split(" ").map(wordKey);
        if (name === "آب") entry.exact = name;
        const key = wordKey(name);
        const list = table.get(key) ?? [];
        list.push(entry);
        // Two-word names first: "كانون الثاني" must not stop at "كانون".
        list.sort((a, b) => (b.tail ? 1 : 0) - (a.tail ? 1 : 0));
        table.set(key, list);
      }
    }
  };
  add(GREGORIAN, "gregorian");
  add(HIJRI, "hijri");
  // آب (August) keys to "اب", like أب (father): `exact` keeps them apart.
  table.set(wordKey("آب"), [{ month: 8, calendar: "gregorian", strict: 0, exact: "آب" }]);
  return table;
}

/** Month names by the key of their first word. */
export const MONTHS: ReadonlyMap<string, readonly MonthName[]> = build();

/** English month names, 1-based index 0 unused. */
export const MONTHS_EN = [
  "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
] as const;

/** Arabic display names (Egyptian/Gulf set, the most widely read), 1-based index 0 unused. */
export const MONTHS_AR = [
  "", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
  "نوفمبر", "ديسمبر",
] as const;

/**
 * Month names that only one side of the Arab world writes: the Maghreb's (جانفي، جوان، أوت; Morocco's يوليوز، غشت) and
 * the Mashriq's (مايو، يونيو، أغسطس; the Levant's and Iraq's كانون، آذار، تموز). يناير, فبراير, أبريل, مارس… are shared.
 */
const MAGHREB_MONTHS = new Set("جانفي فيفري أفريل افريل ماي جوان جويلية أوت اوت يوليوز غشت شتنبر نونبر دجنبر".split(" ").map(wordKey));
const MASHRIQ_MONTHS = new Set("مايو يونيو يونيه يوليو يوليه أغسطس اغسطس نوفمبر كانون شباط آذار نيسان أيار حزيران تموز أيلول تشرين".split(" ").map(wordKey));

/**
 * Which side of the Arab world writes a date phrase's month name: 1 the Maghreb, -1 the Mashriq, 0 neither or both.
 * A hint of where the text was written (how its names are spelt in English: Ben Ali, not bin Ali).
 */
export function monthRegion(phrase: string): -1 | 0 | 1 {
  let region = 0;
  const side = (key: string): number => (MAGHREB_MONTHS.has(key) ? 1 : MASHRIQ_MONTHS.has(key) ? 2 : 0);
  for (const word of phrase.split(/[\s/،,()-]+/)) {
    const key = wordKey(word);
    // As written, else behind one clitic («وجوان», «بتموز»).
    region |= side(key) || (/^[وبل]/.test(key) ? side(key.slice(1)) : 0);
  }
  return region === 1 ? 1 : region === 2 ? -1 : 0;
}
