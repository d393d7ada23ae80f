/**
 * Dated events: every date mention in a statement becomes a candidate event (the sentence, or the
 * clause holding the date); candidates with the same date that tell the same thing are merged into
 * one event with all their sources.
 *
 * "Tell the same thing" = cosine of the sentences' TF-IDF vectors with the date words removed (they
 * are shared by construction) ≥ SAME_EVENT. Two articles on the same story (article cosine ≥
 * SAME_STORY) naming the same *day* are also merged when their sentences share a key term (one that
 * is not in most sentences: idf ≥ KEY_IDF): reports of one meeting are often worded with no overlap
 * beyond a key noun ("the committee"). Month and year dates need the stronger evidence, because
 * "in 2014" in two articles rarely means one event.
 */
import type { Article, DateMention, Sentence, TimelineEvent } from "../types.ts";
import { dateClause } from "./clause.ts";
import { eventSpan, PRECISION_RANK } from "./spans.ts";
import { wordCount } from "./terms.ts";
import { isBoilerplate } from "./eligibility.ts";
import { cosine, knownTermIds, vectorAt, without, type SparseVector, type TermIndex } from "./vectors.ts";

/** Sentence similarity (date words removed) from which two reports are one event. */
const SAME_EVENT = 0.3;
/** Within one article the same date with this similarity is a repeat of the same event. */
const SAME_EVENT_IN_ARTICLE = 0.25;
/** Day-precision merge across articles: a shared term at least this rare (df ≲ 13% of sentences)... */
const KEY_IDF = 2;
/** ...in articles at least this similar (same story). */
const SAME_STORY = 0.2;
/** Above this group size, only candidates sharing one of their heaviest terms are compared. */
const FULL_COMPARE_MAX = 150;
const BLOCKING_TERMS = 10;
/** Members of a cluster compared with a newcomer (the first ones: the explicit, earliest reports). */
const MEMBERS_COMPARED = 12;
/** Candidate sentences need this many words besides the date phrase. */
const MIN_EVENT_WORDS = 4;

/** The timeline's precomputed structures. */
export interface EventIndex {
  /** Chronological: by span start, coarser precision first, more sources first. */
  events: TimelineEvent[];
  spans: { start: string; end: string }[];
  /** Sentence index of each event's representative, and whether its text is the whole sentence. */
  representative: Int32Array;
  whole: boolean[];
  /** Event indices per sentence index (events that the sentence reports). */
  bySentence: Map<number, number[]>;
  /** Event indices from most to least important (sources, then precision, then recency). */
  byImportance: Int32Array;
  /** Position of each event in `byImportance`. */
  rank: Int32Array;
  /** Sentence indices of the sentences each event merges: memberSentences[memberStart[e] .. memberStart[e + 1]). */
  memberStart: Int32Array;
  memberSentences: Int32Array;
  /**
   * Per content term id, the events with a member sentence containing the term, most important first
   * (`byImportance` order): termEvents[termEventStart[t] .. termEventStart[t + 1]). A keyword timeline walks
   * its rarest term's run and stops after `limit` matches, whatever the corpus size.
   */
  termEventStart: Int32Array;
  termEvents: Int32Array;
}

interface Candidate {
  sentence: number;
  article: number;
  mention: DateMention;
  vector: SparseVector;
}

/**
 * Builds the events of a corpus. `sentences` and `sentenceArticle` are parallel (article index per
 * sentence); `terms` is the term index built over the same sentences.
 */
