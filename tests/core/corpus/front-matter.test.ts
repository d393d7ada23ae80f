import { describe, expect, it } from "vitest";
import { isFrontMatterError, parseFrontMatter } from "../../../src/core/corpus/front-matter.ts";

describe("parseFrontMatter", () => {
  it("GIVEN no leading --- THEN empty meta and the whole text as body", () => {
    expect(parseFrontMatter("نص\n---\nx")).toEqual({ meta: {}, body: "نص\n---\nx", bodyLine: 1 });
  });

  it("GIVEN a block THEN lower-cased keys, unquoted values, comments and blanks skipped, body after it", () => {
    const r = parseFrontMatter('---\r\nTitle: "عنوان: فرعي"\n# note\n\nsource: وكالة\n---\nالنص\n');
    expect(r).toEqual({ meta: { title: "عنوان: فرعي", source: "وكالة" }, body: "النص\n", bodyLine: 7 });
  });

  it("GIVEN an unclosed block THEN an error value at line 1", () => {
    const r = parseFrontMatter("---\ntitle: x\nنص المقال");
    expect(isFrontMatterError(r) && r.line).toBe(1);
  });

  it("GIVEN a line that is not key: value THEN an error value with its line", () => {
    const r = parseFrontMatter("---\ntitle: x\nهذا ليس مفتاحا\n---\nنص");
    expect(isFrontMatterError(r) ? r.line : null).toBe(3);
  });
});
