import { describe, expect, it } from "vitest";
import { analyseArticleEntities } from "../../../src/core/entities/index.ts";
import { analyseText, peopleIn, saidIn } from "./helpers.ts";

describe("GIVEN reported words the newsroom closes with what the speaker did not reveal", () => {
  it("THEN «، من دون أن يكشف …» is not part of what was said", () => {
    expect(saidIn("وأضاف كيربي أن الرئيس جو بايدن وافق على خطط للرد، من دون أن يكشف تفاصيلها.")).toEqual(["كيربي: الرئيس جو بايدن وافق على خطط للرد"]);
  });

  it("THEN a clause with a subject of its own may be the speaker's, and stays", () => {
    const said = saidIn("وقال مروان جدة إن الإجراء يشمل مراقبة التنقلات داخل المدن، دون أن توضح وزارة الداخلية الأسباب.");
    expect(said).toEqual(["مروان جدة: الإجراء يشمل مراقبة التنقلات داخل المدن، دون أن توضح وزارة الداخلية الأسباب"]);
  });
});

describe("GIVEN a verb of urging, its subject, then the office holder urged", () => {
  it("THEN the words are not the urged person's", () => {
    const said = saidIn('ودعت الهيئة أيضا الوزير مهدي بن غربية الى التوقف عما أسمته "حملة التضليل الممنهج والتشويه ضدها".');
    expect(said.join()).not.toContain("مهدي بن غربية");
  });

  it("THEN an office right after the verb is its subject, who said them", () => {
    expect(saidIn('ودعا الوزير مهدي بن غربية الهيئة إلى "التوقف عن حملة التضليل الممنهج ضده".')).toEqual(["مهدي بن غربية: التوقف عن حملة التضليل الممنهج ضده"]);
    expect(saidIn('دعا رئيس أركان الجيش الجزائري ونائب وزير الدفاع الفريق أحمد قايد صالح، القوات العسكرية إلى "ضرورة الحفاظ على حالة التأهب القصوى".')).toEqual([
      "أحمد قايد صالح: ضرورة الحفاظ على حالة التأهب القصوى",
    ]);
  });
});

describe("GIVEN reported words and the newsroom's own words around them", () => {
  it("THEN «، بحسب ما جاء في …» (the newsroom's source) is not the speaker's", () => {
    expect(saidIn('وقال يوسف الشاهد إنه من المحتمل رفع حالة الطوارئ خلال الأشهر الثلاثة القادمة، بحسب ما جاء في حوار صحفي أدلى به لـ "فرانكفورت ألمانيا".')).toEqual([
      "يوسف الشاهد: من المحتمل رفع حالة الطوارئ خلال الأشهر الثلاثة القادمة",
    ]);
  });

  it("THEN «أن» after a condition or a time («شرط أن», «بعد أن») opens no words said", () => {
    expect(saidIn("من جانب آخر شدد المباركي على مساندة الاتحاد للتحركات الاجتماعية شرط أن تكون سلمية ولا تسبب في تعطيل المصالح.")).toEqual([]);
    expect(saidIn("وأضاف أنيس البدري الهدف الثاني في الدقيقة 66 قبل أن يحرز إبراهيم الشنيحي هدف تذليل الفارق.")).toEqual([]);
  });
});

describe("GIVEN an observatory and a spokesperson «باسمه» (for it)", () => {
  it("THEN «المرصد السوري لحقوق الإنسان» is an organisation that says what it reports", () => {
    expect(saidIn("وقال المرصد السوري لحقوق الإنسان إن الغارات طالت مستودعات أسلحة قرب المطار.")).toEqual([
      "المرصد السوري لحقوق الإنسان: الغارات طالت مستودعات أسلحة قرب المطار",
    ]);
  });

  it("THEN «المتحدث باسمه» is the office of the name after it, not the name Basma", () => {
    expect(peopleIn("ولم يعلق الجيش على الغارات، لكن المتحدث باسمه أفيخاي أدرعي قال إن إسرائيل لن تسمح بذلك.")).toEqual(["أفيخاي أدرعي <المتحدث باسمه>"]);
  });
});

