/**
 * Boilerplate cleaning for scraped news pages, by general rules (no page- or outlet-specific strings):
 *
 * 1. Widget lines are dropped: weather (a degree sign), phone numbers and other lines made mostly of
 *    digits, symbols or Latin widget words, reading-time widgets, share/follow widgets, credit lines
 *    ("المصدر: …", "ترجمة: …"), byline-only lines ("واشنطن -هبة نصر"), date stamps ("آخر تحديث").
 * 2. "اقرأ أيضاً" / related-links markers and category/tag footers ("تصنيفات", "الوسوم") are dropped
 *    together with the block of link-like lines that follows them.
 * 3. A line repeated consecutively is a photo-caption widget: every copy goes. Other exact repeats keep
 *    their first occurrence.
 * 4. The title: a missing title falls back to the first surviving line when it reads as a headline
 *    (≤ 20 words, no final full stop) and that line leaves the text; when the page opens straight with
 *    its lead paragraph, the lead stays and the title is its first clause. Lines near the top that
 *    repeat the title (or a truncated prefix of it) are removed.
 * 5. Short non-sentence lines (sub-headings such as "تحذير أمريكي", list headers, AFP "- … -" headings)
 *    are DROPPED rather than marked: `Article.paragraphs` is the text every later stage splits into
 *    sentences, so a heading left there could become a summary or timeline sentence. A line is kept as
 *    prose when it ends like a sentence (. ! ? ؟ …, maybe followed by a closing quote) or is long.
 *
 * Bullet markers ("- ", "• ") are removed from kept list items. Pure function; no I/O.
 */
import { normalizeKey } from "../text/normalize.ts";

/** Result of cleaning one article body. */
export interface CleanResult {
  /** The given title, or the first clean line when none was given; null for an empty body. */
  title: string | null;
  paragraphs: string[];
  /** Every dropped line with the rule that dropped it (for tests and diagnostics). */
  dropped: { line: string; rule: string }[];
}

export interface CleanOptions {
  /** Known title (metadata); when absent the first clean line becomes the title. */
  title?: string | null;
}

/** A line with fewer words than this is never prose on its own. */
const MIN_WORDS = 3;
/** Without sentence-final punctuation, a line needs more words than this to count as prose. */
const HEADING_MAX_WORDS = 6;
/** A first line longer than this is a lead paragraph, not a headline. */
const TITLE_MAX_WORDS = 20;
/** Widget rules only fire on short lines: a long line is content even if it mentions "المصدر:". */
const WIDGET_MAX_WORDS = 12;

