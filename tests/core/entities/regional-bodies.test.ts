/**
 * Bodies of the region's security news in English: the Houthis by any of their names, a known body followed by its
 * nationality («حزب الله اللبناني» is Hezbollah), «الله» inside a name read word by word, and a short body's name that a word
 * only looks like behind ف («ميناء فارنا» is the port of Varna, not IRNA).
 */
import { describe, expect, it } from "vitest";
import { analyseArticleEntities, mergeEntities, translateRole } from "../../../src/core/entities/index.ts";
import { entityEnglishName } from "../../../src/core/entities/translate-org.ts";
import { analyseText, orgsIn } from "./helpers.ts";

/** The merged entities of one article's sentences, as "type Arabic => English". */
function entitiesOf(texts: string[]): string[] {
  return mergeEntities(analyseText("a", texts.join("\n"))).map((e) => `${e.type} ${e.name.ar} => ${e.name.en}`);
}

describe("GIVEN the Houthis by their different names", () => {
  it("THEN «جماعة أنصار الله», «الحوثيون» and «الحوثيين» are one body, the Houthis (Ansar Allah)", () => {
    const found = entitiesOf([
      "أعلنت جماعة أنصار الله استهداف سفينة تجارية في خليج عدن.",
      "وأعلن الحوثيون أنهم أطلقوا صاروخا على السفينة.",
      "وقال مسؤول إن الغارات استهدفت مواقع الحوثيين في صنعاء.",
    ]).filter((e) => e.startsWith("organization"));
    expect(found).toEqual(["organization جماعة أنصار الله => the Houthis (Ansar Allah)"]);
  });

  it("THEN a movement with «أنصار الله» inside its own name is not the Houthis", () => {
    expect(entityEnglishName("حركة أنصار الله الأوفياء", "organization")).toBe("Ansar Allah al-Awfaya Movement");
  });
});

describe("GIVEN bodies named in Arabic that read word by word in English", () => {
  it.each([
    ["حزب الله اللبناني", "Hezbollah"],
    ["مجلس الحرب الإسرائيلي", "Israeli War Cabinet"],
    ["حزب الخضر الألماني", "German Green Party"],
  ])("THEN %j is %j", (ar, en) => {
    expect(entityEnglishName(ar, "organization")).toBe(en);
  });
});

describe("GIVEN a word that is ف + a body's short name", () => {
  it("THEN «ميناء فارنا» names no news agency", () => {
    expect(orgsIn("وبحسب الشركة، فإن السفينة كانت متجهة إلى ميناء فارنا البلغاري.")).toEqual([]);
  });

  it("THEN a place behind ف opening a clause is still that place", () => {
    const places = analyseArticleEntities(["وطالما لم تعالج هذه الهشاشة فتونس لن تتقدم كثيرا."])[0]!.mentions.filter((m) => m.type === "place");
    expect(places.map((m) => m.surface)).toEqual(["تونس"]);
  });
});

describe("GIVEN the seas, straits and rivers of the region's news", () => {
  it.each([
    ["وأسقطت القوات طائرتين مسيرتين فوق البحر الأحمر.", "البحر الأحمر => the Red Sea"],
    ["وتعرضت سفينة لهجوم في خليج عدن.", "خليج عدن => the Gulf of Aden"],
    ["وهددت طهران بإغلاق مضيق هرمز.", "مضيق هرمز => the Strait of Hormuz"],
    ["وتمر السفن عبر قناة السويس.", "قناة السويس => the Suez Canal"],
    ["وعُثر على الجثث في نهر دجلة جنوب الموصل.", "نهر دجلة => the Tigris"],
    ["وغرق قارب للمهاجرين في البحر الأبيض المتوسط.", "البحر الأبيض المتوسط => the Mediterranean"],
  ])("THEN %s names the place %s", (text, expected) => {
    const places = entitiesOf([text]).filter((e) => e.startsWith("place "));
    expect(places).toContain(`place ${expected}`);
  });

  it("THEN «قناة السويس» is the canal, not a TV channel, and a body named after a gulf keeps the gulf's English", () => {
    expect(entitiesOf(["وتمر السفن عبر قناة السويس."]).filter((e) => e.startsWith("organization"))).toEqual([]);
    expect(entityEnglishName("شركة الخليج الفارسي", "organization")).toBe("Persian Gulf Company");
  });
});