describe("GIVEN a report quoting someone «عن X قوله» and the Gulf's offices", () => {
  it("THEN the person named after «عن» says what follows «قوله», and the Crown Prince is that", () => {
    const [said] = analyseText("a", "ونقلت وكالة الأنباء السعودية (واس) عن ولي العهد الأمير محمد بن سلمان قوله إن المملكة ماضية في مسيرة الإصلاح.");
    expect(said!.mentions.find((m) => m.type === "person")).toMatchObject({ surface: "محمد بن سلمان", role: "ولي العهد" });
    expect(said!.quotes.map((q) => `${q.speaker}: ${q.text}`)).toEqual(["محمد بن سلمان: المملكة ماضية في مسيرة الإصلاح"]);
  });

  it("THEN «قوله» after a verb of saying is still that verb's", () => {
    expect(saidIn('وأضاف الوزير خميس الجهيناوي قوله "إن تونس حرصت على طلب العمل المشترك".')).toEqual(["خميس الجهيناوي: تونس حرصت على طلب العمل المشترك"]);
  });

  it("THEN a ruling house's name ends the name, and a word that only opens an office with others is a name's («فولي»)", () => {
    expect(peopleIn("أصدر خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود أوامر ملكية.")).toEqual(["سلمان بن عبد العزيز آل سعود <خادم الحرمين الشريفين>"]);
    expect(peopleIn("وكانت احدى الصور لذبح الرهينة الامريكي جيمس فولي.")).toEqual(["جيمس فولي"]);
    expect(peopleIn("تمكن معتمد شربان، محمد الأمين النصراوي من الكشف عن عصابة.")).toEqual(["محمد الأمين النصراوي <معتمد شربان>"]);
  });
});

describe("GIVEN an office, then «نظيره» (his counterpart) and a name, then the words", () => {
  it("THEN the words are the office holder's, not the counterpart's", () => {
    const [, said] = analyseArticleEntities([
      "وصل وزير الخارجية الفلسطيني رياض المالكي إلى لندن.",
      'كما دعا وزير الخارجية الفلسطيني نظيره البريطاني بوريس جونسن خلال لقاء جمعهما " الحكومة البريطانية بتحمل المسؤولية الأخلاقية".',
    ]);
    expect(said!.quotes.map((q) => q.speaker)).toEqual(["رياض المالكي"]);
  });
});

describe("GIVEN «وأبرز» (and highlighted): a verb of saying behind و, an adjective without it", () => {
  it("THEN «وأبرز X أن …» gives X's words", () => {
    expect(saidIn("وأبرز كمال الورتاني أن الموسم الفلاحي واعد هذا العام.")).toEqual(["كمال الورتاني: الموسم الفلاحي واعد هذا العام"]);
    expect(saidIn("وأبرزت الوزيرة سلمى اللومي أن عدد السياح ارتفع.")).toEqual(["سلمى اللومي: عدد السياح ارتفع"]);
  });

  it("THEN «أبرز» alone, the most prominent or a subject's verb, gives no one's words and no one's name", () => {
    expect(saidIn("ولاحظ الضيف أن هذا التيار هو أبرز من مارس العنف منذ 2011.").join()).not.toContain("أبرز");
    expect(saidIn("وقال منير الكسيكسي إن الحوار الأخير لرئيس الحكومة يوسف الشاهد أبرز أنه غير قادر على تقديم أي إضافة.")).toEqual([
      "منير الكسيكسي: الحوار الأخير لرئيس الحكومة يوسف الشاهد أبرز أنه غير قادر على تقديم أي إضافة",
    ]);
    expect(peopleIn("وعن أولوياته خلال توليه لمنصب والي سوسة، أبرز عادل الشليوي، الذي يخلف فتحي بديرة، أن الأمن أولوية.")[0]).toBe("عادل الشليوي");
  });
});

