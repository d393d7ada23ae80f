/**
 * 5. Robustness: the whole corpus indexes without a crash; how many dates, events, people, organisations,
 * places and quotes the analysis found; a seeded sample of 30 people and 30 dates with their sentences,
 * written to bench/results/spot-check.md for a human to judge; the judgements kept in bench/spot-check-verdicts.json
 * mark the lines and give the sample's precision.
 */
import { writeFile } from "node:fs/promises";
import type { Core } from "../src/core/core.ts";
import { copiesApart } from "../src/core/corpus/load.ts";
import type { DateMention, Entity, LoadProblem, Sentence } from "../src/core/types.ts";
import { SEED, type Context } from "./lib/context.ts";
import { row } from "./lib/results.ts";
import { shuffle } from "./lib/stats.ts";
import { box, dateKey, personKey, personLineKey, readVerdicts, stableSample, tally, type Verdict, type Verdicts } from "./lib/verdicts.ts";

const S = "robustness";
const SAMPLE = 30;

export async function runRobustness(ctx: Context): Promise<void> {
  if (!ctx.corpus) return ctx.skip(S, "no corpus");
  let core: Core;
  try {
    core = await ctx.fullCore();
  } catch (err) {
    ctx.rows.push({ section: S, name: "index the whole corpus", value: 0, unit: "articles", target: "no crash", pass: false, note: String((err as Error).stack ?? err).slice(0, 300) });
    return;
  }
  const articles = core.articles();
  const sentences: Sentence[] = [];
  for (const a of articles) {
    for (let i = 0; ; i++) {
      const s = core.sentence(`${a.id}#${i}`);
      if (!s) break;
      sentences.push(s);
    }
  }
  const dates: { sentence: Sentence; date: DateMention }[] = sentences.flatMap((s) => s.dates.map((date) => ({ sentence: s, date })));
  const entities = core.who(undefined, { limit: Number.MAX_SAFE_INTEGER });
  const people = entities.filter((e) => e.type === "person");
  const orgs = entities.filter((e) => e.type === "organization");
  const mentions = sentences.reduce((n, s) => n + s.mentions.length, 0);
  const personMentions = sentences.reduce((n, s) => n + s.mentions.filter((m) => m.type === "person").length, 0);
  const places = new Set(sentences.flatMap((s) => s.mentions.filter((m) => m.type === "place").map((m) => m.surface)));
  const quotes = sentences.reduce((n, s) => n + s.quotes.length, 0);
  const events = core.timeline({ limit: Number.MAX_SAFE_INTEGER }).length;
  const byPrecision = { day: 0, month: 0, year: 0 };
  for (const d of dates) byPrecision[d.date.precision]++;
  const relative = dates.filter((d) => d.date.relative).length;
  const hijri = dates.filter((d) => d.date.calendar === "hijri").length;

  ctx.rows.push(
    row(S, "articles indexed without a crash", articles.length, "articles", undefined, `${loadNote(core.problems())}; ${sentences.length.toLocaleString("en-US")} sentences`),
    row(S, "date mentions found", dates.length, "dates", undefined, `day ${byPrecision.day}, month ${byPrecision.month}, year ${byPrecision.year}; ${relative} relative, ${hijri} Hijri; ${events.toLocaleString("en-US")} timeline events`),
    row(S, "people found", people.length, "people", undefined, `${personMentions.toLocaleString("en-US")} person mentions; ${orgs.length} organisations; ${places.size} place names; ${mentions.toLocaleString("en-US")} mentions; ${quotes} quotes`),
  );
  ctx.rows[ctx.rows.length - 3]!.target = "no crash";
  ctx.rows[ctx.rows.length - 3]!.pass = true;

  // An automatic check: a day-precision date whose phrase names a weekday must fall on that weekday.
  const weekdayClashes = dates.filter((d) => {
    const named = weekdayOf(d.date.phrase);
    return named !== undefined && d.date.precision === "day" && !d.date.end && new Date(`${d.date.date}T12:00:00Z`).getUTCDay() !== named;
  });
  const withWeekday = dates.filter((d) => weekdayOf(d.date.phrase) !== undefined && d.date.precision === "day").length;
  ctx.rows.push(
    row(S, "day dates whose weekday contradicts their phrase", weekdayClashes.length, "dates", undefined,
      `of ${withWeekday} day dates naming a weekday: ${weekdayClashes.filter((d) => d.date.relative && d.date.calendar !== "hijri").length} relative (اليوم/أمس + weekday), ` +
      `${weekdayClashes.filter((d) => d.date.calendar === "hijri").length} Hijri, ${weekdayClashes.filter((d) => !d.date.relative && d.date.calendar !== "hijri").length} explicit dates; examples in spot-check.md`),
  );

  const verdicts = await readVerdicts();
  const sample = spotCheck(core, people, dates, sentences.length, verdicts);
  for (const [what, list] of [["people", sample.people], ["dates", sample.dates]] as const) {
    const { right, wrong, unjudged } = tally(list);
    const judged = right + wrong;
    ctx.rows.push(
      row(S, `spot check: ${what} of the sample judged right`, judged === 0 ? 0 : (100 * right) / judged, "%", undefined,
        judged === 0
          ? `none of the ${list.length} judged yet (bench/spot-check-verdicts.json)`
          : `${right} right of ${judged} judged; ${unjudged} of the ${list.length} shown not judged (found differently since the verdicts were written); spot-check.md`),
    );
  }
  const path = ctx.artifact("spot-check");
  await writeFile(path, sample.text + clashes(core, weekdayClashes));
  ctx.notes.push(`robustness: spot-check sample written to ${path.replace(/^.*\/bench\//, "bench/")}`);
  ctx.data.robustness = { articles: articles.length, sentences: sentences.length, dates: dates.length, byPrecision, relative, hijri, events, people: people.length, organizations: orgs.length, places: places.size, mentions, personMentions, quotes };
}