describe("GIVEN bodies of Syrian and Iraqi news", () => {
  it("THEN «هيئة تحرير الشام» is Hayat Tahrir al-Sham and «غرفة التجارة الدولية» the International Chamber of Commerce", () => {
    const found = entitiesOf([
      "وقالت هيئة تحرير الشام إنها صدت هجوما على محور جبل الزاوية.",
      "وصدر قرار هيئة التحكيم التابعة لغرفة التجارة الدولية في باريس لصالح العراق.",
    ]).filter((e) => e.startsWith("organization"));
    expect(found).toContain("organization هيئة تحرير الشام => Hayat Tahrir al-Sham (HTS)");
    expect(found).toContain("organization غرفة التجارة الدولية => the International Chamber of Commerce");
    expect(entityEnglishName("هيئة التحكيم", "organization")).toBe("Arbitration Panel");
  });
});

describe("GIVEN a bank named by its adjectives («البنك المركزي العراقي»)", () => {
  it.each([
    ["من جهته، قال البنك المركزي العراقي إنه سيتخذ الإجراءات القانونية اللازمة.", ["البنك المركزي العراقي"]],
    ["وقال البنك الإفريقي للتنمية إن القرض جاهز للصرف.", ["البنك الإفريقي للتنمية"]],
    ["وقال المصرف المركزي إن السيولة كافية.", ["المصرف المركزي"]],
  ])("THEN %s names the bank %j", (text, expected) => {
    expect(orgsIn(text)).toEqual(expected);
  });

  it("THEN a bank described by what it does, or followed by what the sentence says of it, names no more than the bank", () => {
    expect(orgsIn("وقال البنك المقرض إن الفائدة مرتفعة.")).toEqual([]);
    expect(orgsIn("وزادت موجودات البنك المركزي التونسي من العملة الصعبة.")).toEqual(["البنك المركزي التونسي"]);
  });

  it("THEN a bank named for a word in a final ى reads it as a long a: «مصرف الهدى» is al-Hada Bank, not al-Had", () => {
    expect(entityEnglishName("مصرف الهدى", "organization")).toBe("al-Hada Bank");
  });
});

describe("GIVEN a dual: two people of a nationality («مسؤولان إيرانيان»)", () => {
  it("THEN «قال مسؤولان إيرانيان إن …» names no one, and says nothing a name said", () => {
    const [r] = analyseArticleEntities(["قال مسؤولان إيرانيان إن طهران أرسلت أربع طائرات شحن محملة بالأغذية إلى قطر."]);
    expect(r!.mentions.filter((m) => m.type === "person")).toEqual([]);
    expect(r!.quotes).toEqual([]);
  });

  it("THEN a dual nationality after a team is the players', not the team's adjective", () => {
    expect(orgsIn("ويضم فريق القيادة التونسيان الدولي مصباح الصانعي والحارس السابق.")).not.toContain("القيادة التونسيان الدولي");
  });

  it("THEN «وكالة فارس الإيرانية» is the Fars News Agency, and «فارس» alone a first name", () => {
    expect(entitiesOf(["وذكرت وكالة فارس الإيرانية أن الطائرات أقلعت.", "وقال فارس الحمداني إن الوضع هادئ."])).toEqual([
      "organization وكالة فارس => Fars News Agency",
      "person فارس الحمداني => Fares al-Hamdani",
    ]);
  });
});

describe("GIVEN IRNA by its long name, and a French prime minister", () => {
  it("THEN «وكالة الجمهورية الإسلامية الإيرانية للأنباء» is IRNA and «مانويل فالس» is Manuel Valls", () => {
    expect(entitiesOf(["وقالت الوزارة في بيان نشرته وكالة الجمهورية الإسلامية الإيرانية للأنباء إن الخلية فككت.", "وقال رئيس الوزراء الفرنسي مانويل فالس إن الوضع خطير."])).toEqual([
      "organization وكالة الأنباء الإيرانية => IRNA",
      "person مانويل فالس => Manuel Valls",
    ]);
  });
});

describe("GIVEN Sudan's war in the news", () => {
  const found = entitiesOf([
    "وأعلن الجيش السوداني استعادة مقر الهيئة العامة للإذاعة والتلفزيون.",
    "وتفقد رئيس مجلس السيادة الانتقالي قائد الجيش الفريق أول عبد الفتاح البرهان القوات في أم درمان.",
    "وقال قائد قوات الدعم السريع محمد حمدان دقلو إن قواته انسحبت.",
  ]);

  it("THEN the council's name ends before the second office, and each body reads in English", () => {
    expect(found).toContain("organization مجلس السيادة الانتقالي => Transitional Council of Sovereignty");
    expect(found).toContain("organization قوات الدعم السريع => Rapid Support Forces (RSF)");
    expect(found).toContain("organization الهيئة العامة للإذاعة والتلفزيون => General Authority for Radio and Television");
  });

  it("THEN the people keep their usual English spellings", () => {
    expect(found).toContain("person عبد الفتاح البرهان => Abdul Fattah al-Burhan");
    expect(found).toContain("person محمد حمدان دقلو => Mohammed Hamdan Dagalo");
  });
});

