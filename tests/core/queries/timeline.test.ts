/**
 * The bounded timeline walk (events by term in importance order, entities' events by rank, stopping at the
 * limit) against a brute-force reference: every matching sentence's events (a person's events for a person's
 * name; for any other query the named organisations' and places' events and every sentence with all its
 * words), filtered by range, cut to the most important `limit`, in chronological order. On the seed corpus and on a synthetic corpus where a few
 * words recur in many dated sentences (so matches far exceed small limits and events merge several sources).
 */
import { describe, expect, it } from "vitest";
import type { Article, TimelineEvent } from "../../../src/core/types.ts";
import type { TimelineOptions } from "../../../src/core/core.ts";
import { buildIndex, type CoreIndex } from "../../../src/core/index/build.ts";
import { loadCorpus } from "../../../src/core/corpus/load.ts";
import { SEEDS_DIR } from "../../../src/core/create.ts";
import { overlaps } from "../../../src/core/index/spans.ts";
import { contentTerms } from "../../../src/core/index/terms.ts";
import { knownTermIds } from "../../../src/core/index/vectors.ts";
import { timeline } from "../../../src/core/queries/timeline.ts";
import { matchEntities } from "../../../src/core/queries/who.ts";
import { INVENTED } from "./invented.ts";

/** An invented article of one paragraph. */
function oneParagraph(id: string, published: string, text: string): Article {
  return {
    id, title: `خبر ${id}`, source: null, sourceEn: null, published, publishedPrecision: "day",
    url: null, lang: "ar", origin: `${id}.txt`, paragraphs: [text],
  };
}

const sentenceTerms = new WeakMap<CoreIndex, Set<string>[]>();

/**
 * Which events, in which order: all but how each is told (a name's timeline tells a shared event by the sentence that
 * names them; tested below).
 */
function selection(events: TimelineEvent[]): Omit<TimelineEvent, "text" | "evidence">[] {
  return events.map(({ text: _text, evidence: _evidence, ...rest }) => rest);
}

/** The timeline as it was computed before the bounded walk: everything matched, then ranked. */
function reference(index: CoreIndex, options: TimelineOptions): TimelineEvent[] {
  let termSets = sentenceTerms.get(index);
  if (!termSets) sentenceTerms.set(index, (termSets = index.sentences.map((s) => new Set(contentTerms(s.text)))));
  const { from, to } = options;
  const limit = Math.max(0, options.limit ?? 100);
  const ev = index.events;
  let chosen: number[];
  const query = options.query?.trim();
  if (query) {
    const matched = new Set<number>();
    const entities = matchEntities(index, query).slice(0, 3);
    for (const e of entities) for (const x of index.entityEvents[e]!) matched.add(x);
    // A person's name selects that person's events; any other query also every sentence with its words.
    if (!entities.some((e) => index.entities[e]!.type === "person")) {
      const wanted = new Set(contentTerms(query));
      const ids = knownTermIds(index.terms, query);
      if (wanted.size > 0 && ids.length === wanted.size) {
        for (let s = 0; s < index.sentences.length; s++) {
          const terms = termSets[s]!;
          if ([...wanted].every((t) => terms.has(t))) for (const x of ev.bySentence.get(s) ?? []) matched.add(x);
        }
      }
    }
    let list = [...matched].filter((e) => overlaps(ev.spans[e]!, from, to));
    if (list.length > limit) list = list.sort((a, b) => ev.rank[a]! - ev.rank[b]!).slice(0, limit);
    chosen = list.sort((a, b) => a - b);
  } else {
    chosen = [];
    for (const e of ev.byImportance) {
      if (chosen.length >= limit) break;
      if (overlaps(ev.spans[e]!, from, to)) chosen.push(e);
    }
    chosen.sort((a, b) => a - b);
  }
  return chosen.map((e) => ({ ...ev.events[e]!, text: { ar: ev.events[e]!.text.ar } }));
}

/** A synthetic corpus: twelve words in dated sentences, a third of them repeated by other articles. */
function synthetic(): Article[] {
  const words = ["لجنة", "القمح", "الزهراء", "البرلمان", "الميزانية", "المزارعين", "الجفاف", "البطولة", "الفروسية", "الوزير", "المدينة", "الاتفاق"];
  const months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو"];
  let seed = 7;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const said: string[] = [];
  return Array.from({ length: 60 }, (_, a) => ({
    id: `s${String(a).padStart(2, "0")}`,
    title: `${pick(words)} ${pick(words)} ${pick(words)}`,
    source: null, sourceEn: null, published: "2031-07-01", publishedPrecision: "day" as const,
    url: null, lang: "ar" as const, origin: `s${a}.txt`,
    paragraphs: Array.from({ length: 4 }, () => {
      if (said.length > 0 && rnd() < 0.3) return pick(said);
      const text = `وناقشت ${pick(words)} موضوع ${pick(words)} و${pick(words)} يوم ${1 + Math.floor(rnd() * 28)} ${pick(months)} ${pick(["2030", "2031"])} في اجتماع ${pick(words)} الموسع.`;
      said.push(text);
      return text;
    }),
  }));
}

