/** Sound keys: an Arabic name and its usual Latin spellings share one consonant skeleton. */
import { describe, expect, it } from "vitest";
import { arabicSoundKey, arabicSoundKeys, latinSoundKey, usableSoundKey } from "../../../src/core/index/sound-key.ts";
import { normalizeKey } from "../../../src/core/text/normalize.ts";

const ar = (word: string) => arabicSoundKey(normalizeKey(word));

describe("sound keys", () => {
  it.each([
    ["Bourguiba", "بورقيبة"], ["Jabeur", "جابر"], ["Ons", "أنس"], ["Zuckerberg", "زوكربيرغ"], ["Jomaa", "جمعة"],
    ["Belaid", "بلعيد"], ["Jhinaoui", "الجهيناوي"], ["Essebsi", "السبسي"], ["Chahed", "الشاهد"], ["Ghannouchi", "الغنوشي"],
    ["Mohamed", "محمد"], ["Muhammad", "محمد"], ["Kadhimi", "الكاظمي"], ["Djerba", "جربة"], ["Abderrahmane", "عبدالرحمان"],
  ])("GIVEN %s and %s THEN one key", (latin, arabic) => {
    expect(latinSoundKey(latin)).toBe(ar(arabic));
  });

  it("GIVEN ظ or ذ THEN it is read as d(h) and as z: «Kadhimi» and «Kazemi», «Zarif»", () => {
    expect(arabicSoundKeys(normalizeKey("الكاظمي"))).toEqual([latinSoundKey("Kadhimi"), latinSoundKey("Kazemi")]);
    expect(arabicSoundKeys(normalizeKey("ظريف"))).toContain(latinSoundKey("Zarif"));
    expect(arabicSoundKeys(normalizeKey("جابر"))).toEqual([latinSoundKey("Jabeur")]);
  });

  it("GIVEN names that differ in their consonants THEN different keys", () => {
    expect(latinSoundKey("Jabeur")).not.toBe(ar("جبران"));
    expect(latinSoundKey("Smith")).not.toBe(ar("سليم"));
  });

  it("GIVEN a key of one class («Ali» is L) THEN it is not specific enough alone", () => {
    expect(usableSoundKey(latinSoundKey("Ali"))).toBe(false);
    expect(usableSoundKey(latinSoundKey("Bourguiba"))).toBe(true);
  });
});
