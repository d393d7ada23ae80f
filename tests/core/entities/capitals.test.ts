/**
 * Capitals and cities the news names (issue 6 spot checks): a city of two foreign words («بيونغ يانغ») is a place, not a
 * person, and a body or office of a city keeps the city in its name.
 */
import { describe, expect, it } from "vitest";
import { analyseArticleEntities } from "../../../src/core/entities/index.ts";
import { peopleIn, orgsIn } from "./helpers.ts";

const placesIn = (text: string): string[] =>
  analyseArticleEntities([text])[0]!.mentions.filter((m) => m.type === "place").map((m) => m.surface);

describe("GIVEN capitals no list knew", () => {
  it.each([
    ["واتهمت بيونغ يانغ الولايات المتحدة بمحاولة عزل البلاد.", "بيونغ يانغ"],
    ["وتوعدت بيونغيانغ بالرد على المناورات.", "بيونغيانغ"],
    ["ووصل الوفد إلى طوكيو في زيارة رسمية.", "طوكيو"],
    ["وعقد الاجتماع في أديس أبابا أمس.", "أديس أبابا"],
  ])("GIVEN %j THEN %j is a place and no one is named", (text, place) => {
    expect(peopleIn(text)).toEqual([]);
    expect(placesIn(text)).toContain(place);
  });

  it("THEN a university of a city is named with it", () => {
    expect(orgsIn("وقالت جامعة تكساس الأمريكية إنه لا يوجد تهديد.")).toEqual(["جامعة تكساس الأمريكية"]);
  });
});
