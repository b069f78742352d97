/**
 * The words of prompt-injection and jailbreak attempts, by class and language.
 * Data only: detect-injection.ts compiles it. Patterns are regular expressions
 * over screeningText(question).words (lower case, one space between words,
 * look-alike letters unified), except the `sql` class, which reads the text with
 * its punctuation. In a pattern:
 *   - ` ` is the space between two words;
 *   - `\b` is a word boundary in any script (JavaScript's own is ASCII-only);
 *   - `{gap}` is up to four words of filler ("ignore ALL OF THE previous instructions");
 *   - `{w}` is the rest of a word (an inflection: "инструкц{w}" is инструкция, инструкции, …).
 * Each entry names a class, never an example: the corpus in injection-corpus.test.ts
 * holds the examples, and the ordinary questions that must not match.
 *
 * What stays out on purpose: words analysts use about the data ("deleted merchants",
 * "ignore returns", "drop in spending", "union pay", "отмена операций", "игнорируя
 * возвраты", "барлық банктер бойынша"). A verb like ignore/игнорируй/елеме counts only
 * with an object that is the model's instructions, never alone.
 */
export type InjectionCategory =
  | 'instruction_override'
  | 'role_play'
  | 'system_prompt'
  | 'personal_data'
  | 'other_banks'
  | 'prompt_markup'
  | 'sql_injection';

export interface InjectionClass {
  category: InjectionCategory;
  language: 'en' | 'ru' | 'kk' | 'any';
  /** `words` (default) or `sql` (punctuation kept). */
  form?: 'words' | 'sql';
  patterns: readonly string[];
}

const any = (...words: string[]) => `(?:${words.join('|')})`;

// ── English ──────────────────────────────────────────────────────────────────
const EN_OVERRIDE = any(
  'ignore',
  'disregard',
  'forget',
  'override',
  'overrule',
  'bypass',
  'abandon',
  'discard',
);
const EN_INSTRUCTIONS = any(
  'instructions?',
  'rules',
  'prompts?',
  'directions',
  'directives',
  'guidelines',
  'constraints',
  'restrictions',
  'guardrails',
  'programming',
  'system messages?',
  'safety (?:rules|checks|filters)',
);
const EN_REVEAL = any(
  'show',
  'list',
  'give',
  'print',
  'reveal',
  'display',
  'export',
  'dump',
  'output',
  'send',
  'tell',
  'return',
  'select',
  'get',
  'leak',
  'extract',
  'retrieve',
  'expose',
);
const EN_PERSONAL = any(
  '(?:full |complete |unmasked |raw |real )?(?:credit |debit |bank )?card numbers?',
  'card_id',
  'card ids?',
  'cvv2?s?',
  'cvcs?',
  'pin codes?',
  'card_key',
  'cardholder names?',
);

// ── Russian ──────────────────────────────────────────────────────────────────
const RU_OVERRIDE = any(
  'игнорируй(?:те)?',
  'проигнорируй(?:те)?',
  'игнорировать',
  'забудь(?:те)?',
  'забыть',
  'отбрось(?:те)?',
  'отмени(?:те)?',
  'пренебреги(?:те)?',
  'нарушь(?:те)?',
  'обойди(?:те)?',
  'не (?:обращай(?:те)? внимания на|слушай(?:те)?|следуй(?:те)?|соблюдай(?:те)?|выполняй(?:те)?)',
);
const RU_INSTRUCTIONS = any(
  'инструкц{w}',
  'указани(?:е|я|й|ям|ями|ях)',
  'правил(?:а|о|ам|ами|ах|ом|у)?',
  'ограничени(?:е|я|й|ям|ями|ях)',
  'промпт{w}',
  'директив{w}',
  'установк(?:и|у|а|ам|ами)',
  'запрет(?:ы|ов)?',
  'системн{w} (?:сообщени{w}|инструкц{w}|промпт{w})',
);
const RU_REVEAL = any(
  'покажи(?:те)?',
  'выведи(?:те)?',
  'дай(?:те)?',
  'выдай(?:те)?',
  'перечисли(?:те)?',
  'раскрой(?:те)?',
  'отобрази(?:те)?',
  'выгрузи(?:те)?',
  'напиши(?:те)?',
  'скажи(?:те)?',
  'пришли(?:те)?',
  'вывести',
  'показать',
  'список',
);
const RU_PERSONAL = any(
  '(?:полн{w} )?номер(?:а|ов)? (?:банковск{w} |кредитн{w} )?карт{w}',
  'cvv{w}',
  'cvc{w}',
  'пин(?:-| )?код{w}',
  'card_id',
  'держател{w} карт{w}',
);

