/**
 * Offices found on a sixth held-out sample (seed 8080): bodies named by a plural in construct, an office in apposition
 * to the name before it, the bare office that refers back to its holder, and the English of offices.
 */
import { describe, expect, it } from "vitest";
import { analyseArticleEntities, translateRole } from "../../../src/core/entities/index.ts";
import { entityEnglishName } from "../../../src/core/entities/translate-org.ts";
import { orgsIn, peopleIn } from "./helpers.ts";
import { createCore } from "../../../src/core/create.ts";

const people = peopleIn;

describe("GIVEN a body named by a plural in construct («جمعية أولياء التلاميذ»)", () => {
  it("THEN the office before a name holds the whole body, and the name is found after it", () => {
    expect(people("أكد رئيس جمعية أولياء التلاميذ توفيق شحدورة تنظيم تحركات غدا.")).toEqual(["توفيق شحدورة <رئيس جمعية أولياء التلاميذ>"]);
    expect(people("أبدى رئيس نقابة مصدري المحاصيل الزراعية في ايران رضا نوراني استعداده للتصدير.")).toEqual([
      "رضا نوراني <رئيس نقابة مصدري المحاصيل الزراعية في ايران>",
    ]);
  });

  it("THEN a name of that shape before a nisba surname is still the name («لاعبه فراس الجليدي»)", () => {
    expect(people("كما استرجع الفريق لاعبه فراس الجليدي الذي أمضى عقدا.")).toEqual(["فراس الجليدي <لاعبه>"]);
  });

  it("THEN its English reads as an English compound", () => {
    expect(translateRole("رئيس جمعية أولياء التلاميذ")).toBe("Head of the Parents Association");
    expect(translateRole("كاتب عام نقابة أعوان الديوانة")).toBe("Secretary-General of the Customs Staff Union");
    expect(translateRole("عضو الهيئة المديرة لنقابة أطباء القطاع الخاص")).toBe("Member of the Governing Authority of the Private Sector Doctors Union");
  });
});

describe("GIVEN an office in apposition to the name before it", () => {
  it("THEN the words after a bare indefinite head are where the person works, not another person", () => {
    expect(people("أكد حسن الزروقوني مدير عام سيغما كونساي في مداخلة له.")).toEqual(["حسن الزروقوني <مدير عام سيغما كونساي>"]);
    expect(people("أكد محمد أنور معروف وزير تكنولوجيات الاتصال والاقتصاد الرقمي ضيف بوليتيكا أن الحكومة جاهزة.")).toEqual([
      "محمد أنور معروف <وزير تكنولوجيات الاتصال والاقتصاد الرقمي>",
    ]);
  });

  it("THEN with no name before it, the name after the office is still a person", () => {
    expect(people("وقال مدير عام الشركة محمد الحامدي إن الإنتاج تراجع.")).toEqual(["محمد الحامدي <مدير عام الشركة>"]);
  });
});

describe("GIVEN a first name that is also a common word («حسن»)", () => {
  it("THEN after a verb of saying and before a nisba surname it opens a name", () => {
    expect(people("وقال حسن الزروقوني إن النتائج واضحة.")).toEqual(["حسن الزروقوني"]);
  });

  it("THEN before a nationality or a plain noun it does not", () => {
    // (Right before the words said, «وقال حسن X إن», a definite X is a surname: spoken words need a speaker.)
    expect(people("وأكد حسن التنظيم نجاح الدورة.")).toEqual([]);
    expect(people("أكد حسن التونسي.")).toEqual([]);
  });
});

describe("GIVEN the bare office later in the article («وقال الوزير»)", () => {
  it("THEN it is the person who holds that office with its portfolio", () => {
    const [, second] = analyseArticleEntities(["صرح وزير التربية ناجي جلول صباح الثلاثاء بأن الحل قريب.", "وقال الوزير إنه \"لابد ان تستعيد نور كامل صحتها\"."]);
    expect(second!.quotes.map((q) => q.speaker)).toEqual(["ناجي جلول"]);
  });

  it("THEN another office is not his («وقال الوالي» after a minister)", () => {
    const [, second] = analyseArticleEntities(["صرح وزير التربية ناجي جلول صباح الثلاثاء بأن الحل قريب.", "وقال الوالي إن الطريق مغلقة."]);
    expect(second!.quotes.map((q) => q.speaker)).not.toContain("ناجي جلول");
  });
});

