import { describe, expect, it } from "vitest";
import { dateClause } from "../../../src/core/index/clause.ts";

describe("dateClause", () => {
  it("GIVEN a short sentence THEN it is shown whole", () => {
    const s = "افتتح المعرض الدولي للكتاب أبوابه في 3 مارس بمشاركة مئة دار نشر.";
    const at = s.indexOf("3 مارس");
    expect(dateClause(s, at, at + 6)).toEqual({ text: s, whole: true });
  });

  it("GIVEN a long sentence THEN the clauses around the date are kept and the rest dropped", () => {
    const filler = "وتحدث المشاركون طويلا عن قضايا كثيرة تخص الزراعة والمياه والطاقة والنقل في المحافظات الجنوبية كلها";
    const s = `${filler}، ${filler}، وأعلن الوزير سليم الوردي في 9 أكتوبر افتتاح السد الجديد على النهر الكبير، ${filler}، ${filler}.`;
    const at = s.indexOf("9 أكتوبر");
    const got = dateClause(s, at, at + "9 أكتوبر".length);
    expect(got.whole).toBe(false);
    expect(got.text).toContain("وأعلن الوزير سليم الوردي في 9 أكتوبر افتتاح السد الجديد");
    expect(got.text.length).toBeLessThan(s.length);
    expect(got.text.split(/\s+/).length).toBeLessThanOrEqual(46);
  });
});