describe("GIVEN words written or tweeted («وكتب», «غرد»)", () => {
  it("THEN the writer's words are theirs", () => {
    expect(saidIn("وكتب الرئيس الأمريكي دونالد ترامب في تغريدة على تويتر أن الاتفاق سيء للغاية.")).toEqual(["دونالد ترامب: الاتفاق سيء للغاية"]);
    expect(saidIn("وغرد رئيس الوزراء الإسرائيلي بنيامين نتنياهو قائلا إن إسرائيل لن تسمح بذلك أبدا.")).toEqual(["بنيامين نتنياهو: إسرائيل لن تسمح بذلك أبدا"]);
    expect(saidIn("واستطرد الوزير سمير الطيب أن الموسم الفلاحي واعد جدا.")).toEqual(["سمير الطيب: الموسم الفلاحي واعد جدا"]);
  });

  it("THEN «وغرد قائلا» with no subject of its own is the sentence's subject's", () => {
    const said = saidIn('وتعهد المتحدث باسم الوزارة خالد أبا الخيل بـ"الرد المناسب"، وغرد قائلا: "المستشفى مخالف للنظام وقد تم تطبيق العقوبات بحقه".');
    expect(said).toEqual(["خالد أبا الخيل: المستشفى مخالف للنظام وقد تم تطبيق العقوبات بحقه"]);
  });

  it("THEN «كتب» as books is no verb of writing", () => {
    expect(saidIn("وأكد ناجي جلول أن هذا المركز يضم 25 ألف كتابا وسيتم تدعيم رصيده بحواسيب وكتب أخرى إلى جانب برامج خاصة.")).toEqual([
      "ناجي جلول: هذا المركز يضم 25 ألف كتابا وسيتم تدعيم رصيده بحواسيب وكتب أخرى إلى جانب برامج خاصة",
    ]);
    expect(peopleIn("كتب الدولي التونسي أنيس بن حتيرة تدوينة على صفحته الخاصة.").join()).not.toContain("تدوينة");
  });
});

describe("GIVEN a speaker named after «ما صرح به» (what X stated), then an office", () => {
  it("THEN the name after the verb's «به» is the speaker, and the office right after it is theirs", () => {
    expect(peopleIn("وستناقش الهيئة ميزانيتها، وفق ما صرح به سليم الورتاني الناطق الرسمي باسم الجمعية في تصريح إذاعي.")).toEqual([
      "سليم الورتاني <الناطق الرسمي باسم الجمعية>",
    ]);
    expect(peopleIn("وسيعقد المؤتمر في الربيع حسب ما أفاد به عماد الجلاصي المدير العام للديوان.")).toEqual(["عماد الجلاصي <المدير العام للديوان>"]);
  });

  it("THEN without the relative «ما» the words after «به» are no speaker's", () => {
    expect(peopleIn("وصرح به سليم الورتاني الناطق الرسمي للجمعية.").join()).not.toContain("سليم الورتاني <");
  });

  it("THEN after a first name alone, an office word is the family name, not an office («بسام الوكيل»)", () => {
    expect(peopleIn("وأكد بسام الوكيل، رئيس الجمعية، أن الأشغال ستنطلق قريبا.").join()).not.toContain("<الوكيل>");
  });

  it("THEN a rank that is also a common noun after the words is no office of theirs («الفريق»)", () => {
    expect(peopleIn("ينتظر النادي رسالة يؤكد خلاله انسحاب الفريق المنافس من المسابقة.")).toEqual([]);
  });
});

describe("GIVEN a woman who attacks another woman, then «وأضافت» with no name", () => {
  it("THEN the words are the attacker's (the clause's subject), not the one attacked (its object)", () => {
    const text =
      "فقد انتقدت النائبة البرلمانية سلمى الرياحي عن حزب التقدم الوزيرة ليلى الحمامي معتبرةً قرارها متسرعا. وأضافت أن القرار يضر بالتلاميذ في المناطق الداخلية.";
    const said = analyseText("t", text).flatMap((s) => s.quotes.map((q) => `${q.speaker}: ${q.text}`));
    expect(said).toEqual(["سلمى الرياحي: القرار يضر بالتلاميذ في المناطق الداخلية"]);
  });
});