describe("GIVEN offices whose English was read word by word", () => {
  it.each([
    ["رئيس جمهورية النيجر", "President of Niger"],
    ["رئيس جمهورية مصر العربية", "President of Egypt"],
    ["وكيل الجمهورية", "Public Prosecutor"],
    ["مساعد وكيل الجمهورية بالمحكمة الابتدائية بتوزر", "Assistant Public Prosecutor in the Court of First Instance in Tozeur"],
    ["مدير عام الشركة", "Director-General of the Company"],
    ["مدير جهوي للتجهيز بجندوبة", "Regional Director of Equipment in Jendouba"],
    ["الوزير الجزائري للشؤون المغاربية والاتحاد الإفريقي وجامعة الدّول العربية", "Algerian Minister of Maghreb Affairs and the African Union and the Arab League"],
    ["وزير الشؤون المغاربية والاتحاد الإفريقي والجامعة العربية الجزائري", "Algerian Minister of Maghreb Affairs and the African Union and the Arab League"],
  ])("THEN «%s» is «%s»", (ar, en) => {
    expect(translateRole(ar)).toBe(en);
  });

  it("THEN a nationality with no list before it stays with the body it follows", () => {
    expect(translateRole("أمين عام حزب الله اللبناني")).toBe("Secretary-General of the Lebanese Hezbollah");
    expect(translateRole("رئيس الترجي الرياضي التونسي")).toBe("Head of Espérance de Tunis");
  });
});

describe("GIVEN a held-out sample of offices' English (seed 99; 29 of 40 read right before this)", () => {
  it.each([
    // بال + a noun is where the office is.
    ["المندوب الجهوي للتربية بالجهة", "Regional Representative of Education in the region"],
    ["النائب بالبرلمان", "MP in Parliament"],
    // A feminine nationality after a masculine head and a noun is the noun's.
    ["مدير المنتخبات الوطنية التونسية", "Director of the Tunisian National Teams"],
    ["المدير العام للديوانة التونسية", "Director-General of the Tunisian Customs"],
    // A masculine one is the holder's, as is a feminine one after a feminine head.
    ["وزير الخارجية التونسي", "Tunisian Minister of Foreign Affairs"],
    ["وزيرة المرأة التونسية", "Tunisian Minister of Women"],
    // The charge right after its head is what the office is for.
    ["كاتب الدولة المكلف بالهجرة والادماج الاجتماعي", "Secretary of State for Migration and Social Integration"],
    ["عضوة مكلفة بالعلاقة مع المجتمع المدني", "Member of relations with Civil Society"],
    ["وزير الداخلية المكلف بالأمن", "Minister of the Interior in charge of Security"],
  ])("THEN «%s» is «%s»", (ar, en) => {
    expect(translateRole(ar)).toBe(en);
  });
});

describe("GIVEN candidates («المرشح المحافظ فرانسوا فيون»)", () => {
  it("THEN a candidate is an office, and المحافظ after it is conservative, not a governor", () => {
    expect(people("وقال المرشح المحافظ فرانسوا فيون إن برنامجه واضح.")).toEqual(["فرانسوا فيون <المرشح المحافظ>"]);
    expect(translateRole("المرشح المحافظ")).toBe("conservative candidate");
    expect(translateRole("مرشح اليمين للرئاسة")).toBe("candidate of the right for the Presidency");
    // Alone, المحافظ is still the governor.
    expect(translateRole("محافظ البنك المركزي")).toBe("Governor of the Central Bank");
  });

  it("THEN «المرشح الأوفر حظا» is the likeliest candidate, no one's name", () => {
    expect(people("ويعتبر المرشح الأوفر حظا للفوز بالانتخابات.")).toEqual([]);
  });
});

