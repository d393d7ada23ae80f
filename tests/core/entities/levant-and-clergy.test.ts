/**
 * Names and offices of Levantine and Shia religious news that no list held: the family particle «بو» written apart
 * («عبد الله بو حبيب»), the religious authorities («المرجع الديني الأعلى»), the Iranian Supreme Leader and the title
 * «آية الله», which carries no article of its own but is made definite by its last word.
 */
import { describe, expect, it } from "vitest";
import { toEnglishName, translateRole } from "../../../src/core/entities/index.ts";
import { peopleIn, saidIn } from "./helpers.ts";

describe("GIVEN a family name written with «بو» apart from it", () => {
  it.each([
    ["وأعلن وزير الخارجية اللبناني عبد الله بو حبيب أن لبنان ملتزم بالقرار 1701.", "عبد الله بو حبيب <وزير الخارجية اللبناني>"],
    ["وقال نائب رئيس مجلس النواب إلياس بو صعب إن المبادرة قائمة.", "إلياس بو صعب <نائب رئيس مجلس النواب>"],
  ])("THEN %s names the whole name, %s", (text, expected) => {
    expect(peopleIn(text)).toEqual([expected]);
  });

  it("THEN the words said are the whole name's", () => {
    expect(saidIn("وقال وزير الخارجية اللبناني عبد الله بو حبيب إن لبنان ملتزم بالقرار.")).toEqual(["عبد الله بو حبيب: لبنان ملتزم بالقرار"]);
  });

  it("THEN «بو» before a definite word or a particle starts no family name", () => {
    expect(peopleIn("وقال وزير الخارجية اللبناني عبد الله بو الذي زار بغداد إن لبنان ملتزم.")).not.toContain("عبد الله بو الذي");
  });
});

describe("GIVEN the offices and titles of Shia clergy and of Iran's leader", () => {
  it.each([
    ["وأكد المرجع الديني الأعلى علي السيستاني ضرورة حماية المدنيين.", "علي السيستاني <المرجع الديني الأعلى>"],
    ["وقال المرجع الديني كاظم الحائري إنه يعتزل العمل.", "كاظم الحائري <المرجع الديني>"],
    ["وقال المرشد الإيراني علي خامنئي إن بلاده لن تتراجع.", "علي خامنئي <المرشد الإيراني>"],
    ["وقال آية الله محمد اليعقوبي إن الانتخابات مهمة.", "محمد اليعقوبي <آية الله>"],
    ["واستهدف الهجوم ضريح آية الله الخميني في طهران.", "الخميني <آية الله>"],
  ])("THEN %s names %s", (text, expected) => {
    expect(peopleIn(text)).toEqual([expected]);
  });

  it("THEN an office before «آية الله» and the name is the office, the title between them", () => {
    expect(peopleIn("وقال المرشد الأعلى للثورة الإسلامية آية الله علي خامنئي إن بلاده لن تتراجع.")).toEqual(["علي خامنئي <المرشد الأعلى للثورة الإسلامية>"]);
  });

  it("THEN «مرشد» alone is a first name («مرشد إدريس»), not an office", () => {
    expect(peopleIn("وقال الكاتب العام المساعد مرشد إدريس إن الإضراب قائم.")).toEqual(["مرشد إدريس <الكاتب العام المساعد>"]);
  });

  it.each([
    ["المرجع الديني الأعلى", "Supreme Religious Authority"],
    ["المرجع الشيعي الأعلى في العراق", "Supreme Shia Religious Authority in Iraq"],
    ["المرشد الأعلى للثورة الإسلامية", "Supreme Leader of the Islamic Revolution"],
    ["المرشد الأعلى لجمهورية إيران الإسلامية", "Supreme Leader of the Islamic Republic of Iran"],
    ["المرشد الإيراني", "Iranian Supreme Leader"],
    ["آية الله العظمى", "Grand Ayatollah"],
  ])("THEN %j is %j in English", (ar, en) => {
    expect(translateRole(ar)).toBe(en);
  });
});

describe("GIVEN a kunya with no office before it («التي يتزعمها أبو محمد الجولاني»)", () => {
  it.each([
    ["وقالت هيئة تحرير الشام التي يتزعمها أبو محمد الجولاني إنها صدت هجوما.", "أبو محمد الجولاني"],
    ['ونشر التنظيم بيانا أكد فيه مقتل "أبو سفيان الصوفي" أمير كتيبة "عقبة بن نافع" في عملية للجيش.', "أبو سفيان الصوفي"],
  ])("THEN %s names the whole kunya, %s", (text, expected) => {
    expect(peopleIn(text)).toEqual([expected]);
  });

  it("THEN «أم» before a name is no kunya (the M of «إف إم», or «or»)", () => {
    expect(peopleIn("وقال رئيس الجمعية لمراسلة الجوهرة اف ام سامية البيولي إنهم يحتجون.")).not.toContain("ام سامية البيولي");
  });
});

describe("GIVEN the names of envoys to the region and of US intelligence chiefs, in Arabic letters", () => {
  it.each([
    ["آموس هوكستين", "Amos Hochstein"],
    ["جينين هينيس بلاسخارت", "Plasschaert"],
    ["غير بيدرسون", "Pedersen"],
    ["جيميس كلابار", "James Clapper"],
    ["جون برينان", "John Brennan"],
    ["أفريل هاينز", "Avril Haines"],
  ])("THEN %s reads %s in English", (ar, en) => {
    expect(toEnglishName(ar, true)).toContain(en);
  });
});

describe("GIVEN a person's name written with a final ى, as Egypt writes a final ي", () => {
  it.each([
    ["وائل شلبى", "Wael Shalbi"],
    ["أحمد عبدالحافظ محمود عبدالهدى", "Abdul Hadi"],
    ["مصطفى مدبولي", "Mustafa Madbouly"],
  ])("THEN %s reads %s", (ar, en) => {
    expect(toEnglishName(ar, true)).toContain(en);
  });
});
