/**
 * Working state of the article analysis: per sentence, its tokens and the mentions found so far, with
 * token spans that the final EntityMention drops.
 */
import type { EntityMention } from "../types.ts";
import type { Token } from "./tokenize.ts";

/** A mention with its token span and what the extractor learnt about it. */
export interface WorkMention extends EntityMention {
  /** Token span [t0, t1). */
  t0: number;
  t1: number;
  /** Lexicon id when the surface is a lexicon form. */
  lexId?: string;
  gender?: "f" | "m";
  /**
   * Its role is a rank, an honorific or a bare office before the name («الأمير», «الدكتور», «المستشار»): an office with
   * its complement after the name replaces it.
   */
  titleRole?: true;
  /** The rank, honorific or bare office an office after the name replaced: a later «وقال العقيد» still refers to them. */
  formerRole?: string;
}

/** A role phrase with no name after it ("رئيس الوزراء العراقي أن..."): may refer back to a person. */
export interface RoleAnaphor {
  t0: number;
  t1: number;
  role: string;
  feminine: boolean;
}

export interface SentenceWork {
  text: string;
  toks: Token[];
  keys: string[];
  mentions: WorkMention[];
  roleAnaphors: RoleAnaphor[];
  /**
   * People a place or venue is named after ("ساحة الشهيد شكري بلعيد"): not mentions of them, but their
   * surnames still resolve later references in the article ("أنصار بلعيد").
   */
  namesakes: WorkMention[];
}