describe("GIVEN a second office with no و, and outlets and movements the lexicon knows", () => {
  it.each([
    ["زعيمة حزب الجبهة الوطنية المرشحة للانتخابات الرئاسية", "Leader of the National Front Party and candidate for Presidential Elections"],
    [
      "مساعد وكيل الجمهورية بالمحكمة الابتدائية بتونس الناطق الرسمي باسم القطب القضائي",
      "Assistant Public Prosecutor in the Court of First Instance in Tunisia and Official Spokesperson for the Judicial Pole",
    ],
    ['المرشح من حركة "إلى الأمام"', "candidate from En Marche!"],
    ['مديرة مكتب تونس لمنظمة "هيومن رايتس وتش"', "Director of the Office of Tunisia of Human Rights Watch"],
    ["المدير الفني للنادي الكتالوني", "Technical Director of the Catalan Club"],
    ['مرشح حزب "فرنسا الأبية"', "candidate of La France Insoumise"],
    ["مدير المشاريع بالمنظمة", "Director of Projects in the Organization"],
    ["المدير العام للمعهد الوطني للمواصفات والملكية الصناعية", "Director-General of the National Institute for Standards and Industrial Property"],
  ])("THEN %s reads «%s»", (ar, en) => {
    expect(translateRole(ar)).toBe(en);
  });
  it("THEN an office's genitive is still its complement («مستشار الرئيس الأمريكي»)", () => {
    expect(translateRole("مستشار الرئيس الأمريكي")).not.toMatch(/ and /);
  });
  it.each([
    ["صحيفة الغارديان البريطانية", "The Guardian"],
    ["قناة الجزيرة القطرية", "Al Jazeera"],
    ["إذاعة صفاقس", "Sfax radio"],
    ["هيومن رايتس واتش", "Human Rights Watch"],
    ['صحيفة "لوموند" الفرنسية', "Le Monde"],
    // An outlet no list knows: its name as written, what it is and where from.
    ['صحيفة "لاريبوبليكا" الإيطالية', "Italian Lariboublika newspaper"],
  ])("THEN the outlet %s is %s (a known outlet by its name; a place's radio stays the place's)", (ar, en) => {
    expect(entityEnglishName(ar, "organization")).toBe(en);
  });
});

describe("GIVEN «رئيس وزراء» in construct with a country («رئيس وزراء كندا»)", () => {
  it("THEN it is the Prime Minister of that country, and the name after it is its holder", () => {
    expect(people("وقال رئيس وزراء مالطا جوزيف كاميليري إن الاتفاق تاريخي.")).toEqual(["جوزيف كاميليري <رئيس وزراء مالطا>"]);
    expect(people("وأعلنت رئيسة وزراء اسكتلندا ماري ستيوارت أنها ستطلب استفتاء.")).toEqual(["ماري ستيوارت <رئيسة وزراء اسكتلندا>"]);
    expect(translateRole("رئيسة وزراء اسكتلندا")).toBe("Prime Minister of Scotland");
    expect(translateRole("رئيس حكومة الوحدة الوطنية الليبية")).toBe("Head of the Libyan Government of National Unity");
  });
});

describe("GIVEN a squad list: a position, a colon, then the players", () => {
  it("THEN the position is no name's last words, nor the office of the player named before it", () => {
    expect(people("وضمت القائمة الحراس: معز بن شريفية ورامي الجريدي ظهير أيمن : أمين بنور وأسامة حسني جناح أيمن : أيمن التومي، طارق جلوز.")).toEqual([
      "معز بن شريفية",
      "رامي الجريدي",
      "أسامة حسني",
      "أيمن التومي",
      "طارق جلوز",
    ]);
  });

  it("THEN a position before a club and a name is that player's office", () => {
    expect(people("وقال جناح أيمن النجم الساحلي أيمن التومي إن الفريق جاهز.")).toEqual(["أيمن التومي <جناح أيمن النجم الساحلي>"]);
    expect(translateRole("جناح أيمن النجم الساحلي")).toBe("Right winger of Étoile du Sahel");
  });
});

describe("GIVEN a chamber the term table knows, then its country's adjective", () => {
  it.each([
    ["مجلس النواب الأمريكي", "US House of Representatives"],
    ["مجلس الشيوخ الفرنسي", "French Senate"],
  ])("THEN %s is the %s", (ar, en) => {
    expect(entityEnglishName(ar, "organization")).toBe(en);
  });
});

describe("GIVEN an office named through «منصب» (the post of) after a name", () => {
  it.each([
    ["أعلن البيت الأبيض استقالة مايكل فلين من منصب مستشار الأمن القومي الأمريكي، بعد أربعة أيام.", "مايكل فلين <مستشار الأمن القومي الأمريكي>"],
    ["وسيضطلع نور الدين العويديدي بمنصب نائب الرئيس.", "نور الدين العويديدي <نائب الرئيس>"],
  ])("THEN the post is the name's office: %s", (text, expected) => {
    expect(people(text)).toEqual([expected]);
  });

  it("THEN a post someone runs for («لمنصب») is not yet theirs", () => {
    expect(people("وترشح أحمد بن صالح لمنصب رئيس الحزب.")).toEqual(["أحمد بن صالح"]);
  });
});

