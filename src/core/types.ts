/**
 * The core's data model. Platform-neutral: nothing here knows about Discord, Telegram or the LLM.
 */

export type Lang = "ar" | "en";

/** Text in both languages; `en` is absent until a translation is known. */
export interface Bilingual {
  ar: string;
  en?: string;
}

/** How sure the publication date is: stated in metadata, approximate, or inferred from the text. */
export type PublishedPrecision = "day" | "approx" | "inferred";

/** One article after loading and boilerplate cleaning. */
export interface Article {
  /** File name without extension, or the `id` field of a JSON line. */
  id: string;
  title: string;
  /** Outlet name as given (Arabic or Latin); null when unknown. */
  source: string | null;
  /** Outlet name in English, when known (meta.json `source_en`). */
  sourceEn: string | null;
  /** YYYY-MM-DD, or null when neither metadata nor text gives one. */
  published: string | null;
  publishedPrecision: PublishedPrecision | null;
  url: string | null;
  lang: string;
  /** Cleaned paragraphs, boilerplate removed, in order. The title is not repeated here. */
  paragraphs: string[];
  /** Where the article came from: file path (and line for JSON lines). */
  origin: string;
}

/** A problem met while loading a corpus: the file is skipped (or the line, for JSON lines). */
export interface LoadProblem {
  file: string;
  line?: number;
  reason: string;
  /** Set when the article is a copy of another (same title and text): the id of the one kept. */
  copyOf?: string;
}

export interface LoadResult {
  articles: Article[];
  problems: LoadProblem[];
}

export type DatePrecision = "day" | "month" | "year";

/** A date found in text by the temporal tagger. */
export interface DateMention {
  /** Normalised date: YYYY, YYYY-MM or YYYY-MM-DD according to `precision`. */
  date: string;
  /** Last day of a range ("يومي 22 و23 يوليو" → end 2024-07-23), same format. */
  end?: string;
  precision: DatePrecision;
  /** The exact phrase in the input it came from. */
  phrase: string;
  /** Offsets of `phrase` in the input. */
  start: number;
  endOffset: number;
  /** True when resolved against the publication date (اليوم، أمس، الثلاثاء، الشهر الماضي...). */
  relative: boolean;
  /** Hijri source dates keep the original calendar text; the date itself is Gregorian. */
  calendar?: "gregorian" | "hijri";
  /**
   * The phrase names a weekday the date does not fall on, and the text gives no better reading
   * ("الخميس 14 جانفي 2017": an explicit date kept as written); callers may show the disagreement.
   */
  weekdayConflict?: true;
}

export type EntityType = "person" | "organization" | "place";

/** One occurrence of a name in a sentence, as found by the extractor. */
export interface EntityMention {
  type: EntityType;
  /** The name as written (no role words, no clitics such as و/ل/ب). */
  surface: string;
  start: number;
  end: number;
  /** Role phrase attached to this occurrence, in Arabic ("وزير الدفاع الأميركي"), if any. */
  role?: string;
  /** The name the text says the person is known by («محمد حمدان دقلو، المعروف بحميدتي»: حميدتي), if any. */
  alias?: string;
}

/** A quotation attributed to a speaker. */
export interface QuoteMention {
  /** Surface form of the speaker as found (a name, or a resolved pronoun/title reference). */
  speaker: string;
  text: string;
  start: number;
  end: number;
}

/** A sentence of an article with its analysis. */
export interface Sentence {
  /** `${articleId}#${index}` */
  id: string;
  articleId: string;
  /** Position in the article (0-based, over all paragraphs). */
  index: number;
  paragraph: number;
  text: string;
  /** sentenceHash(text): the key of translations and caches. */
  hash: string;
  dates: DateMention[];
  mentions: EntityMention[];
  quotes: QuoteMention[];
}

/** A person, organisation or place merged across all its mentions in the corpus. */
export interface Entity {
  /** Stable id: type prefix and a key of the canonical name, e.g. "person:لويد-اوستن". */
  id: string;
  type: EntityType;
  name: { ar: string; en: string };
  /** Every surface form seen (Arabic), plus known English forms. */
  aliases: string[];
  roles: { ar: string; en: string }[];
  /** Article ids, in corpus order. */
  articles: string[];
  mentions: number;
  quotes: { text: string; sentenceId: string; articleId: string }[];
  /** Ids of the sentences that mention it. */
  sentenceIds: string[];
}

/** A dated event: a sentence (or clause) with its date, merged across articles that report it. */
export interface TimelineEvent {
  date: string;
  end?: string;
  precision: DatePrecision;
  text: Bilingual;
  articles: string[];
  /** The date phrase the date came from. */
  evidence: string;
  sentenceIds: string[];
}