export function buildEvents(
  articles: readonly Article[],
  sentences: readonly Sentence[],
  sentenceArticle: readonly number[],
  terms: TermIndex,
  /** Articles that are round-ups of other articles' headlines (headlines.ts): what is left of them reports nothing. */
  roundUps: ReadonlySet<number> = new Set(),
): EventIndex {
  const groups = new Map<string, Candidate[]>();
  sentences.forEach((sentence, s) => {
    if (sentence.dates.length === 0 || isBoilerplate(sentence.text) || roundUps.has(sentenceArticle[s]!)) return;
    const seen = new Set<string>();
    for (const mention of sentence.dates) {
      if (restates(sentence, mention)) continue;
      const key = `${mention.precision}|${mention.date}|${mention.end ?? ""}`;
      if (seen.has(key)) continue; // one event per date per sentence
      seen.add(key);
      // Most sentences plainly hold enough words besides the date: count exactly only when not.
      if (!hasWordsBesides(sentence.text, mention.start, mention.endOffset, MIN_EVENT_WORDS)) {
        const rest = sentence.text.slice(0, mention.start) + " " + sentence.text.slice(mention.endOffset);
        if (wordCount(rest) < MIN_EVENT_WORDS) continue;
      }
      const dateTerms = new Set(knownTermIds(terms, mention.phrase));
      const candidate: Candidate = {
        sentence: s,
        article: sentenceArticle[s]!,
        mention,
        vector: without(vectorAt(terms.sentenceVectors, s), dateTerms),
      };
      const group = groups.get(key);
      if (group) group.push(candidate);
      else groups.set(key, [candidate]);
    }
  });

  const clusters: Candidate[][] = [];
  for (const group of groups.values()) {
    // Explicit dates lead their cluster (their phrase is the better evidence), then corpus order.
    group.sort((a, b) => Number(a.mention.relative) - Number(b.mention.relative) || a.sentence - b.sentence);
    clusters.push(...clusterGroup(group, terms));
  }

  const built = clusters.map((members) => {
    const lead = members[0]!;
    const sentence = sentences[lead.sentence]!;
    const clause = dateClause(sentence.text, lead.mention.start, lead.mention.endOffset);
    const articleIds: string[] = [];
    for (const m of [...members].sort((a, b) => a.article - b.article)) {
      const id = articles[m.article]!.id;
      if (!articleIds.includes(id)) articleIds.push(id);
    }
    const event: TimelineEvent = {
      date: lead.mention.date,
      ...(lead.mention.end !== undefined ? { end: lead.mention.end } : {}),
      precision: lead.mention.precision,
      text: { ar: clause.text },
      articles: articleIds,
      evidence: lead.mention.phrase,
      sentenceIds: members.map((m) => sentences[m.sentence]!.id),
    };
    return { event, members, span: eventSpan(event.date, event.end), whole: clause.whole, lead: lead.sentence };
  });

  built.sort(
    (a, b) =>
      compare(a.span.start, b.span.start) ||
      PRECISION_RANK[a.event.precision] - PRECISION_RANK[b.event.precision] ||
      compare(a.span.end, b.span.end) ||
      b.event.articles.length - a.event.articles.length ||
      a.lead - b.lead,
  );

  const bySentence = new Map<number, number[]>();
  built.forEach((b, e) => {
    for (const m of b.members) {
      const list = bySentence.get(m.sentence);
      if (!list) bySentence.set(m.sentence, [e]);
      else if (list[list.length - 1] !== e) list.push(e);
    }
  });

  const order = built.map((_, e) => e);
  order.sort((x, y) => {
    const a = built[x]!;
    const b = built[y]!;
    return (
      b.event.articles.length - a.event.articles.length ||
      PRECISION_RANK[b.event.precision] - PRECISION_RANK[a.event.precision] ||
      compare(b.span.start, a.span.start) ||
      x - y
    );
  });

  const rank = new Int32Array(order.length);
  order.forEach((e, r) => (rank[e] = r));

  const memberStart = new Int32Array(built.length + 1);
  built.forEach((b, e) => (memberStart[e + 1] = memberStart[e]! + b.members.length));
  const memberSentences = new Int32Array(memberStart[built.length]!);
  built.forEach((b, e) => b.members.forEach((m, k) => (memberSentences[memberStart[e]! + k] = m.sentence)));
  const { termEventStart, termEvents } = eventsByTerm(order, memberStart, memberSentences, terms);

  return {
    events: built.map((b) => b.event),
    spans: built.map((b) => b.span),
    representative: Int32Array.from(built, (b) => b.lead),
    whole: built.map((b) => b.whole),
    bySentence,
    byImportance: Int32Array.from(order),
    rank,
    memberStart,
    memberSentences,
    termEventStart,
    termEvents,
  };
}

/**
 * Per term, the events whose member sentences contain it, in the order of `order` (importance). A
 * sentence's terms are its vector's ids: every term of a sentence has idf > 0 (df ≤ N), so the vector
 * keeps them all.
 */
function eventsByTerm(
  order: readonly number[],
  memberStart: Int32Array,
  memberSentences: Int32Array,
  terms: TermIndex,
): { termEventStart: Int32Array; termEvents: Int32Array } {
  const nTerms = terms.idf.length;
  const last = new Int32Array(nTerms).fill(-1);
  const count = new Int32Array(nTerms + 1);
  const each = (visit: (term: number, e: number) => void): void => {
    for (const e of order) {
      for (let k = memberStart[e]!; k < memberStart[e + 1]!; k++) {
        const ids = vectorAt(terms.sentenceVectors, memberSentences[k]!).ids;
        for (let i = 0; i < ids.length; i++) {
          const t = ids[i]!;
          if (last[t] === e) continue; // once per event
          last[t] = e;
          visit(t, e);
        }
      }
    }
  };
  each((t) => count[t + 1]!++);
  for (let t = 0; t < nTerms; t++) count[t + 1]! += count[t]!;
  const termEvents = new Int32Array(count[nTerms]!);
  const cursor = count.slice(0, nTerms);
  last.fill(-1);
  each((t, e) => (termEvents[cursor[t]!++] = e));
  return { termEventStart: count, termEvents };
}