describe("GIVEN a body named in full, then «وقالت الوزارة» (its head alone) in a later sentence", () => {
  const said = (text: string) => analyseText("t", text).flatMap((s) => s.quotes.map((q) => `${q.speaker}: ${q.text}`));

  it("THEN the words are the body's, under the name it was given", () => {
    expect(said("أعلنت وزارة الصحة إغلاق ثلاثة مستشفيات. وقالت الوزارة في بيان إن المستشفيات ستفتح بعد أسبوع.")).toEqual([
      "وزارة الصحة: المستشفيات ستفتح بعد أسبوع",
    ]);
  });

  it("THEN the last body of that kind is meant, and a head with no body of its kind named before speaks for no one", () => {
    expect(said("التقت وزارة الصحة بوزارة المالية. وأكدت الوزارة أن الميزانية ستزيد في العام المقبل.")).toEqual(["وزارة المالية: الميزانية ستزيد في العام المقبل"]);
    expect(said("أعلنت وزارة الصحة إغلاق ثلاثة مستشفيات. وقالت الجمعية إن القرار متسرع جدا.")).toEqual([]);
  });
});

describe("GIVEN an office said again with the country's adjective («رئيس الوزراء العراقي» after «رئيس وزراء جمهورية العراق»)", () => {
  it("THEN what the office says is its holder's", () => {
    const [, later] = analyseArticleEntities([
      "استقبل الرئيس عبد الفتاح السيسي، اليوم الأحد، السيد محمد شياع السوداني رئيس وزراء جمهورية العراق، بقصر الاتحادية بالقاهرة.",
      "من جانبه، أعرب رئيس الوزراء العراقي عن تقديره لدور مصر، مشيراً إلى أن آلية التعاون الثلاثي تمثل نموذجاً للتكامل الإقليمي.",
    ]);
    expect(later!.quotes.map((q) => q.speaker)).toEqual(["محمد شياع السوداني"]);
  });

  it("THEN another country's office is not theirs", () => {
    const [, later] = analyseArticleEntities([
      "استقبل الرئيس عبد الفتاح السيسي السيد محمد شياع السوداني رئيس وزراء جمهورية العراق بقصر الاتحادية.",
      "من جانبه، أعرب رئيس الوزراء الأردني عن تقديره لدور مصر، مشيراً إلى أن آلية التعاون الثلاثي تمثل نموذجاً للتكامل.",
    ]);
    expect(later!.quotes.map((q) => q.speaker)).not.toContain("محمد شياع السوداني");
  });
});

describe("GIVEN a man's participle in a sentence whose verb is no speech verb («انتقد X …، معتبرا أن»)", () => {
  it("THEN the words are those of the man right after the sentence's verb, not of an earlier sentence's speaker", () => {
    const [, later] = analyseArticleEntities([
      'وأكد رئيس حكومة إقليم كردستان مسرور بارزاني، في بيان، أن الاتفاق مع بغداد "خطوة مهمة نحو معالجة الخلافات العالقة".',
      'في المقابل، انتقد النائب عن كتلة دولة القانون عارف الحمامي بعض فقرات القانون، معتبرا أنها "تمنح امتيازات غير عادلة".',
    ]);
    expect(later!.quotes.map((q) => q.speaker)).toEqual(["عارف الحمامي"]);
  });

  it("THEN with two men named before it, the earlier speaker still speaks", () => {
    const [, later] = analyseArticleEntities([
      "وقال الوزير سامي العبيدي إن المشروع سيكتمل قبل نهاية العام الجاري.",
      "واستقبل رئيس البلدية محمد الرياحي الوزير كمال الصيد، مؤكدا أن التعاون سيتواصل بين الطرفين.",
    ]);
    expect(later!.quotes.map((q) => q.speaker)).not.toContain("كمال الصيد");
  });
});