describe("GIVEN Iran's nuclear file in the news", () => {
  const found = entitiesOf([
    "وصل المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي إلى طهران مساء الإثنين.",
    "وأكد رئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي أن بلاده تتعاون مع الوكالة.",
    "وكان وزير الخارجية الإيراني عباس عراقجي قد أعلن استعداد طهران لاستئناف المفاوضات.",
  ]);

  it("THEN the bodies and people read as English news names them", () => {
    expect(found).toContain("organization الوكالة الدولية للطاقة الذرية => International Atomic Energy Agency (IAEA)");
    expect(found).toContain("organization منظمة الطاقة الذرية الإيرانية => Iranian Atomic Energy Organisation");
    expect(found).toContain("person رافائيل غروسي => Rafael Grossi");
    expect(found).toContain("person عباس عراقجي => Abbas Araghchi");
  });
});

describe("GIVEN Jerusalem's holy site and a court named only by its competence", () => {
  it("THEN al-Aqsa Mosque is a place with its English name, and «المحكمة المختصة» no body", () => {
    expect(entitiesOf(["وقال مدير المسجد الأقصى عمر الكسواني إن المصلين تواجدوا منذ البارحة في المسجد."])).toContain("place المسجد الأقصى => al-Aqsa Mosque");
    expect(orgsIn("وتحال القضية إلى المحكمة المختصة للنظر فيها.")).toEqual([]);
  });
});

describe("GIVEN bodies whose English is not their words' («المنظمة الدولية للشرطة الجنائية», «صندوق الودائع والأمانات»)", () => {
  it("THEN they read as English names them", () => {
    const found = entitiesOf([
      "وأصدرت المنظمة الدولية للشرطة الجنائية (الإنتربول) مذكرة توقيف.",
      "ونقلت صحيفة التلغراف البريطانية عن مسؤولين أن الاتفاق قريب.",
      "ويستثمر صندوق الودائع والأمانات في السندات.",
      "وأعلنت شركة الخطوط الجوية الليبية استئناف رحلاتها.",
    ]);
    expect(found).toContain("organization المنظمة الدولية للشرطة الجنائية => Interpol");
    expect(found).toContain("organization صندوق الودائع والأمانات => Deposits and Consignments Fund");
    expect(found).toContain("organization شركة الخطوط الجوية الليبية => Libyan Airlines Company");
    expect(found.some((e) => e.endsWith("=> The Telegraph"))).toBe(true);
  });

  it("THEN adjectives joined by «و» read as one list, and «الدائم» is the office's", () => {
    expect(entityEnglishName("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "organization")).toBe("Tunisian Forum for Economic and Social Rights");
    expect(entityEnglishName("المجلس الاقتصادي والاجتماعي", "organization")).toBe("Economic and Social Council");
    expect(entityEnglishName("المنظمة القطاعية والجهوية والوطنية", "organization")).toBe("Sectoral, Regional and National Organisation");
    expect(translateRole("مندوب روسيا الدائم لدى الأمم المتحدة")).toBe("Permanent Representative of Russia to the United Nations");
    // (After a deputy's rank word: the Deputy Permanent Representative; an ordinal still ranks the deputy.)
    expect(translateRole("نائب مندوب روسيا الدائم لدى الأمم المتحدة")).toBe("Deputy Permanent Representative of Russia to the United Nations");
    expect(translateRole("مساعد المدير الجهوي للنقل بسوسة")).toBe("Assistant Regional Director of Transport in Sousse");
    expect(translateRole("النائب الأول لرئيس الجمعية التونسية لعلوم الزكاة")).toBe("First Deputy Head of the Tunisian Association for Sciences of Zakat");
  });

  it("THEN public works and applied sciences read so", () => {
    expect(entityEnglishName("الجامعة العامة للأشغال العمومية والإسكان", "organization")).toBe("General Federation for Public Works and Housing");
    expect(entityEnglishName("المعهد العالي للعلوم والتكنولوجيا التطبيقية", "organization")).toBe("Higher Institute for Sciences and Applied Technology");
  });
});