/** The sample as markdown, and the verdict of each line shown (undefined: not judged). */
function spotCheck(
  core: Core,
  people: Entity[],
  dates: { sentence: Sentence; date: DateMention }[],
  sentenceCount: number,
  verdicts: Verdicts,
): { text: string; people: (Verdict | undefined)[]; dates: (Verdict | undefined)[] } {
  const shown = { people: [] as (Verdict | undefined)[], dates: [] as (Verdict | undefined)[] };
  const lines = [
    "# Spot check: people and dates found in the benchmark corpus",
    "",
    `A seeded sample (the ${SAMPLE} lowest hashes, seed ${SEED}, of what each line judges: it stays put when the analysis changes elsewhere) of ${SAMPLE} people out of ${people.length} and ${SAMPLE} date mentions out of ${dates.length} ` +
      `(${sentenceCount.toLocaleString("en-US")} sentences). The found text is between ⟦ ⟧. ✔ right, ✘ wrong, ☐ not judged: ` +
      "the marks come from bench/spot-check-verdicts.json (a line found differently since is shown unjudged again).",
    "",
    `## People (${SAMPLE})`,
    "",
  ];
  const pick = stableSample(people, personKey, SAMPLE, SEED);
  pick.forEach((e, i) => {
    const ids = shuffle(e.sentenceIds, SEED + i);
    const s = ids.map((id) => core.sentence(id)).find((x): x is Sentence => x !== undefined);
    const m = s?.mentions.find((x) => x.type === "person" && (e.aliases.includes(x.surface) || x.surface === e.name.ar)) ?? s?.mentions.find((x) => x.type === "person");
    const roles = e.roles.map((r) => `${r.ar} (${r.en})`).join("; ") || "no role";
    const verdict = verdicts.people[personLineKey(e, s?.id, m?.surface)];
    shown.people.push(verdict);
    lines.push(
      `${i + 1}. ${box(verdict)} **${e.name.ar}** → ${e.name.en} · ${roles} · ${e.articles.length} articles, ${e.mentions} mentions`,
      `   > ${s ? mark(s.text, m?.start, m?.end) : "(no sentence)"}${m?.role ? ` — role here: ${m.role}` : ""}`,
      `   — ${s?.articleId ?? ""}`,
    );
  });
  lines.push("", `## Dates (${SAMPLE})`, "");
  stableSample(dates, (d) => dateKey(d.sentence, d.date), SAMPLE, SEED).forEach(({ sentence, date }, i) => {
    const published = core.article(sentence.articleId)?.published ?? "undated";
    const range = date.end ? ` → ${date.end}` : "";
    const flags = [date.precision, date.relative ? "relative" : "", date.calendar === "hijri" ? "hijri" : ""].filter(Boolean).join(", ");
    const verdict = verdicts.dates[dateKey(sentence, date)];
    shown.dates.push(verdict);
    lines.push(
      `${i + 1}. ${box(verdict)} «${date.phrase}» → **${date.date}${range}** (${flags}) · published ${published}`,
      `   > ${mark(sentence.text, date.start, date.endOffset)}`,
      `   — ${sentence.id}`,
    );
  });
  return { text: `${lines.join("\n")}\n`, ...shown };
}

