import { describe, expect, it } from "vitest";
import { mergeEntities } from "../../../src/core/entities/index.ts";
import { normalizeKey } from "../../../src/core/text/normalize.ts";
import { seedSentences } from "./helpers.ts";

const sentences = seedSentences();
const entities = mergeEntities(sentences);
const people = entities.filter((e) => e.type === "person");
const byAlias = (ar: string) => entities.filter((e) => e.aliases.some((a) => normalizeKey(a) === normalizeKey(ar)));

describe("GIVEN the seed corpus", () => {
  it("THEN أوستن is one person, Lloyd Austin, US Secretary of Defense, in articles 000, 001, 003, 004", () => {
    const found = byAlias("أوستن");
    expect(found).toHaveLength(1);
    const austin = found[0]!;
    expect(austin.name.en).toBe("Lloyd Austin");
    expect(austin.name.ar).toBe("لويد أوستن");
    expect(austin.roles.map((r) => r.en)).toContain("US Secretary of Defense");
    expect(austin.articles.map((a) => a.slice(0, 3))).toEqual(["000", "001", "003", "004"]);
    expect(austin.id).toBe("person:لويد-اوستن");
  });

  it("THEN ثابت العباسي and ثابت عباسي are one entity with the Iraqi defence role", () => {
    const a = byAlias("ثابت العباسي");
    expect(a).toHaveLength(1);
    expect(a[0]!.aliases).toContain("ثابت عباسي");
    expect(a[0]!.name.ar).toBe("ثابت العباسي");
    expect(a[0]!.roles.map((r) => r.en)).toContain("Iraqi Minister of Defense");
  });

  it("THEN تشارلز كيو براون and سي كيو براون are one entity", () => {
    const a = byAlias("سي كيو براون");
    expect(a).toHaveLength(1);
    expect(a[0]!.aliases).toContain("تشارلز كيو براون");
    expect(a[0]!.roles[0]!.ar).toBe("رئيس هيئة الأركان المشتركة");
  });

  it.each([
    ["قيس المحمداوي", "نائب قائد العمليات المشتركة"],
    ["ألينا رومانوفسكي", "السفيرة الأمريكية في بغداد"],
    ["إيان مكاري", "المبعوث الأمريكي للتحالف الدولي"],
    ["جيريل دورسي", "المتحدث باسم الأركان المشتركة"],
    ["توبياس ليندنر", "وزير الدولة للشؤون الخارجية الألماني"],
    ["حسن سالم", 'عضو البرلمان العراقي عن كتلة "الصادقون"'],
    ["فاضل أبو رغيف", "الخبير الأمني العراقي"],
    ["مهدي تقي", "عضو لجنة الأمن والدفاع في البرلمان العراقي"],
    ["محمد شياع السوداني", "رئيس مجلس الوزراء العراقي"],
    ["مصطفى الكاظمي", "رئيس الوزراء العراقي"],
  ])("THEN %s is found with the role %s", (name, role) => {
    const e = byAlias(name);
    expect(e).toHaveLength(1);
    expect(e[0]!.type).toBe("person");
    expect(e[0]!.roles.map((r) => r.ar)).toContain(role);
  });

  it("THEN surname-only mentions join their full names (المحمداوي, مكاري, أبو رغيف)", () => {
    expect(byAlias("المحمداوي")[0]!.name.ar).toBe("قيس المحمداوي");
    expect(byAlias("مكاري")[0]!.mentions).toBeGreaterThanOrEqual(2);
    expect(byAlias("أبو رغيف")[0]!.name.ar).toBe("فاضل أبو رغيف");
  });

  it("THEN Biden is quoted, and جوزيف بايدن / جو بايدن / بايدن are one person", () => {
    const biden = byAlias("بايدن");
    expect(biden).toHaveLength(1);
    expect(biden[0]!.aliases).toContain("جوزيف بايدن");
    expect(biden[0]!.quotes.some((q) => q.text.includes("لن نكون مع نهاية العام"))).toBe(true);
  });

  it("THEN quotes go to their speakers, including وتابع: and a feminine وأضافت", () => {
    const mahmadawi = byAlias("قيس المحمداوي")[0]!;
    expect(mahmadawi.quotes.some((q) => q.text === "نحن لسنا بحاجة إلى قوات دولية كبيرة")).toBe(true);
    const romanowski = byAlias("ألينا رومانوفسكي")[0]!;
    expect(romanowski.quotes.some((q) => q.text.startsWith("عمل التحالف العسكري"))).toBe(true);
    const dorsey = byAlias("جيريل دورسي")[0]!;
    expect(dorsey.quotes[0]!.text.startsWith("تشترك الولايات المتحدة")).toBe(true);
    expect(dorsey.quotes[0]!.text).not.toMatch(/[“”"]/);
  });

  it("THEN no place, organisation or common word is taken for a person", () => {
    const names = people.map((p) => normalizeKey(p.name.ar));
    for (const bad of ["الولايات المتحدة", "البيان", "العراق", "واشنطن", "التحالف الدولي", "المسؤول", "داعش"]) {
      expect(names).not.toContain(normalizeKey(bad));
    }
    expect(people.length).toBeLessThan(25);
  });

  it("THEN داعش, تنظيم داعش and تنظيم الدولة الإسلامية are one organisation", () => {
    const isis = byAlias("داعش");
    expect(isis).toHaveLength(1);
    expect(isis[0]!.type).toBe("organization");
    const mentioned = new Set(sentences.flatMap((s) => s.mentions.filter((m) => m.type === "organization").map((m) => normalizeKey(m.surface))));
    expect(mentioned.has(normalizeKey("تنظيم داعش"))).toBe(true);
    expect(isis[0]!.articles.length).toBeGreaterThanOrEqual(4);
  });

  it("THEN places are found: العراق, الولايات المتحدة, بغداد, كردستان العراق", () => {
    for (const p of ["العراق", "الولايات المتحدة", "بغداد", "كردستان العراق"]) {
      const e = byAlias(p);
      expect(e.length, p).toBe(1);
      expect(e[0]!.type).toBe("place");
    }
  });

  it("THEN mention offsets point at their surface in the sentence", () => {
    for (const s of sentences) {
      for (const m of s.mentions) {
        const slice = s.text.slice(m.start, m.end);
        // "للولايات" gives the surface "الولايات": the article is restored, so compare without it.
        expect(slice.replace(/^ا?ل/, "")).toBe(m.surface.replace(/^ا?ل/, ""));
      }
      for (const q of s.quotes) expect(s.text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});