const SENTENCE_END = /[.!?\u061F\u2026]["'\u201D\u00BB)\]]*$/;
const ARABIC_LETTERS = /[\u0621-\u064A\u0671-\u06D3]/g;
const LATIN_LETTERS = /[A-Za-z\u00C0-\u024F]/g;
const BULLET = /^(?:[-\u2013\u2014\u2022\u25CF\u25AA*\u00B7]\s+)+/;

// Patterns below run on normalizeKey(line): no diacritics/tanwin, one alef form, ة→ه, ى→ي, ASCII digits,
// Latin lower case.
const DEGREE = /[\u00B0\u2103\u2109]/;
const READING_TIME =
  /(دقائق|دقيقه|دقيقة|دقيقتان|وقت|مده|مدة)\s*(ال)?قراءه|(ال)?قراءه\s*[:\-–]?\s*\d|reading|min(ute)?s? read|read time/i;
const READ_ALSO =
  /^(اقرا|طالع|شاهد|اقرئي|يمكنك قراءه|يمكنك قراءة)\s*(ايضا|كذلك|المزيد)|^(مواضيع|اخبار|مقالات|روابط|قصص|اخبار)\s+(ذات صله|ذات صلة|متعلقه|متعلقة|مشابهه|مشابهة|مقترحه|مقترحة)|^(ذات صله|ذات صلة|المزيد من الاخبار)\s*[:：]?\s*$|^(read (also|more)|related)\b/i;
const FOOTER =
  /^(تصنيفات|التصنيفات|التصنيف|الوسوم|وسوم|الكلمات المفتاحيه|الكلمات المفتاحية|كلمات مفتاحيه|كلمات مفتاحية|الكلمات الدلاليه|الكلمات الدلالية|مواضيع متعلقه|tags|categories|filed under)\s*[:：]?/i;
const SHARE =
  /^(شارك|شاركها|شاركوا|مشاركه|مشاركة|انشر|تابعونا|تابعنا|تابعوا|اشترك|اشتركوا|طباعه|طباعة|ارسل|حفظ|نسخ الرابط|الرابط المختصر|تويتر|فيسبوك|واتساب|تلغرام|share|follow|subscribe|print)\b/i;
const CREDIT =
  /^(المصدر|مصدر|المصادر|ترجمه|ترجمة|تحرير|اعداد|تصوير|بقلم|كتب|كتبت|الصوره|الصورة|صوره|صورة|مصدر الصوره|مصدر الصورة|حقوق|جميع الحقوق|المحرر|source|photo|credit|via)\s*[:：]/i;
const STAMP = /^(اخر تحديث|تاريخ النشر|نشر في|تم النشر|تم نشره|محدث|updated|published)\b/i;
const WIDGET_WORDS =
  /\b(icon|share|tweet|facebook|twitter|whatsapp|telegram|email|print|comments?|advertisement|loading|subscribe|follow|click|copy link)\b/i;
/** "واشنطن -هبة نصر", "بغداد - مراسلنا": place, dash, name; nothing else. */
const BYLINE = /^[\u0621-\u064A\s]{2,30}\s*[-\u2013\u2014]\s*[\u0621-\u064A\s]{2,30}$/;

/** Why a single line is boilerplate on its own (rule name), or null when it may be content. */
export function widgetRule(line: string, arabicArticle = true): string | null {
  // Every rule is limited to short lines: most lines are long prose and return here, unnormalised.
  if (wordCount(line) > WIDGET_MAX_WORDS) return null;
  const n = normalizeKey(line);
  const words = wordCount(n);
  if (READING_TIME.test(n) && words <= WIDGET_MAX_WORDS) return "reading-time";
  if (DEGREE.test(n) && words <= 6) return "weather";
  const nonSpace = n.replace(/\s/g, "").length;
  const arabic = (n.match(ARABIC_LETTERS) ?? []).length;
  const latin = (n.match(LATIN_LETTERS) ?? []).length;
  const letters = arabicArticle ? arabic : arabic + latin;
  // Phone numbers, prices tables, Latin widget labels: hardly any letters of the article's script.
  if (letters < nonSpace * 0.5 && words <= WIDGET_MAX_WORDS) return "digits-symbols";
  if (CREDIT.test(n)) return "credit";
  if (STAMP.test(n)) return "date-stamp";
  if (!SENTENCE_END.test(n)) {
    if (SHARE.test(n) && words <= 6) return "share";
    if (WIDGET_WORDS.test(n) && words <= 8) return "widget-words";
    if (BYLINE.test(n) && words <= 5) return "byline";
  }
  return null;
}

/** True for "اقرأ أيضاً" / related-links markers and category/tag footers. */
export function blockMarker(line: string): "read-also" | "footer" | null {
  if (wordCount(line) > WIDGET_MAX_WORDS) return null;
  const n = normalizeKey(line);
  if (READ_ALSO.test(n)) return "read-also";
  if (FOOTER.test(n)) return "footer";
  return null;
}

/** True when a line reads as prose: sentence-final punctuation and enough words, or long. */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  if (words < MIN_WORDS) return false;
  return SENTENCE_END.test(line.trim()) || words > HEADING_MAX_WORDS;
}