describe("GIVEN a participle of saying behind ب or ل («بمتابعة», «لمتابعة»): a verbal noun after a preposition", () => {
  it("THEN the words said run past it, whole", () => {
    expect(saidIn("وأكد النصري أن الادارة تقوم يوميا بمتابعة عمليات البيع، خاصة على مستوى سوق الجملة، إلى جانب المتابعة اليومية لأسواق التفصيل، مشيرا إلى أنه تم تنظيم حملة مراقبة اقتصادية.")).toEqual([
      "النصري: الادارة تقوم يوميا بمتابعة عمليات البيع، خاصة على مستوى سوق الجملة، إلى جانب المتابعة اليومية لأسواق التفصيل",
      "النصري: تم تنظيم حملة مراقبة اقتصادية",
    ]);
  });
});

describe('GIVEN words said that open on a quotation («إن "تلاعبا" وقع …»)', () => {
  it("THEN the quotation keeps both its marks", () => {
    expect(saidIn('وقال الهمامي إن "تلاعبا" وقع في ملف زروق بسبب ما أسماه الفساد المستشري.')).toEqual(['الهمامي: "تلاعبا" وقع في ملف زروق بسبب ما أسماه الفساد المستشري']);
    expect(saidIn("وقال الهمامي إن «تلاعبا» وقع في ملف زروق بسبب ما أسماه الفساد المستشري.")).toEqual(["الهمامي: «تلاعبا» وقع في ملف زروق بسبب ما أسماه الفساد المستشري"]);
  });
});

describe("GIVEN an office held in someone's government, then the speaker's name («الوزير السابق في حكومة الحبيب الصيد لزهر العكرمي»)", () => {
  it("THEN the words are the office holder's, not the head of government's", () => {
    expect(saidIn("أكد الوزير السابق في حكومة الحبيب الصيد لزهر العكرمي في مداخلة له أن البلاد في حاجة الى انقاذ فوري.")).toEqual([
      "لزهر العكرمي: البلاد في حاجة الى انقاذ فوري",
    ]);
    expect(saidIn("نفى وزير التربية الأسبق في حكومة مهدي جمعة فتحي الجراي ما تناقلته بعض وسائل الإعلام بشأن \"إيقاف ابن أخيه بسبب تورطه في العملية\".")).toEqual([
      "فتحي الجراي: إيقاف ابن أخيه بسبب تورطه في العملية",
    ]);
  });
});

describe("GIVEN the title of a meeting in quotation marks after «تحت عنوان:» (with a colon), then the words said", () => {
  it("THEN the title is not what was said; the words after أن are", () => {
    expect(saidIn('وأوضح أحمد نجيب الشابي في تصريح على هامش افتتاح الملتقى الدولي تحت عنوان: "دستور تونس 27 جانفي 2014: ثلاث سنوات من الممارسة الدستورية" أن المشكل يتعلق بالنخبة السياسية التي خيبت الآمال.')).toEqual([
      "أحمد نجيب الشابي: المشكل يتعلق بالنخبة السياسية التي خيبت الآمال",
    ]);
  });
});

describe("GIVEN «و» and a verb of saying with no subject of its own, after a clause a man is the subject of", () => {
  it.each([
    [
      'وتفقد رئيس مجلس السيادة الانتقالي قائد الجيش الفريق أول عبد الفتاح البرهان القوات في أم درمان، وقال في كلمة أمام الجنود: "لن نتفاوض مع من دمروا البلاد".',
      "عبد الفتاح البرهان: لن نتفاوض مع من دمروا البلاد",
    ],
    ["وزار الرئيس محمد الغنوشي المعرض وقال إن هذا المشروع إنجاز كبير.", "محمد الغنوشي: هذا المشروع إنجاز كبير"],
  ])("THEN the words are his: %s", (text, expected) => {
    expect(saidIn(text)).toEqual([expected]);
  });

  it("THEN with two people before it, no one is guessed from this rule, and a woman's verb is not his", () => {
    expect(saidIn('وزارت الوزيرة سلمى النقاش المعرض، وقالت في كلمة: "هذا إنجاز كبير".')).toEqual([]);
  });
});