const RANGES: { from?: string; to?: string }[] = [
  {},
  { from: "2030-06-01" },
  { to: "2030-12-31" },
  { from: "2031-02-01", to: "2031-04-15" },
  { from: "2031", to: "2031" },
  { from: "2030-03", to: "2030-03" },
  { from: "2019-01-01", to: "2020-12-31" },
];
const LIMITS = [undefined, 0, 1, 2, 3, 7, 20];

/** Queries: every content term of the corpus alone, pairs and triples of terms, entity names, unknown words. */
function queries(index: CoreIndex, step: number): string[] {
  const terms = [...index.terms.termIds.keys()];
  const out = new Set<string>(terms.filter((_, i) => i % step === 0));
  for (let i = 0; i < terms.length; i += 3) out.add(`${terms[i]} ${terms[(i * 7 + 1) % terms.length]}`);
  for (const s of index.sentences.slice(0, 80)) {
    const words = s.text.split(/\s+/);
    out.add(words.slice(1, 3).join(" "));
    out.add(words.slice(2, 5).join(" "));
  }
  for (const e of index.entities) out.add(e.name.ar);
  out.add("كلمةلاوجودلها");
  out.add("القمح كلمةلاوجودلها");
  out.add("في من");
  return [...out];
}

function check(index: CoreIndex, step = 1): number {
  let compared = 0;
  let nonEmpty = 0;
  const all = queries(index, step);
  all.forEach((query, i) => {
    for (const [k, range] of RANGES.entries()) {
      // Every range with the default limit; the other limits on a rotating share of the queries.
      const limits = k === 0 ? LIMITS : [undefined, LIMITS[(i + k) % LIMITS.length]];
      for (const limit of limits) {
        const options: TimelineOptions = { query, ...range, ...(limit === undefined ? {} : { limit }) };
        const got = timeline(index, options, () => undefined);
        expect(selection(got), JSON.stringify(options)).toEqual(selection(reference(index, options)));
        compared++;
        if (got.length > 0) nonEmpty++;
      }
    }
  });
  for (const range of RANGES) for (const limit of LIMITS) {
    const options: TimelineOptions = { ...range, ...(limit === undefined ? {} : { limit }) };
    // (Texts too, but for events one sentence tells twice: each is told by its own clauses, see below.)
    const got = timeline(index, options, () => undefined);
    const want = reference(index, options);
    expect(selection(got)).toEqual(selection(want));
    const repeated = new Set(want.map((e) => e.text.ar).filter((t, i, all) => all.indexOf(t) !== i));
    expect(got.filter((e, i) => !repeated.has(want[i]!.text.ar)).map((e) => e.text)).toEqual(want.filter((e) => !repeated.has(e.text.ar)).map((e) => e.text));
  }
  expect(nonEmpty).toBeGreaterThan(compared / 10);
  return compared;
}

describe("timeline: the bounded walk equals the brute-force reference", () => {
  it("GIVEN the synthetic corpus THEN every query, range and limit gives the reference's events", () => {
    const index = buildIndex(synthetic());
    // The corpus really exercises the limits: matches beyond them and events with several sources.
    expect(index.events.events.some((e) => e.sentenceIds.length > 1)).toBe(true);
    expect(reference(index, { query: "القمح", limit: 1000 }).length).toBeGreaterThan(20);
    expect(check(index)).toBeGreaterThan(500);
  });

  it("GIVEN the seeds and the invented articles THEN every query, range and limit gives the reference's events", async () => {
    const { articles } = await loadCorpus(SEEDS_DIR);
    const index = buildIndex([...articles, ...INVENTED]);
    expect(check(index, 4)).toBeGreaterThan(1000);
  });

  it("GIVEN a fractional or NaN limit THEN the old rounding (cut for a query, rounded up without one, NaN = all)", () => {
    const index = buildIndex(synthetic());
    for (const limit of [2.5, 0.5, NaN]) {
      for (const query of [undefined, "القمح", "القمح الجفاف"]) {
        const options: TimelineOptions = { ...(query ? { query } : {}), limit };
        expect(selection(timeline(index, options, () => undefined))).toEqual(selection(reference(index, options)));
      }
    }
  });
});

