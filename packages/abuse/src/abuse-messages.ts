import type { AbuseWarning, Language, ViolationKind } from '@pa/contracts';

/**
 * The language to warn in when only the text is known: the script's (Kazakh
 * letters → kk, mostly Cyrillic → ru, else en). The worker passes the
 * pipeline's own detection instead.
 */
export function warningLanguage(question: string): Language {
  const cyrillic = (question.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (question.match(/\p{Script=Latin}/gu) ?? []).length;
  if (cyrillic > 0 && /[әғқңөұүһі]/iu.test(question)) return 'kk';
  return cyrillic > latin ? 'ru' : 'en';
}

const WHY: Record<ViolationKind, Record<Language, string>> = {
  prompt_injection: {
    en: 'This question reads as an attempt to override the assistant’s rules or to reach data you may not see, so it was not answered.',
    ru: 'Этот вопрос похож на попытку обойти правила ассистента или получить недоступные вам данные, поэтому он не обработан.',
    kk: 'Бұл сұрақ көмекшінің ережелерін айналып өтуге немесе сізге қолжетімсіз деректерді алуға әрекет сияқты, сондықтан ол өңделмеді.',
  },
  planner_refusal: {
    en: 'This question asks to change data or to reveal personal card data, which is not allowed.',
    ru: 'Этот вопрос просит изменить данные или раскрыть персональные данные карт, а это запрещено.',
    kk: 'Бұл сұрақ деректерді өзгертуді немесе карталардың жеке деректерін ашуды сұрайды, бұған рұқсат жоқ.',
  },
  unsafe_sql: {
    en: 'The query written for this question tried to change data or read data that is off limits, so it was refused.',
    ru: 'Запрос, составленный по этому вопросу, пытался изменить данные или прочитать закрытые данные, поэтому он отклонён.',
    kk: 'Осы сұрақ бойынша құрылған сұраным деректерді өзгертуге немесе жабық деректерді оқуға тырысты, сондықтан ол қабылданбады.',
  },
};

function hours(seconds: number, language: Language): string {
  const h = Math.round((seconds / 3600) * 10) / 10;
  if (seconds < 3600) {
    const m = Math.max(1, Math.round(seconds / 60));
    return language === 'en' ? `${m} min` : language === 'ru' ? `${m} мин` : `${m} мин`;
  }
  return language === 'en' ? `${h} h` : language === 'ru' ? `${h} ч` : `${h} сағ`;
}

const utc = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export interface WarningFacts {
  kind: ViolationKind;
  category: string;
  violations: number;
  threshold: number;
  windowSeconds: number;
  banSeconds: number;
  bannedUntil: Date | null;
}

/** The warning a violation brings, in the asker's language. */
export function abuseWarning(facts: WarningFacts, language: Language): AbuseWarning {
  const why = WHY[facts.kind][language];
  const { violations: n, threshold } = facts;
  let next: string;
  if (facts.bannedUntil) {
    next = {
      en: `After ${n} such questions you are blocked from using the service until ${utc(facts.bannedUntil)}.`,
      ru: `После ${n} таких вопросов доступ к сервису заблокирован до ${utc(facts.bannedUntil)}.`,
      kk: `Осындай ${n} сұрақтан кейін сервиске кіру ${utc(facts.bannedUntil)} дейін бұғатталды.`,
    }[language];
  } else if (threshold > 0) {
    const window = hours(facts.windowSeconds, language);
    const ban = hours(facts.banSeconds, language);
    next = {
      en: `Warning ${n} of ${threshold} within ${window}: at ${threshold} you will be blocked for ${ban}.`,
      ru: `Предупреждение ${n} из ${threshold} за ${window}: после ${threshold} доступ будет заблокирован на ${ban}.`,
      kk: `${window} ішіндегі ${threshold} ескертудің ${n}-сі: ${threshold} болғанда кіру ${ban} бұғатталады.`,
    }[language];
  } else {
    next = { en: 'It has been recorded.', ru: 'Это зафиксировано.', kk: 'Бұл тіркелді.' }[language];
  }
  return {
    kind: facts.kind,
    category: facts.category,
    message: `${why} ${next}`,
    violations: Math.max(1, n),
    threshold,
    window_seconds: facts.windowSeconds,
    banned_until: facts.bannedUntil?.toISOString() ?? null,
  };
}

/** What a banned caller reads on every request until the ban ends (English: requests carry no question). */
export function banMessage(until: Date): string {
  return (
    `You are blocked from using the service until ${until.toISOString()} after repeated attempts to misuse it. ` +
    'Ask an administrator if you think this is a mistake.'
  );
}