describe("GIVEN offices «لشؤون X» (for X affairs) and US cabinet offices under a modifier", () => {
  it.each([
    ["وزير الدولة لشؤون الخليج", "Minister of State for Gulf Affairs"],
    ["نائب الرئيس الإيراني لشؤون المرأة والأسرة", "Iranian Vice President for Women and Family Affairs"],
    ["مساعد وزير الخارجية الأميركي لشؤون الشرق الأدنى", "US Assistant Secretary of State for Near Eastern Affairs"],
    ["نائب وزير الدفاع الأمريكي", "US Deputy Secretary of Defense"],
    ["وزيرة شؤون المرأة والأسرة والطفولة", "Minister of Women, Family and Childhood Affairs"],
  ])("THEN %s reads «%s»", (ar, en) => {
    expect(translateRole(ar)).toBe(en);
  });

  it("THEN the phrase goes on unchanged where «of» follows («لشؤون رئاسة الجمهورية»)", () => {
    expect(entityEnglishName("وزارة الدولة لشؤون رئاسة الجمهورية", "organization")).toBe("Ministry of State for Affairs of the Presidency of the Republic");
  });
});

describe("GIVEN an acronym in brackets between an office and its holder's rank", () => {
  it("THEN the office is still the holder's", () => {
    expect(people("وذلك خلال لقائها قائد قوات الأمم المتحدة المؤقتة في لبنان (يونيفيل) الجنرال ستيفانو ديل كول.")).toEqual([
      "ستيفانو ديل كول <قائد قوات الأمم المتحدة المؤقتة في لبنان>",
    ]);
  });
});

describe("GIVEN a rank before a first name spelt like a verbal noun («تحسين», «إحسان»)", () => {
  it("THEN the rank vouches for the name when a family name follows", () => {
    expect(people("وقال المتحدث باسم قيادة العمليات المشتركة اللواء تحسين الخفاجي إن القوات تقدمت.")).toEqual([
      "تحسين الخفاجي <المتحدث باسم قيادة العمليات المشتركة>",
    ]);
    expect(people("وأكد العميد إحسان الموسوي أن الوضع مستقر.")).toEqual(["إحسان الموسوي <العميد>"]);
  });

  it("THEN without a rank, or without a family name, the word is the noun", () => {
    expect(people("وطالب اللواء تحسين الأوضاع المادية.")).toEqual([]);
    expect(people("وأكد الوزير أن تحسين الخدمات أولوية.")).toEqual([]);
  });
});

describe("GIVEN an office, then a first name and a definite family name that is no nisba", () => {
  it.each([
    ["واستقبل وزير الدفاع محمد الفياض الوفد.", "محمد الفياض <وزير الدفاع>"],
    // فالح opens like ف + ال, but it is a first name.
    ["واستقبل رئيس الهيئة فالح الفياض الوفد.", "فالح الفياض <رئيس الهيئة>"],
    // A nisba after the definite word ends the name.
    ["أعطى وزير التجهيز محمد الصالح العرفاوى السبت شارة انطلاق المشروع.", "محمد الصالح العرفاوى <وزير التجهيز>"],
    ["اتفق القائد العام للجيش الليبي المشير خليفة حفتر مع فائز السراج.", "خليفة حفتر <القائد العام للجيش الليبي>"],
  ])("THEN %s names %s", (text, expected) => {
    expect(people(text)[0]).toBe(expected);
  });

  it("THEN a definite word that an adjective in ة follows is the object, not the family name", () => {
    expect(people("انتقد رئيس حزب المجد، عبد الوهاب الزيادات الأخيرة التي تم إقرارها.").join()).not.toContain("الزيادات");
  });
});

describe("GIVEN first names that other words spell the same way", () => {
  it.each([
    // «باسم» after «المتحدث باسم …» is the first name Basim.
    ["وقال المتحدث باسم الحكومة العراقية باسم العوادي في مؤتمر صحفي إن الحكومة ماضية.", "باسم العوادي <المتحدث باسم الحكومة العراقية>"],
    // «ألينا» with أ is Alina; «إلينا» is "to us". Names in «نا» are no pronoun suffix («دانا»).
    ["وأكد السوداني خلال لقائه السفيرة الأمريكية ألينا رومانوسكي ضرورة احترام السيادة.", "ألينا رومانوسكي <السفيرة الأمريكية>"],
    ["وأكد السوداني خلال لقائه السفيرة الأمريكية دانا سترول ضرورة احترام السيادة.", "دانا سترول <السفيرة الأمريكية>"],
    // أشرف with its hamza is the name after an office, not the verb "supervised".
    ["واستقبل السفير الفلسطيني أشرف دبور الوفد.", "أشرف دبور <السفير الفلسطيني>"],
  ])("THEN %s names %s", (text, expected) => {
    expect(people(text)).toContain(expected);
  });

  it("THEN «إلينا» (to us) is no one", () => {
    expect(people("كانت السيدة منوبية تتحدث إلينا سعيدة وفخورة بما تقوم به.")).toEqual([]);
  });
});