describe("timeline: a topic that is also a word of an organisation's name («هيئة الانتخابات»)", () => {
  const article = (id: string, text: string): Article => oneParagraph(id, "2031-07-01", text);
  const articles = [
    article("a", "وأعلنت هيئة الانتخابات يوم 3 مارس 2031 عن موعد التسجيل."),
    article("b", "وستجرى الانتخابات البلدية يوم 12 ماي 2031 في كامل البلاد."),
    article("c", "وقاطعت أحزاب المعارضة الانتخابات التشريعية التي جرت يوم 20 جوان 2030."),
    article("d", "وانتقد وزير الداخلية يوم 5 أفريل 2031 تأجيل الانتخابات المحلية."),
  ];

  it("GIVEN «الانتخابات» THEN the timeline holds the organisation's event and every dated sentence on the elections", () => {
    const index = buildIndex(articles);
    const found = timeline(index, { query: "الانتخابات" }, () => undefined);
    expect(found.map((e) => e.date)).toEqual(["2030-06-20", "2031-03-03", "2031-04-05", "2031-05-12"]);
    expect(found).toEqual(reference(index, { query: "الانتخابات" }));
  });
});

describe("timeline: an event several articles report, and a person named in only one of them", () => {
  const article = oneParagraph;
  const articles = [
    article("a", "2031-03-04", "وانطلقت يوم 3 مارس 2031 مشاورات تشكيل الحكومة الجديدة بين الأحزاب والمنظمات الوطنية بقصر الضيافة بقرطاج."),
    article("b", "2031-03-04", "وانطلقت يوم 3 مارس 2031 مشاورات تشكيل الحكومة الجديدة بين الأحزاب والمنظمات الوطنية بقصر الضيافة بقرطاج بحضور القيادي سمير الورغي."),
  ];

  it("THEN his timeline tells it by his sentence; the plain timeline by its lead", () => {
    const index = buildIndex(articles);
    const all = timeline(index, {}, () => undefined);
    expect(all).toHaveLength(1);
    expect(all[0]!.articles).toEqual(["a", "b"]);
    expect(all[0]!.text.ar).not.toContain("الورغي");
    const his = timeline(index, { query: "سمير الورغي" }, () => undefined);
    expect(his).toHaveLength(1);
    expect(his[0]!.text.ar).toContain("سمير الورغي");
    expect(his[0]!.articles).toEqual(["a", "b"]);
  });
});

describe("timeline: an event several articles report, and a word in only one of them", () => {
  const article = (id: string, text: string): Article => oneParagraph(id, "2031-03-04", text);
  const articles = [
    article("a", "وانطلقت يوم 3 مارس 2031 مشاورات تشكيل الحكومة الجديدة بين الأحزاب والمنظمات الوطنية بقصر الضيافة بقرطاج."),
    article("b", "وانطلقت يوم 3 مارس 2031 مشاورات تشكيل الحكومة الجديدة بين الأحزاب والمنظمات الوطنية بقصر الضيافة بقرطاج وسط تغطية واسعة من المراسلين."),
  ];

  it("THEN the timeline of that word tells the event by the sentence that holds it; the plain timeline by its lead", () => {
    const index = buildIndex(articles);
    const all = timeline(index, {}, () => undefined);
    expect(all).toHaveLength(1);
    expect(all[0]!.text.ar).not.toContain("المراسلين");
    const found = timeline(index, { query: "المراسلين" }, () => undefined);
    expect(found).toHaveLength(1);
    expect(found[0]!.text.ar).toContain("المراسلين");
    expect(found[0]!.articles).toEqual(["a", "b"]);
  });

  it("THEN a place's timeline tells it by the sentence that names the place", () => {
    const index = buildIndex([
      articles[0]!,
      article("c", "وانطلقت يوم 3 مارس 2031 مشاورات تشكيل الحكومة الجديدة بين الأحزاب والمنظمات الوطنية بقصر الضيافة بقرطاج بحضور سفير قطر."),
    ]);
    const found = timeline(index, { query: "قطر" }, () => undefined);
    expect(found).toHaveLength(1);
    expect(found[0]!.text.ar).toContain("سفير قطر");
  });
});

