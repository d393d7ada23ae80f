import { describe, expect, it } from "vitest";
import { saidIn } from "./helpers.ts";

describe("GIVEN reported words the newsroom closes with what the speaker did not reveal", () => {
  it("THEN «، من دون أن يكشف …» is not part of what was said", () => {
    expect(saidIn("وأضاف كيربي أن الرئيس جو بايدن وافق على خطط للرد، من دون أن يكشف تفاصيلها.")).toEqual(["كيربي: الرئيس جو بايدن وافق على خطط للرد"]);
  });

  it("THEN a clause with a subject of its own may be the speaker's, and stays", () => {
    const said = saidIn("وقال مروان جدة إن الإجراء يشمل مراقبة التنقلات داخل المدن، دون أن توضح وزارة الداخلية الأسباب.");
    expect(said).toEqual(["مروان جدة: الإجراء يشمل مراقبة التنقلات داخل المدن، دون أن توضح وزارة الداخلية الأسباب"]);
  });
});