describe("GIVEN a spokesperson for an office whose first word is also a first name or a general's", () => {
  it.each([
    ["وقال المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك إن المنظمة قلقة.", "ستيفان دوجاريك <المتحدث باسم الأمين العام للأمم المتحدة>"],
    ["وقال المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول إن القوات تقدمت.", "يحيى رسول <المتحدث باسم القائد العام للقوات المسلحة>"],
  ])("THEN the spokesperson's office is the whole phrase: %s", (text, expected) => {
    expect(people(text)).toEqual([expected]);
  });

  it("THEN «العام» before a year's direction is still the year", () => {
    expect(translateRole("المتحدث باسم الأمين العام للأمم المتحدة")).toBe("Spokesperson for the Secretary-General of the United Nations");
    expect(people("وقال رئيس الاتحاد العام الماضي محمد الصغير إن الموسم انتهى.").join()).not.toContain("العام الماضي");
  });
});

describe("GIVEN a US ministry", () => {
  it.each([
    ["وزارة الخزانة الأمريكية", "US Department of the Treasury"],
    ["وزارة الأمن الداخلي الأمريكية", "US Department of Homeland Security"],
    ["وزارة العدل الأميركية", "US Department of Justice"],
  ])("THEN %s is the %s, as Washington names it", (ar, en) => {
    expect(entityEnglishName(ar, "organization")).toBe(en);
  });

  it("THEN another country's keeps its Ministry", () => {
    expect(entityEnglishName("وزارة العدل الفرنسية", "organization")).toBe("French Ministry of Justice");
  });
});

describe("GIVEN someone appointed or elected to an office written in the accusative after the name", () => {
  it.each([
    ["وقرر رئيس الحكومة تعيين أحمد عضوم وزيرا للشؤون الدينية.", "أحمد عضوم <وزير الشؤون الدينية>"],
    ["وتقرر تعيين زياد الريبة مديرا عاما خلفا له.", "زياد الريبة <مدير عام>"],
    ["تم تعيين أنيس ضيف الله واليا على زغوان.", "أنيس ضيف الله <والي زغوان>"],
    ["وقرر المكتب تعيين السيد منصف الماطوسي، رئيسا مديرا عاما للشركة.", "منصف الماطوسي <رئيس مدير عام الشركة>"],
    ["وتم انتخاب حسين العباسي رئيسا للمؤتمر القادم.", "حسين العباسي <رئيس المؤتمر>"],
  ])("THEN %s names %s", (text, expected) => {
    expect(people(text)).toContain(expected);
  });

  it("THEN the office reads in English as its plain form does", () => {
    expect(translateRole("وزير الشؤون الدينية")).toBe("Minister of Religious Affairs");
    expect(translateRole("والي زغوان")).toBe("Governor of Zaghouan");
  });

  it("THEN a conjunction before عبد is no part of the name before it", () => {
    expect(people("وحضر الحفل الفنان لطفي بوشناق وعبد الله مريش.")).not.toContain("لطفي بوشناق وعبد الله");
  });
});

describe("GIVEN a title or rank before someone appointed to an office", () => {
  it("THEN the office they are made is the role, not the title, and «جديدا» and a tanwin are no part of it", () => {
    expect(people("وصدر أمر ملكي بتعيين الأمير خالد بن سلمان بن عبدالعزيز آل سعود سفيراً للمملكة لدى الولايات المتحدة.")).toEqual([
      "خالد بن سلمان بن عبدالعزيز آل سعود <سفير المملكة>",
    ]);
    expect(people("حيث تم رسميا انتخاب الأستاذ غسان المرزوقي رئيسا جديدا للجمعية.")).toEqual(["غسان المرزوقي <رئيس الجمعية>"]);
  });
});

describe("GIVEN «اختيار» (a choice) before a first name that is also a common word", () => {
  it("THEN without an office made after it, it vouches for no name", () => {
    expect(people("واعتبرت المنظمة الأممية اختيار أحلام مستغانمي لنيل هذا اللقب تقديرا لها.").join()).not.toContain("لنيل");
  });
});