const WEEKDAYS: [RegExp, number][] = [
  [/(^|[\s،,])(ال)?[اأإ]حد($|[\s،,])/, 0],
  [/(^|[\s،,])(ال)?[اأإ]ثنين($|[\s،,])/, 1],
  [/(^|[\s،,])(ال)?ثلاثاء($|[\s،,])/, 2],
  [/(^|[\s،,])(ال)?[اأإ]ربعاء($|[\s،,])/, 3],
  [/(^|[\s،,])(ال)?خميس($|[\s،,])/, 4],
  [/(^|[\s،,])(ال)?جمعة($|[\s،,])/, 5],
  [/(^|[\s،,])(ال)?سبت($|[\s،,])/, 6],
];

/** The weekday (0 = Sunday) a date phrase names, if exactly one. */
function weekdayOf(phrase: string): number | undefined {
  const found = WEEKDAYS.filter(([re]) => re.test(phrase)).map(([, d]) => d);
  return found.length === 1 ? found[0] : undefined;
}

function clashes(core: Core, list: { sentence: Sentence; date: DateMention }[]): string {
  if (list.length === 0) return "";
  const names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  const lines = ["", `## Weekday clashes (${list.length}; first ${Math.min(15, list.length)} in a seeded order)`, ""];
  shuffle(list, SEED).slice(0, 15).forEach(({ sentence, date }, i) => {
    const day = names[new Date(`${date.date}T12:00:00Z`).getUTCDay()];
    lines.push(
      `${i + 1}. «${date.phrase}» → **${date.date}** (a ${day}${date.relative ? ", relative" : ""}) · published ${core.article(sentence.articleId)?.published ?? "undated"}`,
      `   > ${mark(sentence.text, date.start, date.endOffset)}`,
      `   — ${sentence.id}`,
    );
  });
  return `${lines.join("\n")}\n`;
}

/** The sentence with [start, end) between ⟦ ⟧, shortened around it when long. */
function mark(text: string, start: number | undefined, end: number | undefined): string {
  const flat = (t: string) => t.replace(/\s+/g, " ");
  if (start === undefined || end === undefined || start < 0 || end > text.length) return flat(text.slice(0, 400));
  const from = Math.max(0, start - 160);
  const to = Math.min(text.length, end + 160);
  return flat(`${from > 0 ? "… " : ""}${text.slice(from, start)}⟦${text.slice(start, end)}⟧${text.slice(end, to)}${to < text.length ? " …" : ""}`);
}

/** The load's problems: copies of other articles (one story filed twice) apart from the rest. */
function loadNote(problems: readonly LoadProblem[]): string {
  const { copies, others } = copiesApart(problems);
  return `${others.length} load problems; ${copies.length} copies of other articles skipped`;
}