/**
 * Whether a coarser date of the sentence only frames a finer one told in the same clause («في فيفري، وتحديدا يوم 28
 * فيفري»; «سنة 2014 … يوم 5 مارس 2014»): its event would show the same text again, under a vaguer date. A date
 * in a clause of its own is an event of its own.
 */
function restates(sentence: Sentence, coarse: DateMention): boolean {
  if (sentence.dates.length < 2) return false;
  const span = eventSpan(coarse.date, coarse.end);
  let clause: string | undefined;
  for (const fine of sentence.dates) {
    if (fine === coarse || PRECISION_RANK[fine.precision] <= PRECISION_RANK[coarse.precision]) continue;
    const inner = eventSpan(fine.date, fine.end);
    if (inner.start < span.start || inner.end > span.end) continue;
    clause ??= dateClause(sentence.text, coarse.start, coarse.endOffset, false).text;
    if (dateClause(sentence.text, fine.start, fine.endOffset, false).text === clause) return true;
  }
  return false;
}

/**
 * True when `text` without [start, end) surely has at least `min` tokens: it counts white-space runs
 * holding a character that every normalisation keeps as a token character (Arabic letters other than
 * tatweel, ASCII letters and digits). Each such run gives one token or more, so this is a lower bound of
 * `wordCount(text.slice(0, start) + " " + text.slice(end))`; false means "count exactly".
 */
function hasWordsBesides(text: string, start: number, end: number, min: number): boolean {
  let count = 0;
  let inRun = false;
  let sure = false;
  for (let i = 0; i <= text.length; i++) {
    if (i === start && end > start) {
      // The removed phrase acts as one space.
      if (inRun && sure && ++count >= min) return true;
      inRun = false;
      sure = false;
      i = end - 1;
      continue;
    }
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      if (inRun && sure && ++count >= min) return true;
      inRun = false;
      sure = false;
      continue;
    }
    inRun = true;
    if ((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) sure = true;
  }
  return false;
}

/** Leader clustering of one date's candidates (already in leader-preference order). */
function clusterGroup(group: Candidate[], terms: TermIndex): Candidate[][] {
  const clusters: Candidate[][] = [];
  const blocked = group.length > FULL_COMPARE_MAX;
  const byTerm = new Map<number, number[]>();

  for (const candidate of group) {
    const options = blocked ? clustersSharingTerms(candidate, byTerm) : clusters.map((_, i) => i);
    let joined = -1;
    for (const c of options) {
      const members = clusters[c]!;
      const n = Math.min(members.length, MEMBERS_COMPARED);
      for (let k = 0; k < n && joined < 0; k++) {
        if (sameEvent(candidate, members[k]!, terms)) joined = c;
      }
      if (joined >= 0) break;
    }
    if (joined < 0) {
      joined = clusters.length;
      clusters.push([candidate]);
    } else clusters[joined]!.push(candidate);
    if (blocked) {
      for (const id of heaviestTerms(candidate.vector)) {
        const list = byTerm.get(id);
        if (!list) byTerm.set(id, [joined]);
        else if (list[list.length - 1] !== joined) list.push(joined);
      }
    }
  }
  return clusters;
}

function clustersSharingTerms(candidate: Candidate, byTerm: Map<number, number[]>): number[] {
  const out = new Set<number>();
  for (const id of heaviestTerms(candidate.vector)) for (const c of byTerm.get(id) ?? []) out.add(c);
  return [...out].sort((a, b) => a - b);
}

function heaviestTerms(v: SparseVector): number[] {
  const idx = Array.from(v.ids.keys()).sort((a, b) => v.weights[b]! - v.weights[a]!);
  return idx.slice(0, BLOCKING_TERMS).map((i) => v.ids[i]!);
}

/** Whether two candidates with the same date report the same event (see the module comment). */
function sameEvent(a: Candidate, b: Candidate, terms: TermIndex): boolean {
  const sim = cosine(a.vector, b.vector);
  if (a.article === b.article) return sim >= SAME_EVENT_IN_ARTICLE;
  if (sim >= SAME_EVENT) return true;
  if (a.mention.precision !== "day" || !sharesKeyTerm(a.vector, b.vector, terms.idf)) return false;
  return cosine(vectorAt(terms.articleVectors, a.article), vectorAt(terms.articleVectors, b.article)) >= SAME_STORY;
}

/** Whether two vectors have a term in common that is rare enough to identify a topic. */
function sharesKeyTerm(a: SparseVector, b: SparseVector, idf: Float64Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      if (idf[x]! >= KEY_IDF) return true;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return false;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
