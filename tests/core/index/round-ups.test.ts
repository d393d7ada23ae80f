/**
 * A round-up of the day's headlines: the headlines of articles the corpus holds are their articles' to tell, so the
 * round-up's run of them dates no event, names no one, and is no search hit of its own.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../../src/core/create.ts";
import type { Article } from "../../../src/core/types.ts";

const article = (id: string, title: string, paragraphs: string[]): Article => ({
  id, title, source: null, sourceEn: null, published: "2031-02-09", publishedPrecision: "day", url: null, lang: "ar",
  origin: `${id}.txt`, paragraphs,
});

const strike = article("strike", "أطباء سوسة والقيروان في اضراب مفتوح بدءا من اليوم", [
  "دخل أطباء المستشفيات الجامعية بسوسة والقيروان اليوم الخميس في اضراب مفتوح احتجاجا على ظروف العمل.",
]);
const buses = article("buses", "تونس تتسلم 46 حافلة مستعملة من فرنسا", ["تسلمت شركة النقل 46 حافلة مستعملة من فرنسا أمس الأربعاء بميناء رادس."]);
const minister = article("minister", "الوزير سليم الورتاني يزور القيروان غدا", ["يؤدي الوزير سليم الورتاني غدا الجمعة زيارة عمل إلى القيروان."]);
const roundUp = article("round-up", "أبرز عناوين اليوم", [
  "موعد يومي مع أبرز الأحداث الوطنية خلال 24 ساعة",
  "أطباء سوسة والقيروان في اضراب مفتوح بدءا من اليوم تونس تتسلم 46 حافلة مستعملة من فرنسا الوزير سليم الورتاني يزور القيروان غدا",
]);
const core = createCore({ articles: [strike, buses, minister, roundUp] });

describe("GIVEN a round-up that runs other articles' headlines together", () => {
  it("THEN the timeline tells each event from its own article, and nothing from the round-up", () => {
    const events = core.timeline({ limit: 50 });
    expect(events.map((e) => e.articles)).not.toContainEqual(expect.arrayContaining(["round-up"]));
    expect(events.find((e) => e.date === "2031-02-09")?.text.ar).toContain("دخل أطباء المستشفيات الجامعية");
    expect(events.find((e) => e.date === "2031-02-10")?.text.ar).toContain("يؤدي الوزير سليم الورتاني");
  });

  it("THEN a person named in a headline is not said to be in the round-up", () => {
    const [person] = core.who("سليم الورتاني");
    expect(person?.articles).toEqual(["minister"]);
  });

  it("THEN searching a headline's words finds the article, not the round-up", () => {
    const hits = core.search("حافلة مستعملة").map((h) => h.article);
    expect(hits).toContain("buses");
    expect(hits).not.toContain("round-up");
  });
});