describe("GIVEN an aide's office whose adjective is also a title («المستشار الإعلامي»: a media adviser, not a journalist)", () => {
  it("THEN the adjective and the office behind ل are the aide's, and the name after them holds it all", () => {
    expect(people("وقال المستشار الإعلامي لرئيس الحكومة سامي الورتاني إن اللقاء تأجل.")).toEqual(["سامي الورتاني <المستشار الإعلامي لرئيس الحكومة>"]);
    expect(people("وأكد المنسق الإعلامي للنادي كمال الفرشيشي أن الفريق جاهز.")).toEqual(["كمال الفرشيشي <المنسق الإعلامي للنادي>"]);
  });

  it("THEN its English is an adviser's; the bare head alone stays a chancellor", () => {
    expect(translateRole("المستشار الإعلامي لرئيس الحكومة")).toBe("Media Adviser to the Head of Government");
    expect(translateRole("المستشار التجاري")).toBe("Commercial Adviser");
    expect(translateRole("المستشارة الألمانية")).toBe("German Chancellor");
  });
});

describe("GIVEN an office followed by its predicate rather than a name", () => {
  it("THEN a past verb and a plural verbal noun («قدّم تطمينات») are no one's name", () => {
    expect(people("وأكد أن رئيس الحكومة قدّم تطمينات للأمين العام للاتحاد.")).toEqual([]);
  });

  it("THEN «قصد» (in order to) and its verbal noun are no one's name", () => {
    expect(people("ووجهوا طلب مقابلة إلى رئيس الحكومة قصد إطلاعه على الإشكاليات.")).toEqual([]);
    expect(people("وطالب المسؤول النقابي بمنح هامش للتفاوض للوزير قصد تمكينه من أخذ القرار.")).toEqual([]);
  });

  it("THEN ل + the verbal noun of a doubled root («لفك عزلة»: to break the isolation) is no one's name", () => {
    expect(people("وأضاف أن هناك اتصالات مع الوزراء و والي الجهة لفك عزلة عين دراهم.")).toEqual([]);
  });
});

describe("GIVEN offices the /who office answers showed in English", () => {
  it("THEN a genitive with a possessive pronoun is the office itself («وزير خارجيته»: Minister of Foreign Affairs)", () => {
    expect(translateRole("وزير خارجيته")).toBe("Minister of Foreign Affairs");
    expect(translateRole("وزيرة خارجيتها")).toBe("Minister of Foreign Affairs");
    expect(translateRole("مدير مكتبه")).toBe("Director of the Office");
    expect(translateRole("مدرب فريقه")).toBe("Coach of the team");
  });

  it("THEN «بالوكالة» closing an office is acting, not an agency; a goalkeepers' coach with ل is one too", () => {
    expect(translateRole("وزير الإعلام بالوكالة")).toBe("acting Minister of Information");
    expect(translateRole("الرئيس المدير العام بالوكالة")).toBe("acting Chief Executive");
    expect(translateRole("مدير بالوكالة الوطنية للتشغيل")).toBe("Director of the National Agency for Employment");
    expect(translateRole("مدرب للحراس")).toBe("goalkeeping coach");
  });
});

describe("GIVEN offices of the Yemen war's news (an unseen article)", () => {
  it("THEN a spokesperson's adjective before «باسم» and a group in construct after it are the office's; the name after them holds it", () => {
    expect(people("أعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع أن قوات الجماعة استهدفت سفينة.")).toEqual(["يحيى سريع <المتحدث العسكري باسم جماعة الحوثي>"]);
    expect(translateRole("المتحدث العسكري باسم جماعة الحوثي")).toBe("Military Spokesperson for the Houthis (Ansar Allah)");
  });

  it("THEN an envoy's office names where the envoy is sent, in English too", () => {
    expect(people("وقال المبعوث الأممي إلى اليمن هانس غروندبرغ إن التصعيد يهدد جهود السلام.")).toEqual(["هانس غروندبرغ <المبعوث الأممي إلى اليمن>"]);
    expect(people("ووصل وزير الخارجية إلى بغداد أمس.")).toEqual([]);
    expect(translateRole("المبعوث الأممي إلى اليمن")).toBe("UN Envoy to Yemen");
    expect(translateRole("المبعوث الخاص للأمم المتحدة إلى العراق")).toBe("Special Envoy of the United Nations to Iraq");
  });

  it("THEN «زعيم تنظيم داعش» is the leader's office, and «لقيادة الفريق» (to lead the team) no body", () => {
    expect(people('كشف مصدر أمني أن زعيم تنظيم "داعش" أبو بكر البغدادي ظهر قرب الحدود.')).toEqual(['أبو بكر البغدادي <زعيم تنظيم "داعش">']);
    expect(orgsIn("تعاقد النادي مع المدرب التونسي لطفي السليمي لقيادة الفريق خلال الموسم القادم.")).toEqual([]);
  });
});