/** Cleans an article body (lines separated by \n; blank lines are paragraph breaks too). */
export function cleanText(body: string, options: CleanOptions = {}): CleanResult {
  const dropped: { line: string; rule: string }[] = [];
  const arabicArticle = /[\u0621-\u064A]/.test(body);
  const lines: string[] = [];
  // Runs of spaces (and no-break/thin spaces, tabs) become one space: scraped text is full of them.
  for (const raw of body.replace(/[ \u00A0\u2000-\u200A\u202F\t\r]{2,}|[\u00A0\u2000-\u200A\u202F\t\r]/g, " ").split("\n")) {
    const l = raw.trim();
    if (l.length > 0) lines.push(l);
  }

  // Steps 1 and 2: widget lines, and marker-led blocks.
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = blockMarker(line);
    if (marker) {
      dropped.push({ line, rule: marker });
      // The related links / tags that follow a marker are headline-like: short or unpunctuated.
      while (i + 1 < lines.length && isLinkLike(lines[i + 1]!)) dropped.push({ line: lines[++i]!, rule: marker });
      continue;
    }
    const rule = widgetRule(line, arabicArticle);
    if (rule) dropped.push({ line, rule });
    else kept.push(line);
  }

  // Step 3: consecutive repeats are captions (all copies go); later repeats keep the first.
  // Exact repeats: white space is already trimmed, so the line itself is the key.
  const keys = kept;
  const seen = new Set<string>();
  const unique: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const key = keys[i]!;
    if (key === keys[i - 1] || key === keys[i + 1]) {
      dropped.push({ line: kept[i]!, rule: "caption-repeat" });
      continue;
    }
    if (seen.has(key)) {
      dropped.push({ line: kept[i]!, rule: "repeat" });
      continue;
    }
    seen.add(key);
    unique.push(kept[i]!);
  }

  // Step 4: the title.
  let title = options.title?.trim() || null;
  let body2 = unique;
  if (title !== null) body2 = dropTitleRepeats(unique, title, dropped);
  else if (unique.length > 0) {
    const first = stripBullet(unique[0]!);
    if (isHeadline(first)) {
      title = first;
      body2 = dropTitleRepeats(unique.slice(1), title, dropped);
    } else {
      // The page starts straight with its lead paragraph: keep it as text, title it by its opening words.
      title = headlineFrom(first);
    }
  }

  // Step 5: headings and other short non-sentences.
  const paragraphs: string[] = [];
  for (const line of body2) {
    let text = stripBullet(line);
    if (/[-\u2013\u2014]$/.test(text)) text = text.replace(/[\s\-\u2013\u2014]+$/, ""); // "- heading -"
    if (isProse(text)) paragraphs.push(text);
    else dropped.push({ line, rule: "heading" });
  }
  return { title, paragraphs, dropped };
}

/** Removes, among the first lines, those equal to the title or a truncated prefix of it (≥ 3 words). */
function dropTitleRepeats(lines: string[], title: string, dropped: { line: string; rule: string }[]): string[] {
  const titleKey = normalizeKey(title).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const out: string[] = [];
  lines.forEach((line, i) => {
    // Only the top of the body repeats the title; later lines are not even normalised.
    const key = i < 3 && line.length <= title.length + 20 ? normalizeKey(line).replace(/[^\p{L}\p{N}]+/gu, " ").trim() : "";
    const repeat = key !== "" && (key === titleKey || (wordCount(key) >= 3 && titleKey.startsWith(key + " ")));
    if (repeat) dropped.push({ line, rule: "title" });
    else out.push(line);
  });
  return out;
}

/** A headline: not paragraph-long, and not ending with a full stop. */
function isHeadline(line: string): boolean {
  return wordCount(line) <= TITLE_MAX_WORDS && !/[.\u061F!]["'\u201D\u00BB)\]]*$/.test(line);
}

/** A title made from the opening words of a lead paragraph (up to its first clause). */
function headlineFrom(lead: string): string {
  const clause = lead.split(/[.\u061F!\u060C،:]/)[0]!.trim();
  const words = clause.split(/\s+/);
  return words.length <= TITLE_MAX_WORDS ? clause : `${words.slice(0, TITLE_MAX_WORDS).join(" ")}…`;
}

function isLinkLike(line: string): boolean {
  if (blockMarker(line)) return true;
  const words = wordCount(line);
  // Link titles are headlines: no final full stop, and not paragraph-long.
  return words <= 20 && !/[.!?\u061F]["'\u201D\u00BB)\]]*$/.test(line);
}

function stripBullet(line: string): string {
  return line.replace(BULLET, "");
}

/** Words = runs of non-space; counted without allocating (this runs on every line of the corpus). */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