describe("timeline: a sentence with a coarse date and a finer date inside it", () => {
  const article = (id: string, text: string): Article => oneParagraph(id, "2031-07-01", text);

  it("GIVEN a law «عدد 12 لسنة 2029 المؤرخ في 5 مارس 2029» THEN the sentence is listed once, under the day", () => {
    const index = buildIndex([
      article("a", "وأحالت النيابة العمومية المتهم على القضاء طبقا للقانون عدد 12 لسنة 2029 المؤرخ في 5 مارس 2029 المتعلق بمكافحة التهريب."),
    ]);
    const found = timeline(index, {}, () => undefined);
    expect(found.map((e) => [e.date, e.evidence])).toEqual([["2029-03-05", "5 مارس 2029"]]);
  });

  it("GIVEN two dates in clauses of their own THEN each is an event of its own", () => {
    const text =
      "وشهدت المدينة خلال سنة 2029 موجة احتجاجات واسعة على غلاء الأسعار وتراجع الخدمات العمومية في الأحياء الشعبية والقرى المجاورة لها، " +
      "قبل أن تعلن الحكومة في 5 مارس 2029 عن حزمة إجراءات اجتماعية عاجلة لفائدة العائلات المعوزة ومحدودة الدخل في كامل الولايات الداخلية للبلاد بعد أسابيع من المفاوضات مع النقابات والمنظمات الوطنية.";
    const found = timeline(buildIndex([article("b", text)]), {}, () => undefined);
    expect(found.map((e) => e.date)).toEqual(["2029", "2029-03-05"]);
    expect(found[0]!.text.ar).toContain("موجة احتجاجات");
    expect(found[1]!.text.ar).toContain("حزمة إجراءات");
  });
});

describe("timeline: one short sentence that dates two happenings", () => {
  it("GIVEN «عقدت يوم 14 …، فيما خصصت الجلسة السادسة التي عقدت يوم 26 … لضحايا …» THEN each event is told by its own clauses", () => {
    const text =
      "وقد خصصت الجلسة الخامسة والتي عقدت يوم 14 جانفي 2031، بمناسبة إحياء ذكرى الثورة، لضحايا الثورة والتجنيد القسري، " +
      'فيما خصصت الجلسة السادسة التي عقدت يوم 26 جانفي 2031، لضحايا ما يعرف ب"الخميس الأسود"، من النقابيين.';
    const found = timeline(buildIndex([oneParagraph("c", "2031-02-21", text)]), {}, () => "the whole sentence in English");
    expect(found.map((e) => e.date)).toEqual(["2031-01-14", "2031-01-26"]);
    expect(found[0]!.text.ar).toBe("وقد خصصت الجلسة الخامسة والتي عقدت يوم 14 جانفي 2031، بمناسبة إحياء ذكرى الثورة، لضحايا الثورة والتجنيد القسري…");
    expect(found[1]!.text.ar).toBe('فيما خصصت الجلسة السادسة التي عقدت يوم 26 جانفي 2031، لضحايا ما يعرف ب"الخميس الأسود"، من النقابيين.');
    // The whole sentence's English is told once.
    expect(found.map((e) => e.text.en)).toEqual(["the whole sentence in English", undefined]);
  });
});

describe("timeline: one sentence with no clause of its own for each of its dates", () => {
  it("GIVEN «أعلنت … الاثنين أنها ستطلب الأسبوع المقبل تنظيم استفتاء في نهاية 2032» THEN the first line is the sentence and the next ones the words around their dates", () => {
    const text = "أعلنت رئيسة الحكومة سلمى العابد الاثنين أنها ستطلب الأسبوع المقبل من البرلمان تنظيم استفتاء عام حول الدستور الجديد في نهاية 2032 بعد مشاورات طويلة مع الأحزاب.";
    const found = timeline(buildIndex([oneParagraph("d", "2031-03-14", text)]), {}, () => "the whole sentence in English");
    expect(found.map((e) => e.date)).toEqual(["2031-03-10", "2031-03-15", "2032-12"]);
    expect(found[0]!.text).toEqual({ ar: text, en: "the whole sentence in English" });
    expect(found[1]!.text).toEqual({ ar: "…الحكومة سلمى العابد الاثنين أنها ستطلب الأسبوع المقبل من البرلمان تنظيم استفتاء عام حول الدستور الجديد في نهاية…" });
    expect(found[2]!.text.ar).toBe("…استفتاء عام حول الدستور الجديد في نهاية 2032 بعد مشاورات طويلة مع الأحزاب.");
    expect(found[2]!.text.en).toBeUndefined();
  });
});
