import { describe, expect, it } from "vitest";
import { isBoilerplate, isStatement } from "../../../src/core/index/eligibility.ts";

describe("statement eligibility", () => {
  it.each([
    ["00963 939 114 037", true],
    ["الرباط 24°C غائم جزئيا", true],
    ["اقرأ أيضا في الموضوع نفسه:", true],
    ["Share this article on Facebook Twitter وواتساب", true],
    ["أعلنت الوزارة افتتاح ثلاث مدارس جديدة في الريف.", false],
  ])("GIVEN %j THEN boilerplate is %s", (text, expected) => {
    expect(isBoilerplate(text)).toBe(expected);
  });

  it("GIVEN a fragment, a heading and a statement THEN only the statement qualifies", () => {
    expect(isStatement("تصنيفات", true)).toBe(false);
    expect(isStatement("افتتاح المدارس الجديدة", false)).toBe(false);
    expect(isStatement("لجنة مشتركة لمتابعة مشاريع المياه في المحافظات", true)).toBe(false);
    expect(isStatement("أعلنت الوزارة افتتاح ثلاث مدارس جديدة في الريف.", true)).toBe(true);
    expect(isStatement("أعلنت الوزارة افتتاح ثلاث مدارس جديدة في الريف", false)).toBe(true);
  });
});
