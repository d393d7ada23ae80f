/**
 * The index tokens of a sentence (`tokenizeKey(normalizeKey(text))`: search and TF-IDF terms) read from
 * the words the entity tokenizer has already found in it, instead of tokenising the text a second time.
 * Each distinct written word is normalised, tokenised and resolved once per build (by its word-table id),
 * so a sentence costs one walk over its words: no regex scan and no string lookup per token (issue 6).
 *
 * Exact: the same tokens as tokenising the sentence's key, unless a character between two words changes
 * how the key splits: normalisation deletes it and so joins its neighbours (zero-width and bidi marks,
 * Arabic honorific signs), composes it with the word before it (Latin combining marks), or lower-cases it
 * into a letter (Kelvin sign, ẞ). Such sentences are rare; `wordsGiveTokens` sends them the slow way.
 * A test walks the whole BMP to keep this list complete.
 */
import { wordTableEpoch, type Token } from "../entities/tokenize.ts";
import { normalizeKey } from "../text/normalize.ts";
import { tokenizeKey } from "../text/tokenize.ts";

const CHANGES_SPLIT =
  /[\u0300-\u036F\u0610-\u061A\u1AB0-\u1AFF\u1DC0-\u1DFF\u1E9E\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\u20D0-\u20FF\u212A\u212B\u2C7E\u2C7F\uA7DC\uFE20-\uFE2F\uFEFF]/;

/** Whether the sentence's words give its index tokens exactly (see the module comment). */
export function wordsGiveTokens(text: string): boolean {
  return !CHANGES_SPLIT.test(text);
}

/** Index tokens of each written word, resolved to `T` once per distinct word. */
export class WordTokens<T> {
  private byWord: (readonly T[] | undefined)[] = [];
  private epoch = wordTableEpoch();

  constructor(private readonly resolve: (token: string) => T) {}

  /** Forgets the resolved words (the build is done with them). */
  clear(): void {
    this.byWord = [];
  }

  /** The tokenizer's epoch now: pass it to `read` for tokens made after this call. */
  mark(): number {
    return wordTableEpoch();
  }

  /**
   * Appends the resolved tokens of `text`, whose entity tokens are `toks` (made since `mark()` returned
   * `since`), to `out`. False, appending nothing, when the words cannot be used: the tokenizer's table was
   * emptied meanwhile (word ids were reused), or the text fails `wordsGiveTokens`.
   */
  read(text: string, toks: readonly Token[], since: number, out: T[]): boolean {
    const now = wordTableEpoch();
    if (now !== this.epoch) {
      this.byWord = [];
      this.epoch = now;
    }
    if (since !== now || !wordsGiveTokens(text)) return false;
    for (const tok of toks) {
      if (tok.word < 0) continue;
      let list = this.byWord[tok.word];
      if (list === undefined) {
        list = tokenizeKey(normalizeKey(tok.raw)).map(this.resolve);
        // Filled in order, so that the array stays a dense one.
        while (this.byWord.length < tok.word) this.byWord.push(undefined);
        this.byWord[tok.word] = list;
      }
      for (let k = 0; k < list.length; k++) out.push(list[k]!);
    }
    return true;
  }
}