describe("GIVEN the officer in charge of the media or communications («المكلف بالإعلام», «المكلفة بالاتصال»)", () => {
  it.each([
    ["اعتبر المكلف بالإعلام في مجلس نواب الشعب، حسان الفطحلي، أن القرار خاطئ.", "حسان الفطحلي <المكلف بالإعلام في مجلس نواب الشعب>"],
    ["وقال المكلف بالاعلام بوزارة الداخلية ياسر مصباح إن الوضع مستقر.", "ياسر مصباح <المكلف بالاعلام بوزارة الداخلية>"],
    ["وقالت المكلفة بالاتصال في الوزارة سنية الزغلامي إن الوضع مستقر.", "سنية الزغلامي <المكلفة بالاتصال في الوزارة>"],
  ])("GIVEN %j THEN the person and office are %j", (text, expected) => {
    expect(people(text)).toEqual([expected]);
  });

  it("THEN its English names the post", () => {
    expect(translateRole("المكلف بالإعلام بوزارة الداخلية")).toBe("Media Officer of the Ministry of the Interior");
    expect(translateRole("المكلفة بالاتصال")).toBe("Communications Officer");
  });
});

describe("GIVEN an office in brackets after the name («رضا بالحاج (الممثل القانوني للحزب)»)", () => {
  it.each([
    ["وحضر الاجتماع محمد الرميلي (المدير التنفيذي للحزب) وعدد من النواب.", ["محمد الرميلي <المدير التنفيذي للحزب>"]],
    ["وحمل البيان توقيع محمد الرميلي (المدير التنفيذي) وخميّس قسيلة.", ["محمد الرميلي <المدير التنفيذي>", "خميّس قسيلة"]],
  ])("GIVEN %j THEN the people are %j", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("THEN an age in brackets is no office", () => {
    expect(people("وحضر الاجتماع محمد الرميلي (49 سنة) وعدد من النواب.")).toEqual(["محمد الرميلي"]);
  });
});

describe("GIVEN offices of US–Iraq security news in English", () => {
  it.each([
    ["مستشار الأمن القومي", "National Security Adviser"],
    ["مستشار الأمن القومي العراقي", "Iraqi National Security Adviser"],
    ["مستشار الأمن الوطني", "National Security Adviser"],
    ["الأمين العام لحلف شمال الأطلسي", "Secretary-General of NATO"],
    ["الأمين العام لكتائب حزب الله", "Secretary-General of Kataib Hezbollah"],
  ])("GIVEN %j THEN its English is %j", (ar, en) => {
    expect(translateRole(ar)).toBe(en);
  });
});

describe("GIVEN a politician, an academic, a businessman before the name («السياسي مختار الموسوي», «رجل الأعمال …»)", () => {
  it.each([
    ["وقال السياسي مختار الموسوي إن الوضع الأمني مستقر.", ["مختار الموسوي <السياسي>"]],
    ["وقال الأكاديمي جلال الحمدي إن الوضع الأمني مستقر.", ["جلال الحمدي <الأكاديمي>"]],
    ["التقى الوزير رجل الأعمال التونسي مختار الموسوي.", ["مختار الموسوي <رجل الأعمال التونسي>"]],
    ["وقالت سيدة الأعمال ألفة الموسوي إن الوضع مستقر.", ["ألفة الموسوي <سيدة الأعمال>"]],
  ])("GIVEN %j THEN the people are %j", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ["وكان المرصد المعارض لبشار الأسد قد أعلن أن القصف مستمر.", ["بشار الأسد"]],
    ["وبعد عودتها للساحة السياسية تساءلت ألفة يوسف عن سر الخوف.", ["ألفة يوسف"]],
    ["وأكد عضو المكتب السياسي لحركة مشروع تونس مهدي عبد الجواد أن الحركة موحدة.", ["مهدي عبد الجواد <عضو المكتب السياسي لحركة مشروع تونس>"]],
  ])("GIVEN %j, where the word is an adjective, THEN the people are %j", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("THEN an office that refers back names no one after it («رجل الأعمال المذكور قدّم ملفا»)", () => {
    expect(people("وأكد المصدر أن رجل الأعمال المذكور قدّم ملفا للهيئة.")).toEqual([]);
  });

  it("THEN «النائب ورجل الأعمال» is two offices of the one MP named before, whose words they are", () => {
    const core = createCore({
      articles: [{
        id: "z1", title: "مشروع", source: null, sourceEn: null, published: "2015-09-15", publishedPrecision: "day", url: null, lang: "ar", origin: "z1.txt",
        paragraphs: [
          "قال النائب عن حزب آفاق حافظ الزواري إن المشروع جاهز للتنفيذ في الأشهر القادمة.",
          "وأضاف النائب ورجل الأعمال في برنامج إذاعي أنه يسعى لإقناع السلطات بمشروع خطة مرورية جديدة.",
        ],
      }],
    });
    expect(core.who("حافظ الزواري")[0]!.quotes.map((q) => q.text)).toEqual([
      "المشروع جاهز للتنفيذ في الأشهر القادمة",
      "يسعى لإقناع السلطات بمشروع خطة مرورية جديدة",
    ]);
  });
});

describe("GIVEN a first name that is also a common word, a family name and an office in apposition («فاتن قلال كاتبة الدولة»)", () => {
  it.each([
    ["وحضرت الاجتماع فاتن قلال كاتبة الدولة المكلفة بالشباب.", ["فاتن قلال <كاتبة الدولة المكلفة بالشباب>"]],
    ["وحضر الاجتماع كمال عيسى كاتب عام نقابة عمال المخابز.", ["كمال عيسى <كاتب عام نقابة عمال المخابز>"]],
  ])("GIVEN %j THEN the people are %j", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("THEN a plural noun before an office is no family name («كامل صلاحيات رئيس الحكومة»)", () => {
    expect(people("ويمنح القانون كامل صلاحيات رئيس الحكومة للوزير.")).toEqual([]);
  });
});

describe("GIVEN an office, then «مع» and another office with its holder («رئيس الوزراء مع الرئيس الفرنسي إيمانويل ماكرون»)", () => {
  it.each([
    ["اجتمع رئيس الوزراء مع الرئيس الفرنسي إيمانويل ماكرون في الإليزيه.", ["إيمانويل ماكرون <الرئيس الفرنسي>"]],
    [
      "وأوضح الوزير أن المجلس اطلع على المحادثات التي أجراها الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء مع الرئيس الفرنسي إيمانويل ماكرون.",
      ["محمد بن سلمان <ولي العهد رئيس مجلس الوزراء>", "إيمانويل ماكرون <الرئيس الفرنسي>"],
    ],
  ])("THEN the office with «مع» is not the second holder's: %s", (text, expected) => {
    expect(peopleIn(text)).toEqual(expected);
  });

  it("THEN «مع» before a body, or after «العلاقات», stays in the office", () => {
    expect(peopleIn("وقال الوزير المكلف بالعلاقات مع الهيئات الدستورية مهدي بن غربية إن الوضع هادئ.")).toEqual(["مهدي بن غربية <الوزير المكلف بالعلاقات مع الهيئات الدستورية>"]);
    expect(peopleIn("ردا على القيادي المستقيل مع الاتحاد الوطني الحر محسن حسن، الذي قال إن الحزب انتهى.")).toEqual(["محسن حسن <القيادي المستقيل مع الاتحاد الوطني الحر>"]);
  });
});

describe("GIVEN the Gulf's emirs, and words right after an office that only look like a name", () => {
  it.each([
    ["واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الوفد الأميركي.", ["تميم بن حمد آل ثاني <أمير قطر>"]],
    ["واستقبل أمير قطر تميم بن حمد آل ثاني وزير الدفاع.", ["تميم بن حمد آل ثاني <أمير قطر>"]],
    ["مضيفا أن أمير قطر أرجأ خطابه لمنح الكويت فرصة للعمل.", []],
    ["مضيفا أن وزير الدفاع أرجأ خطابه لمنح الكويت فرصة.", []],
    ["وقالت وزيرة الداخلية البريطانية أمبر راد إن عبيدي كان معروفا لدى أجهزة الأمن.", ["أمبر راد <وزيرة الداخلية البريطانية>"]],
    ["وقال وزير الدفاع أحمد السعدي إن الوضع هادئ جدا.", ["أحمد السعدي <وزير الدفاع>"]],
  ])("THEN %s names %j", (text, expected) => {
    expect(peopleIn(text)).toEqual(expected);
  });

  it("THEN the Emir of Qatar and of Kuwait read so in English", () => {
    expect(translateRole("أمير دولة قطر")).toBe("Emir of Qatar");
    expect(translateRole("أمير الكويت")).toBe("Emir of Kuwait");
  });
});

describe("GIVEN an office with a second portfolio behind «وشؤون» («وزير الخارجية وشؤون المغتربين»)", () => {
  it("THEN the whole office is the name's, and reads so in English", () => {
    expect(peopleIn("وقال وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي إن الاحتلال يجب أن ينتهي.")).toEqual(["أيمن الصفدي <وزير الخارجية وشؤون المغتربين الأردني>"]);
    expect(translateRole("وزير الخارجية وشؤون المغتربين الأردني")).toBe("Jordanian Minister of Foreign Affairs and Expatriates");
  });
});
