import { describe, expect, it } from "vitest";
import type { Entity, EntityType } from "../../../src/core/types.ts";
import { buildEntityLookup } from "../../../src/core/index/entity-lookup.ts";

function entity(type: EntityType, ar: string, en: string, aliases: string[], mentions: number, articles: string[]): Entity {
  return {
    id: `${type}:${ar}`, type, name: { ar, en }, aliases, roles: [], articles, mentions, quotes: [], sentenceIds: [],
  };
}

/** Invented people: two share a family name, one is far more prominent. */
const entities = [
  entity("person", "سليم الوردي", "Salim al-Wardi", ["سليم الوردي", "الوردي"], 3, ["a"]),
  entity("person", "نادية الوردي", "Nadia al-Wardi", ["نادية الوردي"], 9, ["a", "b", "c"]),
  entity("organization", "هيئة الموانئ الساحلية", "Coastal Ports Authority", ["هيئة الموانئ الساحلية", "الهيئة"], 4, ["b", "c"]),
  entity("person", "كريم منصور", "Karim Mansour", ["كريم منصور", "منصور"], 1, ["c"]),
];

describe("entity lookup", () => {
  const lookup = buildEntityLookup(entities);
  const names = (query: string) => lookup.find(query).map((m) => entities[m.entity]!.name.en);

  it("GIVEN no query THEN prominence is mentions × articles", () => {
    expect(Array.from(lookup.ranked)).toEqual([1, 2, 0, 3]);
    expect(lookup.prominence[1]).toBe(27);
  });

  it("GIVEN a whole name in either script THEN that one entity matches at the top tier", () => {
    expect(lookup.find("سليم الوردي")).toEqual([{ entity: 0, tier: 3 }]);
    expect(lookup.find("salim AL-WARDI")).toEqual([{ entity: 0, tier: 3 }]);
    expect(names("سليم الوردى")).toEqual(["Salim al-Wardi"]); // ى/ي folding
  });

  it("GIVEN a family name THEN every bearer matches, most prominent first", () => {
    expect(names("Wardi")).toEqual(["Nadia al-Wardi", "Salim al-Wardi"]);
    expect(names("نادية")).toEqual(["Nadia al-Wardi"]);
  });

  it("GIVEN an alias THEN it matches exactly, ahead of mere word matches", () => {
    expect(lookup.find("الوردي")).toEqual([{ entity: 0, tier: 3 }]);
    expect(lookup.find("وردي")).toEqual([{ entity: 0, tier: 3 }]); // the alias without its article
  });

  it("GIVEN a prefix THEN word prefixes match at the lowest tier", () => {
    expect(lookup.find("Mans")).toEqual([{ entity: 3, tier: 1 }]);
    expect(lookup.find("الموا").map((m) => m.entity)).toEqual([2]);
  });

  it("GIVEN an unknown name THEN nothing matches", () => {
    expect(lookup.find("فريدة")).toEqual([]);
    expect(lookup.find("Smith")).toEqual([]);
    expect(lookup.find("Karim Smith")).toEqual([]);
    expect(lookup.find("  ")).toEqual([]);
  });

  it("GIVEN a completion prefix THEN names starting with it come back by prominence", () => {
    expect(lookup.suggest("نا", 5)).toEqual([1]);
    expect(lookup.suggest("الور", 5)).toEqual([1, 0]);
    expect(lookup.suggest("coastal p", 5)).toEqual([2]);
    expect(lookup.suggest("", 2)).toEqual([1, 2]);
  });
});

describe("entity lookup by sound (a Latin spelling the index did not use)", () => {
  const people = [
    entity("person", "الحبيب بورقيبة", "Habib Bourqiba", ["الحبيب بورقيبة", "بورقيبة"], 50, ["a", "b"]),
    entity("person", "أنس جابر", "Anas Jaber", ["أنس جابر"], 30, ["a"]),
    entity("organization", "قناة الجزيرة", "Al Jazeera", ["قناة الجزيرة"], 90, ["a", "b", "c"]),
    entity("person", "سليم الرياحي", "Slim al-Rayahi", ["سليم الرياحي"], 5, ["c"]),
    entity("organization", "تنظيم الدولة الإسلامية", "Islamic State", ["تنظيم الدولة الإسلامية"], 99, ["a", "b", "c"]),
    entity("person", "عبد الرحمان الهذيلي", "Abderrahmane al-Hadhili", ["عبد الرحمان الهذيلي"], 2, ["c"]),
    entity("person", "مصطفى الكاظمي", "Mustafa al-Kadhimi", ["مصطفى الكاظمي"], 8, ["a", "b"]),
    entity("place", "خزامة", "Khazama", ["خزامة"], 20, ["a", "b", "c"]),
  ];
  const lookup = buildEntityLookup(people);
  const names = (query: string) => lookup.find(query).map((m) => people[m.entity]!.name.en);

  it("GIVEN the usual spelling of a person's name THEN that person", () => {
    expect(names("Bourguiba")).toEqual(["Habib Bourqiba"]);
    expect(names("Ons Jabeur")).toEqual(["Anas Jaber"]);
    expect(names("Slim Riahi")).toEqual(["Slim al-Rayahi"]);
  });

  it("GIVEN a word that sounds like a common noun of an organisation THEN not the organisation («Gana» is not «قناة»)", () => {
    expect(names("Gana")).toEqual([]);
    expect(names("Slim")).toEqual(["Slim al-Rayahi"]);
  });

  it("GIVEN ظ written z THEN it is found too («Kazemi»); a sound alike spelt far apart is not («Kazemi» is not Khazama)", () => {
    expect(names("Mustafa Kazemi")).toEqual(["Mustafa al-Kadhimi"]);
    // Alone, «Kazemi» is as far from Kadhimi as from Khazama (three letters of six): neither.
    expect(names("Kazemi")).toEqual([]);
    expect(names("Khazama")).toEqual(["Khazama"]);
  });

  it("GIVEN a name nothing sounds like THEN nothing", () => {
    expect(names("zzqqxx")).toEqual([]);
    expect(names("Wolfgang Schmidt")).toEqual([]);
  });
});