// ── Kazakh (verbs come last: "алдыңғы нұсқауларды елеме") ─────────────────────
const KK_INSTRUCTIONS = any(
  'нұсқау(?:лар)?(?:ды|ыңды|ларыңды|ларды)',
  'нұсқаулықты',
  'ереже(?:лер)?(?:ді|іңді|леріңді)',
  'шектеу(?:лер)?(?:ді|леріңді)',
  'тыйым(?:дар)?(?:ды)',
  'промпт(?:ты|ыңды)',
  'жүйелік нұсқау{w}',
);
const KK_OVERRIDE = any(
  'елеме{w}',
  'ескерме{w}',
  'ұмыт{w}',
  'орындама{w}',
  'бұз{w}',
  'тыңдама{w}',
  'назар аударма{w}',
  'айналып өт{w}',
);
const KK_REVEAL = any(
  'көрсет{w}',
  'бер{w}',
  'шығар{w}',
  'жаз{w}',
  'тізімде{w}',
  'жібер{w}',
  'аш{w}',
  'айт{w}',
);

export const INJECTION_VOCABULARY: readonly InjectionClass[] = [
  {
    category: 'instruction_override',
    language: 'en',
    patterns: [
      `\\b${EN_OVERRIDE} {gap}${EN_INSTRUCTIONS}\\b`,
      `\\b${EN_OVERRIDE} (?:everything|all|anything) (?:above|before|prior|previous|earlier|you (?:were|have been) told)\\b`,
      `\\b${EN_OVERRIDE} (?:what|everything) (?:you were|youve been|you have been) told\\b`,
      `\\b(?:new|updated|real|actual) instructions? (?:are|follow|is)\\b`,
      `\\bdo not follow (?:your|the|any) {gap}${EN_INSTRUCTIONS}\\b`,
      `\\bstop following (?:your|the) {gap}${EN_INSTRUCTIONS}\\b`,
    ],
  },
  {
    category: 'role_play',
    language: 'en',
    patterns: [
      '\\byou(?: are|re) now\\b',
      '\\bfrom now on (?:you|act|behave|answer|respond)\\b',
      '\\b(?:act|behave|respond|answer|pose) as (?:if you (?:are|were) )?(?:an? |the |my )?(?:dan|unrestricted|unfiltered|uncensored|evil|jailbroken|root|superuser|sudo|admin\\p{L}*|dba|database admin\\p{L}*|system|developer|hacker|different (?:ai|model|assistant))\\b',
      '\\bpretend (?:to be|you are|youre|that you|you have|there are no)\\b',
      '\\brole ?play\\b',
      '\\bjail ?br(?:eak|oken)\\p{L}*',
      '\\bdo anything now\\b',
      '\\b(?:dan|developer|god|debug|sudo|admin|unrestricted|evil) mode\\b',
      '\\b(?:you are|be|become|you will be|youll be|as) dan\\b',
      '\\b(?:without|no|free of|free from) (?:any )?(?:restrictions|censorship|guardrails|limitations|safety (?:rules|checks|filters))\\b',
      '\\b(?:unrestricted|uncensored|unfiltered) (?:ai|mode|assistant|model|version|access)\\b',
    ],
  },
  {
    category: 'system_prompt',
    language: 'en',
    patterns: [
      '\\bsystem (?:prompt|message|instructions?)\\b',
      `\\b${EN_REVEAL} (?:me )?(?:your (?:\\p{L}+ )?|the (?:initial|original|hidden|secret|full|exact|first) )(?:instructions|prompt|rules|configuration)\\b`,
      '\\b(?:repeat|print|output) (?:everything|all|the text|the words) (?:above|before)\\b',
      '\\bwhat (?:are|were) your (?:instructions|rules)\\b',
      '\\b(?:initial|original|hidden|secret) (?:prompt|instructions)\\b',
    ],
  },
  {
    category: 'personal_data',
    language: 'en',
    patterns: [
      `\\b${EN_REVEAL} (?:me )?{gap}${EN_PERSONAL}\\b`,
      `\\b${EN_PERSONAL} (?:of|for) (?:every|all|each) (?:card|client|customer)`,
    ],
  },
  {
    category: 'other_banks',
    language: 'en',
    patterns: [
      `\\b(?:other|another|competitor|competitors|competing|rival) banks? (?:data|transactions|customers|clients|cards|records|rows|accounts)\\b`,
      '\\b(?:data|transactions|customers|clients|cards|records|rows|accounts) (?:of|from|for) (?:an? )?(?:other|another|competitor|competing|rival|different) banks?\\b',
      `\\b${EN_REVEAL} (?:me )?{gap}(?:every|all) banks? (?:data|transactions)? ?(?:not just|not only|including|except) (?:mine|ours|my bank|our bank)\\b`,
      '\\b(?:switch|change|set) (?:the |my )?(?:tenant|bank) (?:to|as)\\b',
      '\\b(?:bypass|disable|turn off|skip|ignore) (?:the )?(?:rls|row level security|tenant (?:check|filter|isolation)|bank filter)\\b',
      '\\btenant bank\\b',
    ],
  },
  {
    category: 'instruction_override',
    language: 'ru',
    patterns: [
      `\\b${RU_OVERRIDE} {gap}${RU_INSTRUCTIONS}\\b`,
      `\\b${RU_INSTRUCTIONS} {gap}${RU_OVERRIDE}\\b`,
      `\\b${RU_OVERRIDE} (?:всё|все|то) (?:что|выше|сказанное|ранее)\\b`,
      '\\bнов{w} инструкц{w}\\b',
    ],
  },
  {
    category: 'role_play',
    language: 'ru',
    patterns: [
      '\\b(?:ты|вы) теперь (?!\\p{L}*(?:ите|ете|ишь|ешь)\\b)',
      '\\bтеперь (?:ты|вы) (?!\\p{L}*(?:ите|ете|ишь|ешь)\\b)',
      '\\b(?:отныне|с этого момента|с этой минуты) (?:ты|вы)\\b',
      '\\bпредстав(?:ь|ьте) (?:себе )?что (?:ты|вы)\\b',
      '\\bпритвор{w}',
      '\\b(?:веди|ведите) себя как\\b',
      '\\b(?:действуй|действуйте|отвечай|отвечайте|выступай|выступайте) как\\b',
      '\\b(?:сыграй|сыграйте|играй|играйте) роль\\b',
      '\\bролев{w} игр{w}',
      '\\bрежим{w} (?:разработчика|бога|dan|дан|отладки|администратора|без ограничений)\\b',
      '\\bбез (?:каких(?: либо)? |всяких |любых )?(?:ограничений|цензуры)\\b',
      '\\b(?:джейлбрейк|взлом модели)\\p{L}*',
      '\\b(?:ты|будь|стань|станешь) (?:dan|дан)\\b',
    ],
  },
  {
    category: 'system_prompt',
    language: 'ru',
    patterns: [
      '\\bсистемн{w} (?:промпт{w}|сообщени{w}|инструкц{w}|подсказк{w}|prompt)\\b',
      `\\b${RU_REVEAL} (?:мне )?(?:сво{w}|тво{w}|ваш{w}|исходн{w}|скрыт{w}|первоначальн{w}) (?:инструкц{w}|промпт{w}|правил{w}|указани{w}|настройк{w})\\b`,
      '\\b(?:исходн|скрыт|первоначальн|секретн)\\p{L}* (?:инструкц{w}|промпт{w})\\b',
      '\\bповтори(?:те)? (?:всё|все|текст) (?:выше|что выше)\\b',
    ],
  },
  {
    category: 'personal_data',
    language: 'ru',
    patterns: [
      `\\b${RU_REVEAL} {gap}${RU_PERSONAL}`,
      `\\b${RU_PERSONAL} (?:всех|каждого|каждой|клиентов)\\b`,
    ],
  },
  {
    category: 'other_banks',
    language: 'ru',
    patterns: [
      '\\b(?:других|чужих|другого|чужого|конкурирующ{w}|конкурент{w}) банк(?:ов|а)\\b',
      '\\b(?:смени|измени|поменяй|переключи|установи)(?:те)? (?:тенант{w}|банк{w}) на\\b',
      '\\b(?:обойди|отключи|выключи)(?:те)? (?:rls|защиту строк|проверку банка|фильтр банка)\\b',
    ],
  },
  {
    category: 'instruction_override',
    language: 'kk',
    patterns: [
      `\\b${KK_INSTRUCTIONS} {gap}${KK_OVERRIDE}`,
      `\\b${KK_OVERRIDE} {gap}${KK_INSTRUCTIONS}`,
      '\\b(?:бәрін|барлығын|жоғарыдағының бәрін) ұмыт{w}',
      '\\bжаңа нұсқау{w}',
    ],
  },
  {
    category: 'role_play',
    language: 'kk',
    patterns: [
      '\\bсен енді\\b',
      '\\bенді сен\\b',
      '\\bбұдан былай сен\\b',
      '\\b(?:өзіңді|сені) {gap}(?:деп )?елестет{w}',
      '\\bрөл{w} (?:ойна|атқар){w}',
      '\\b(?:әзірлеуші|құдай|админ|dan|дан) режим{w}',
      '\\bцензурасыз\\b',
      '\\bшектеусіз (?:жауап|режим|жұмыс){w}',
      '\\bшектеулер(?:сіз|ді алып таста{w})',
      '\\bсияқты (?:әрекет ет|жауап бер){w}',
    ],
  },
  {
    category: 'system_prompt',
    language: 'kk',
    patterns: [
      '\\bжүйелік (?:промпт{w}|хабарлама{w}|нұсқау{w})',
      `\\b(?:өз|сенің|бастапқы|жасырын) (?:нұсқауларыңды|нұсқауларды|промптыңды|ережелеріңді|промптты) ${KK_REVEAL}`,
    ],
  },
  {
    category: 'personal_data',
    language: 'kk',
    patterns: [
      `\\bкарта(?:лар)?(?:дың|ның|лардың)? нөмір{w} {gap}${KK_REVEAL}`,
      `\\b${KK_REVEAL} {gap}карта(?:лар)?(?:дың|ның|лардың)? нөмір{w}`,
      `\\b(?:cvv|cvc|пин код|пин-код){w} {gap}${KK_REVEAL}`,
    ],
  },
  {
    category: 'other_banks',
    language: 'kk',
    patterns: [
      '\\b(?:басқа|бөгде|бәсекелес) банк(?:тер)?(?:дің|тің|ның|нің) (?:дерек|мәлімет|транзакция|клиент|карта|операция){w}',
      '\\b(?:басқа|бөгде|бәсекелес) банк(?:тер)?(?:ді|дің|тің) {gap}' + KK_REVEAL,
    ],
  },
  {
    category: 'prompt_markup',
    language: 'any',
    form: 'sql',
    patterns: [
      '<\\|?\\s*(?:im_start|im_end|system|endoftext|assistant)\\s*\\|?>',
      '\\[\\s*/?\\s*(?:inst|system|sys)\\s*\\]',
      '<<\\s*/?\\s*sys\\s*>>',
      '(?:^|\\n|\\s)#{2,}\\s*(?:system|instruction|new instructions?)\\b',
      '(?:^|\\s)(?:system|assistant|система|жүйе)\\s*:\\s*(?:you|ты|сен|ignore|игнор|new|нов)',
    ],
  },
  {
    category: 'sql_injection',
    language: 'any',
    form: 'sql',
    patterns: [
      ';\\s*(?:drop|delete|truncate|alter|insert|update|create|grant|revoke|copy)\\b',
      '\\bdrop\\s+(?:table|schema|database|role|user|view|function|index|owned)\\b',
      '\\btruncate\\s+(?:table\\s+)?(?!the\\b)[a-z_."]+',
      '\\bdelete\\s+from\\s+[a-z_."]+',
      '\\binsert\\s+into\\s+[a-z_."]+',
      '\\bupdate\\s+[a-z_."]+\\s+set\\s+[a-z_."]+\\s*=',
      '\\balter\\s+(?:table|role|user|system|database)\\b',
      '\\b(?:grant|revoke)\\s+(?:all|select|insert|update|delete|usage|execute)\\b',
      '\\bunion\\s+(?:all\\s+|distinct\\s+)?select\\b',
      '\\b(?:or|and)\\s+[\'"]?(\\w+)[\'"]?\\s*=\\s*[\'"]?\\1\\b',
      "'\\s*or\\s+'[^']*'\\s*=\\s*'",
      "'\\s*--",
      '--\\s*$',
      '/\\*.*?\\*/',
      '\\b(?:pg_sleep|pg_read_file|pg_read_binary_file|pg_ls_dir|pg_shadow|pg_authid|pg_terminate_backend|lo_import|lo_export|dblink|query_to_xml|set_config|current_setting|xp_cmdshell|load_file|waitfor\\s+delay)\\b',
      '\\binto\\s+(?:outfile|dumpfile)\\b',
      '\\bselect\\b[^?]{0,200}\\bfrom\\s+(?:pg_catalog|information_schema|pg_\\w+|app\\.)',
      '\\bcopy\\s+[a-z_."]+\\s+(?:to|from)\\s+(?:program|stdout|\')',
    ],
  },
];
