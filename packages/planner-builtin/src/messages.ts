import type { DetectedLanguage } from './detect-language.js';
import type { Issue } from './draft.js';
import {
  type Dimension,
  type Filter,
  type Frame,
  type Measure,
  percentileLabel,
  sortedDays,
  type TimeRange,
  unbrokenDays,
} from './frame.js';

/** User-facing texts of the builtin planner, in the question's language. */

export type RefusalReason = 'destructive' | 'personal' | 'off_topic' | 'not_data' | 'forecast' | 'not_held';

const EXAMPLES: Record<DetectedLanguage, string> = {
  en: "try 'How many transactions were there yesterday?' or 'Top 5 categories by amount in the last 30 days'",
  ru: 'попробуйте «Сколько транзакций было вчера?» или «Топ-5 категорий по сумме за последние 30 дней»',
  kk: 'көріңіз: «Кеше қанша транзакция болды?» немесе «Соңғы 30 күндегі сома бойынша топ-5 санат»',
};

export function refusalMessage(reason: RefusalReason, lang: DetectedLanguage): string {
  const texts: Record<RefusalReason, Record<DetectedLanguage, string>> = {
    destructive: {
      en: `I can only read the data, not change or delete it, and I don't perform actions. Ask a question instead: ${EXAMPLES.en}.`,
      ru: `Я могу только читать данные — не изменять и не удалять их, и не выполняю действия. Задайте вопрос: ${EXAMPLES.ru}.`,
      kk: `Мен деректерді тек оқи аламын — өзгерте немесе жоя алмаймын, әрекеттерді орындамаймын. Сұрақ қойыңыз, ${EXAMPLES.kk}.`,
    },
    personal: {
      en: "I can't show card numbers, expiry dates or other personal data. I can count distinct cards, e.g. 'How many unique cards were used this month?'",
      ru: 'Я не показываю номера карт, сроки действия и другие персональные данные. Могу посчитать уникальные карты, например: «Сколько уникальных карт было использовано в этом месяце?»',
      kk: 'Карта нөмірлерін, жарамдылық мерзімін және басқа жеке деректерді көрсете алмаймын. Бірегей карталарды санай аламын, мысалы: «Осы айда қанша бірегей карта қолданылды?»',
    },
    off_topic: {
      en: `I can't answer that: I only answer questions about card transactions — ${EXAMPLES.en}.`,
      ru: `На это я ответить не могу: я отвечаю только на вопросы о карточных транзакциях — ${EXAMPLES.ru}.`,
      kk: `Мен тек карта транзакциялары туралы сұрақтарға жауап беремін — ${EXAMPLES.kk}.`,
    },
    forecast: {
      en: `I can't forecast: I answer about transactions that have happened — ${EXAMPLES.en}.`,
      ru: `Прогнозов я не делаю: отвечаю о транзакциях, которые уже были — ${EXAMPLES.ru}.`,
      kk: `Болжам жасамаймын: болған транзакциялар туралы жауап беремін — ${EXAMPLES.kk}.`,
    },
    not_held: {
      en: `The data doesn't hold that: it has card transactions (amount, currency, time, bank, merchant, city, category, channel, wallet, country), but no card brands or types (Visa, Mastercard), fees or commissions, chargebacks or refunds, fraud labels, declines or approvals, balances, or who the customers are (age, gender, income) — ${EXAMPLES.en}.`,
      ru: `Таких данных нет: есть карточные транзакции (сумма, валюта, время, банк, мерчант, город, категория, канал, кошелёк, страна), но нет платёжных систем и типов карт (Visa, Mastercard), комиссий, чарджбэков и возвратов, признаков мошенничества, отказов и одобрений, балансов и сведений о клиентах (возраст, пол, доход) — ${EXAMPLES.ru}.`,
      kk: `Мұндай дерек жоқ: карта транзакциялары бар (сома, валюта, уақыт, банк, мерчант, қала, санат, арна, әмиян, ел), бірақ карта түрлері мен төлем жүйелері (Visa, Mastercard), комиссиялар, чарджбэктер мен қайтарымдар, алаяқтық белгілері, бас тарту мен мақұлдау, баланстар және клиенттер туралы мәлімет (жасы, жынысы, табысы) жоқ — ${EXAMPLES.kk}.`,
    },
    not_data: {
      en: `I can't answer that yet; ${EXAMPLES.en}.`,
      ru: `Пока не могу ответить на этот вопрос; ${EXAMPLES.ru}.`,
      kk: `Бұл сұраққа әзірге жауап бере алмаймын; ${EXAMPLES.kk}.`,
    },
  };
  return texts[reason][lang];
}

export function greetingMessage(lang: DetectedLanguage): string {
  return {
    en: `Hi! Ask me about card transactions — counts, amounts, averages, top lists, trends, shares and comparisons; ${EXAMPLES.en}.`,
    ru: `Здравствуйте! Спросите меня о карточных транзакциях — количество, суммы, средний чек, топы, динамика, доли и сравнения; ${EXAMPLES.ru}.`,
    kk: `Сәлеметсіз бе! Карта транзакциялары туралы сұраңыз — саны, сомасы, орташа чек, топтар, динамика, үлестер мен салыстырулар; ${EXAMPLES.kk}.`,
  }[lang];
}

const EXAMPLE_INTRO: Record<DetectedLanguage, string> = {
  en: 'For example,',
  ru: 'Например,',
  kk: 'Мысалы,',
};

/** One clarification in the three languages: [en, ru, kk]. */
type Texts = readonly [string, string, string];

const CLARIFICATIONS: Record<Exclude<Issue['kind'], 'unknown_words'> | 'default', Texts> = {
  missing_measure: [
    'What should I calculate — the number of transactions, the amount, the average check, distinct cards?',
    'Что посчитать — количество транзакций, сумму, средний чек, число уникальных карт?',
    'Нені есептеу керек — транзакциялар санын, соманы, орташа чекті, бірегей карталарды ма?',
  ],
  avg_of_counts: [
    "An average of counts over what — per day, per week, per card? e.g. 'Transactions per day on average last month' or 'Average number of transactions per card'.",
    'Среднее количество на что — в день, в неделю, на карту? Например, «Сколько в среднем операций в день за прошлый месяц» или «Среднее число операций на одну карту».',
    'Орташа сан неге шаққанда — күніне, аптасына, бір картаға? Мысалы, «Өткен айда күніне орташа қанша транзакция болды» немесе «Бір картаға шаққанда транзакциялар саны».',
  ],
  ambiguous_measure: [
    "An average of what — the amount of one transaction ('average check by day') or a daily total ('total amount by day')?",
    'Среднее чего — суммы одной транзакции («средний чек по дням») или дневного оборота («сумма по дням»)?',
    'Ненің орташасы — бір транзакцияның сомасы ма («күн бойынша орташа чек») әлде күндік сома ма («күн бойынша сома»)?',
  ],
  ambiguous_period: [
    "Calendar or rolling? Say 'by month over the last 3 months' for calendar months, or a number of days, e.g. 'the last 90 days'.",
    'Календарные или скользящие? Скажите «по месяцам за последние 3 месяца» для календарных месяцев или число дней, например «за последние 90 дней».',
    'Күнтізбелік пе, әлде жылжымалы ма? Күндер санын атаңыз, мысалы «соңғы 90 күн».',
  ],
  mixed_currencies: [
    "Amounts in original currencies only add up within one currency: name it ('average amount in EUR') or break down by currency.",
    'Суммы в исходной валюте складываются только внутри одной валюты: назовите её («средняя сумма в евро») или разбейте по валютам.',
    'Бастапқы валютадағы сомаларды бір валюта ішінде ғана қосуға болады: валютаны атаңыз немесе валюта бойынша бөліңіз.',
  ],
  ambiguous_negation: [
    "What should be excluded — each of them, or only the two together? Say 'except Kaspi and except online' or 'Kaspi payments, except online ones'.",
    'Что исключить — каждое по отдельности или только их сочетание? Скажите «кроме Каспи и кроме онлайна» или «платежи Каспи, кроме онлайн».',
    'Нені шығарып тастау керек — әрқайсысын ба, әлде тек екеуінің бірігуін бе? Мысалы: «Каспиден басқа және онлайннан басқа».',
  ],
  listing: [
    "I answer with totals, not lists of single transactions; e.g. 'What was the largest transaction yesterday?' or 'Top 5 merchants by amount'.",
    'Я отвечаю итогами, а не списком отдельных транзакций; например, «Максимальная сумма транзакции за вчера» или «Топ-5 мерчантов по сумме».',
    'Жеке транзакциялар тізімін емес, қорытындыларды беремін; мысалы, «Кешегі ең үлкен транзакция».',
  ],
  per_card: [
    "Results per card or per customer are personal data; I can count distinct cards, e.g. 'Number of unique cards by bank'.",
    'Результаты по отдельным картам и клиентам — персональные данные; могу посчитать уникальные карты, например: «Количество уникальных карт по банкам».',
    'Жеке карта немесе клиент бойынша нәтижелер — жеке деректер; бірегей карталарды санай аламын, мысалы: «Банктер бойынша бірегей карталар саны».',
  ],
  card_total_condition: [
    "I can't pick cards by their total yet; I can count the cards with a payment over an amount, e.g. 'how many cards made a payment over 300,000 tenge'.",
    'Пока не умею отбирать карты по их суммарным тратам; могу посчитать карты с операцией больше суммы, например «сколько карт сделали платёж больше 300 000 тенге».',
    'Карталарды жалпы сомасы бойынша іріктей алмаймын; сомадан асатын төлемі бар карталарды санай аламын, мысалы «300 000 теңгеден асатын төлем жасаған карталар саны».',
  ],
  group_total_condition: [
    "I can keep the groups whose total or count passes one threshold, e.g. 'cities with a total over 1,000,000 tenge' or 'banks with more than 1,000 transactions', but not a range of totals, two such conditions at once, or one with periods compared or a share.",
    'Могу оставить группы, у которых сумма или количество выше одного порога, например «города с суммой более 1 000 000 тенге» или «банки, где больше 1 000 операций», но не диапазон сумм, не два таких условия сразу и не вместе со сравнением периодов или долей.',
    'Жалпы сомасы немесе саны бір шектен асатын топтарды қалдыра аламын, мысалы «сомасы 1 000 000 теңгеден асатын қалалар», бірақ сома аралығын, екі шартты бірге немесе кезеңдерді салыстырумен не үлеспен бірге емес.',
  ],
  count_condition: [
    "I can't pick single transactions by a number of transactions; I can keep the groups with more than a number of them, e.g. 'banks with more than 1,000 ATM withdrawals', or filter by amount, e.g. 'transactions over 50,000 tenge'.",
    'Не могу отбирать отдельные операции по количеству операций; могу оставить группы, где операций больше числа, например «банки, где больше 1 000 снятий», или отфильтровать по сумме: «транзакции больше 50 000 тенге».',
    'Жеке транзакцияларды транзакциялар саны бойынша іріктей алмаймын; саны шектен асатын топтарды қалдыра аламын немесе сома бойынша сүзе аламын, мысалы «50 000 теңгеден асатын транзакциялар».',
  ],
  share_of_what: [
    "A share of what? e.g. 'What share of transactions are online?' or 'Share of each category in total amount'.",
    'Доля чего? Например, «Какая доля платежей онлайн?» или «Доля каждой категории в обороте».',
    'Ненің үлесі? Мысалы, «Онлайн транзакциялардың үлесі».',
  ],
  ambiguous_share: [
    "Which part should the share be of? Say the base with 'among', e.g. 'Share of online among transactions in Almaty'.",
    'Долю чего и среди чего посчитать? Укажите базу словом «среди», например «Доля онлайн среди транзакций в Алматы».',
    'Үлесті неден және не ішінде есептеу керек? Негізін «ішінде» сөзімен көрсетіңіз.',
  ],
  share_which_measure: [
    "Share of which figure, the count or the amount? Name it after the share, e.g. 'Count and amount by bank, with each bank's share of the amount'.",
    'Доля какого показателя — количества или суммы? Назовите его после слова «доля», например «Количество и сумма по банкам и доля каждого банка в сумме».',
    'Қай көрсеткіштің үлесі — санның ба, соманың ба? Мысалы, «Банктер бойынша саны, сомасы және әр банктің сомадағы үлесі».',
  ],
  share_measure: [
    "I can compute shares of the number of transactions or of the amount, and the share of cards that did something (e.g. 'What share of cards used Apple Pay last month?').",
    'Я считаю доли по количеству транзакций или по сумме, а также долю карт, которые что-то сделали (например, «Какая доля карт пользовалась Apple Pay в прошлом месяце?»).',
    'Үлесті транзакциялар саны немесе сома бойынша, сондай-ақ бірдеңе жасаған карталардың үлесін есептеймін (мысалы, «Өткен айда карталардың неше пайызы Apple Pay пайдаланды?»).',
  ],
  compare_missing: [
    "Compare with which period? e.g. 'Number of transactions this month vs last month'.",
    'С каким периодом сравнить? Например, «Количество транзакций в этом месяце по сравнению с прошлым».',
    'Қай кезеңмен салыстыру керек? Мысалы, «осы айдағы және өткен айдағы транзакциялар саны».',
  ],
  no_previous: [
    'Which answer do you mean? I have no earlier question of this conversation to continue; ask the whole question.',
    'О каком ответе речь? Предыдущего вопроса в этом разговоре у меня нет; задайте вопрос целиком.',
    'Қай жауап туралы? Бұл әңгімеде алдыңғы сұрақ жоқ; сұрақты толық қойыңыз.',
  ],
  too_many_periods: [
    'I can compare two periods at a time.',
    'Я сравниваю не больше двух периодов за раз.',
    'Бір уақытта екі кезеңді ғана салыстырамын.',
  ],
  two_periods: [
    "Which period do you mean? Name one range, e.g. 'since March 1, 2026', or compare two with 'vs'.",
    'Какой период имеется в виду? Назовите один диапазон, например «с 1 марта 2026», или сравните два словом «по сравнению с».',
    'Қай кезең керек? Бір аралықты атаңыз, мысалы «2026 жылғы 1 наурыздан бері», немесе екеуін «салыстырғанда» сөзімен салыстырыңыз.',
  ],
  open_end: [
    "From when? Name the start too, e.g. 'from March 1 to March 15, 2026', or 'since March 1'.",
    'С какого числа? Назовите и начало, например «с 1 по 15 марта 2026» или «с 1 марта».',
    'Қай күннен бастап? Басын да атаңыз, мысалы «2026 жылғы 1-15 наурыз» немесе «1 наурыздан бері».',
  ],
  separate_conditions: [
    "A figure for each of those conditions, or one for the payments that meet both? Ask one question per condition (e.g. 'total for Kaspi last month', then 'total for ECOM last month'), or name both as one ('total of Kaspi ECOM payments').",
    'По сумме на каждое условие или одну — для операций, где выполнены оба? Спросите по одному условию за раз (например, «сумма по Kaspi за прошлый месяц», потом «сумма по ECOM за прошлый месяц») или назовите оба сразу («сумма ECOM-операций Kaspi»).',
    'Әр шартқа жеке сома ма, әлде екі шарт та орындалған операцияларға бір сома ма? Әр шартты жеке сұраңыз (мысалы, «өткен айдағы Kaspi сомасы», сосын «өткен айдағы ECOM сомасы») немесе екеуін бірге атаңыз («Kaspi ECOM операцияларының сомасы»).',
  ],
  tenge_or_currency: [
    "Is the tenge here a currency of the payments or the unit of the amount? Say 'total of payments with currency KZT or USD' for both currencies' payments, or 'USD payments: total in tenge and in dollars' for two units.",
    'Тенге здесь — валюта операций или единица суммы? Скажите «сумма операций с валютой KZT или USD» для операций в обеих валютах или «долларовые операции: сумма в тенге и в долларах» для двух единиц.',
    'Мұндағы теңге — операция валютасы ма, әлде сома бірлігі ме? Екі валютадағы операциялар үшін «KZT және USD валютасындағы операциялар сомасы», екі бірлік үшін «долларлық операциялар: теңгемен және доллармен сомасы» деп жазыңыз.',
  ],
  two_amount_units: [
    'I can show amounts in tenge or in the original currency, not both in one answer: ask for one, then the other.',
    'Суммы показываю либо в тенге, либо в валюте операции, не обе в одном ответе: спросите сначала одно, потом другое.',
    'Сомаларды не теңгемен, не операция валютасымен көрсетемін, бір жауапта екеуін емес: алдымен бірін, сосын екіншісін сұраңыз.',
  ],
  exclusive_amounts: [
    "No transaction is in all of those amount ranges at once. To split by amount, list ranges that follow one another from zero up, e.g. 'count by amount: under 5,000, 5,000–20,000, over 20,000'.",
    'Ни одна транзакция не попадает во все эти диапазоны сумм сразу. Чтобы разбить по суммам, перечислите диапазоны подряд от нуля, например «количество по суммам: до 5000, 5000–20000, больше 20000».',
    'Бір транзакция бұл сома аралықтарының бәріне бірдей түспейді. Сома бойынша бөлу үшін аралықтарды нөлден бастап қатарынан атаңыз, мысалы «сома бойынша саны: 5000-ға дейін, 5000–20000, 20000-нан жоғары».',
  ],
  unsupported: [
    "I can't answer that yet.",
    'Пока не могу ответить на этот вопрос.',
    'Бұл сұраққа әзірге жауап бере алмаймын.',
  ],
  default: [
    "I can't answer that yet.",
    'Пока не могу ответить на этот вопрос.',
    'Бұл сұраққа әзірге жауап бере алмаймын.',
  ],
};

/** What each unsupported reading says, in place of a bare "I can't answer that yet". */
const UNSUPPORTED: Record<string, Texts> = {
  period_overlap: [
    "Cards or merchants active in both periods (or in one but not the other) can only be counted, e.g. 'How many cards paid in both October and November?'.",
    'Карты или мерчантов, активных в обоих периодах (или в одном, но не в другом), можно только посчитать, например «Сколько карт платили и в октябре, и в ноябре?».',
    'Екі кезеңде де (не біреуінде ғана) белсенді карталарды не мерчанттарды тек санай аламын, мысалы «Қазанда да, қарашада да төлем жасаған карталар саны».',
  ],
  superlative_without_dimension: [
    "The most or the least of what, among which groups? Name the groups ranked, e.g. 'which city had the most transactions in 2026', or ask for the largest single payment.",
    'Больше или меньше всего — среди каких групп? Назовите, что сравнивать, например «в каком городе больше всего операций за 2026 год», или спросите о самой крупной операции.',
    'Ең көп не ең аз — қай топтар арасында? Нені салыстыру керегін атаңыз, мысалы «2026 жылы қай қалада ең көп транзакция болды», не ең ірі бір транзакцияны сұраңыз.',
  ],
  superlative_of_measure: [
    "I can't take the largest or smallest of that figure; ask for the figure by a breakdown, e.g. 'average amount by city', and read its first row.",
    'Не могу взять наибольшее или наименьшее от этого показателя; спросите его в разбивке, например «средний чек по городам», и посмотрите первую строку.',
    'Бұл көрсеткіштің ең үлкенін не ең кішісін ала алмаймын; оны бөліп сұраңыз, мысалы «қалалар бойынша орташа чек», сосын бірінші жолын қараңыз.',
  ],
  both_ends: [
    "A ranking has one direction: ask for the top and the bottom separately, e.g. 'top 3 banks by turnover', then 'bottom 3 banks by turnover'.",
    'У рейтинга одно направление: спросите верх и низ отдельно, например «топ-3 банка по обороту», затем «3 банка с наименьшим оборотом».',
    'Рейтингтің бір ғана бағыты бар: басын және соңын бөлек сұраңыз, мысалы «айналымы бойынша топ-3 банк», сосын «айналымы ең аз 3 банк».',
  ],
  share_compare: [
    'I can show a share for one period, not compare it across two; ask for each period in turn.',
    'Долю показываю за один период, не сравнивая два; спросите по каждому периоду отдельно.',
    'Үлесті бір кезең үшін көрсетемін, екі кезеңді салыстырмаймын; әр кезеңді бөлек сұраңыз.',
  ],
  compare_timeline: [
    "I can compare two periods as totals, not as a timeline of each; ask for the timeline over both, e.g. 'monthly turnover from September to October'.",
    'Два периода сравниваю итогами, не помесячной динамикой каждого; спросите динамику за оба, например «оборот по месяцам с сентября по октябрь».',
    'Екі кезеңді қорытындысымен салыстырамын, әрқайсысының динамикасымен емес; екеуінің динамикасын сұраңыз, мысалы «қыркүйектен қазанға дейінгі айлық айналым».',
  ],
  value_difference: [
    "I take a difference between two periods, or between two values set side by side (e.g. 'Kaspi vs Halyk turnover in 2026, both and the difference'); here I could not tell which two.",
    'Разницу считаю между двумя периодами или между двумя значениями рядом (например, «оборот Kaspi и Halyk за 2026 год, оба числа и разница»); здесь я не понял, между чем.',
    'Айырманы екі кезең арасында немесе қатар қойылған екі мән арасында есептеймін (мысалы, «2026 жылғы Kaspi мен Halyk айналымы, екеуі және айырмасы»); мұнда неден алу керегін түсінбедім.',
  ],
  top_share: [
    "I can show each of the top groups with its own share ('share of turnover of each of the top 10 merchants'), not the top ones' share added together.",
    'Могу показать долю каждой из первых групп («доля оборота каждого из топ-10 мерчантов»), но не их общую долю.',
    'Алғашқы топтардың әрқайсысының үлесін көрсете аламын («топ-10 мерчанттың әрқайсысының айналымдағы үлесі»), бірақ олардың жиынтық үлесін емес.',
  ],
  difference_order: [
    'The difference is taken as the later period minus the earlier one; ask for it that way round.',
    'Разницу считаю как поздний период минус ранний; спросите в таком порядке.',
    'Айырманы кейінгі кезеңнен ертерек кезеңді алып есептеймін; солай сұраңыз.',
  ],
  histogram: [
    "Split by what? Name a breakdown or the amount ranges, e.g. 'count by amount: under 5,000, 5,000–20,000, over 20,000'.",
    'Разбить по чему? Назовите разрез или диапазоны сумм, например «количество по суммам: до 5000, 5000–20000, больше 20000».',
    'Неге бөлу керек? Бөліну түрін не сома аралықтарын атаңыз, мысалы «сома бойынша саны: 5000-ға дейін, 5000–20000, 20000-нан жоғары».',
  ],
  limit: [
    'I can show the top 1 to 1,000 rows; ask for a number in that range.',
    'Показываю от 1 до 1000 верхних строк; назовите число в этих пределах.',
    'Жоғарғы 1-ден 1000-ға дейін жолды көрсетемін; осы аралықтағы санды атаңыз.',
  ],
  out_of_range: [
    'A number or date in the question is out of the range I can use; try a nearer period or a smaller number.',
    'Число или дата в вопросе вне допустимых пределов; попробуйте период ближе или число меньше.',
    'Сұрақтағы сан не күн рұқсат етілген шектен тыс; жақынырақ кезеңді не кішірек санды көрсетіңіз.',
  ],
  absent: [
    "Groups with none at all are not rows of a breakdown, so I cannot list them; ask for the breakdown (e.g. 'number of TRY transactions by city in November 2026') and see which are missing.",
    'Группы, где не было ни одной операции, не попадают в разбивку, поэтому перечислить их не могу; спросите разбивку (например, «количество операций в лирах по городам за ноябрь 2026») и посмотрите, каких нет.',
    'Мүлде операциясы жоқ топтар бөлуге кірмейді, сондықтан оларды тізіп бере алмаймын; бөлуді сұраңыз (мысалы, «2026 жылғы қарашада қалалар бойынша лирамен операциялар саны») және қайсысы жоқ екенін қараңыз.',
  ],
  breakdown: [
    'A row for each, or one figure over them all? Ask for one of the two.',
    'По строке на каждое значение или одно число по всем? Уточните одно из двух.',
    'Әрқайсысына бір жол ма, әлде бәріне бір сан ба? Біреуін нақтылаңыз.',
  ],
  order: [
    'That answer has no rows to put in another order; ask for a breakdown first.',
    'В этом ответе нет строк, которые можно упорядочить иначе; сначала спросите разбивку.',
    'Бұл жауапта басқаша реттейтін жолдар жоқ; алдымен бөліп сұраңыз.',
  ],
  pivot: [
    "I can lay out a breakdown as rows, with one two-way split as columns, but not one breakdown as the rows and another as the columns; ask for the rows of both (e.g. 'turnover by bank and wallet') or one at a time.",
    'Могу показать разбивку строками и одно деление на две части колонками, но не одну разбивку строками, а другую колонками; спросите строки по обеим (например, «оборот по банкам и кошелькам») или по одной.',
    'Бөлуді жолдармен, ал екіге бөлуді бағандармен көрсете аламын, бірақ бір бөлуді жолдармен, екіншісін бағандармен көрсете алмаймын; екеуі бойынша жолдарды сұраңыз (мысалы, «банктер мен әмияндар бойынша айналым») не біреуін.',
  ],
  share_columns: [
    "I can show each band's share as rows, or the counts of the bands as columns, but not the shares as columns; ask for one of the two (e.g. 'share of payments in each amount band').",
    'Могу показать долю каждого диапазона строками или количество по диапазонам колонками, но не доли колонками; выберите одно (например, «доля платежей в каждом диапазоне сумм»).',
    'Әр аралықтың үлесін жолдармен не аралықтар бойынша санды бағандармен көрсете аламын, бірақ үлестерді бағандармен емес; біреуін таңдаңыз (мысалы, «әр сома аралығындағы төлемдер үлесі»).',
  ],
  two_counts: [
    "The second 'how many' has conditions of its own, and I can't tell how its figure relates to the first; ask for each in turn, or set them side by side (e.g. 'payments in Almaty vs Astana last month').",
    'У второго «сколько» свои условия, и я не понял, как его число связано с первым; спросите по очереди или сравните рядом (например, «операции в Алматы против Астаны за прошлый месяц»).',
    'Екінші «қанша» сұрағының өз шарттары бар, оның бірінші санмен байланысын түсінбедім; кезекпен сұраңыз не қатар қойыңыз (мысалы, «өткен айдағы Алматы мен Астана операциялары»).',
  ],
  two_hour_ranges: [
    "Two ranges of hours together leave only the hours common to both; compare them instead, e.g. 'turnover 08:00–12:00 vs 18:00–22:00', or ask for each in turn.",
    'Два диапазона часов вместе оставляют только общие часы; сравните их, например «оборот с 8 до 12 против с 18 до 22», или спросите по очереди.',
    'Екі сағат аралығы бірге тек ортақ сағаттарды қалдырады; оларды салыстырыңыз, мысалы «08:00–12:00 мен 18:00–22:00 айналымы», не кезекпен сұраңыз.',
  ],
};

/** Conditions no transaction meets together ("domestic vs foreign" as filters, "contactless online"). */
const CONTRADICTION: Texts = [
  "No transaction meets all of these conditions at once (e.g. online purchases are never contactless), so the answer would be empty. Did you mean them side by side, e.g. 'contactless vs online payments'?",
  'Ни одна транзакция не подходит под все эти условия сразу (например, онлайн-покупки не бывают бесконтактными) — ответ был бы пустым. Может быть, сравнить их, например «бесконтактные против онлайн-платежей»?',
  'Бір транзакция бұл шарттардың бәріне бірдей сәйкес келмейді (мысалы, онлайн сатып алулар контактісіз болмайды) — жауап бос болар еді. Оларды салыстыру керек пе, мысалы «контактісіз және онлайн төлемдер»?',
];

const LANGUAGE_INDEX: Record<DetectedLanguage, 0 | 1 | 2> = { en: 0, ru: 1, kk: 2 };

/** Said with the answer when a word was read as a vocabulary word one letter away. */
/** Context the plan leaves out, said in the answer: (Left aside: "board deck".) */
export function contextNote(words: readonly string[], lang: DetectedLanguage): string {
  const text = words.join(' ');
  return {
    en: `(Left aside as context: "${text}".)`,
    ru: `(Оставлено как контекст: «${text}».)`,
    kk: `(Контекст ретінде ескерілмеді: «${text}».)`,
  }[lang];
}

export function typoNote(typo: string, word: string, lang: DetectedLanguage): string {
  return {
    en: `(Read "${typo}" as "${word}".)`,
    ru: `(«${typo}» прочитано как «${word}».)`,
    kk: `(«${typo}» сөзі «${word}» деп оқылды.)`,
  }[lang];
}

export function clarifyMessage(issue: Issue | undefined, lang: DetectedLanguage): string {
  if (issue?.kind === 'unknown_words') {
    const words = issue.words.join(', ');
    const lead = {
      en: `I can't answer that yet: I didn't understand "${words}".`,
      ru: `Пока не могу ответить: не понял «${words}».`,
      kk: `Әзірге жауап бере алмаймын: «${words}» түсінбедім.`,
    }[lang];
    return `${lead} ${EXAMPLE_INTRO[lang]} ${EXAMPLES[lang]}.`;
  }
  const texts =
    issue?.kind === 'unsupported' && issue.what === 'contradiction'
      ? CONTRADICTION
      : ((issue?.kind === 'unsupported' ? UNSUPPORTED[issue.what] : undefined) ??
        CLARIFICATIONS[issue?.kind ?? 'default']);
  return `${texts[LANGUAGE_INDEX[lang]]} ${EXAMPLE_INTRO[lang]} ${EXAMPLES[lang]}.`;
}

// ── explanation of a frame ─────────────────────────────────────────────────────────────────────

const MEASURE_NAMES: Record<string, Texts> = {
  count: ['number of transactions', 'количество транзакций', 'транзакциялар саны'],
  sum: ['total amount', 'сумма', 'сома'],
  avg: ['average amount', 'средний чек', 'орташа чек'],
  median: ['median amount', 'медианная сумма', 'медиана сома'],
  min: ['minimum amount', 'минимальная сумма', 'ең аз сома'],
  max: ['maximum amount', 'максимальная сумма', 'ең үлкен сома'],
  first_at: ['time of the first transaction', 'время первой операции', 'алғашқы транзакцияның уақыты'],
  last_at: ['time of the last transaction', 'время последней операции', 'соңғы транзакцияның уақыты'],
  'count_distinct:card_key': ['distinct cards', 'уникальные карты', 'бірегей карталар'],
  'count_distinct:merchant_id': ['distinct merchants', 'уникальные мерчанты', 'бірегей мерчанттар'],
  'per_card:sum': [
    'amount per card (total ÷ distinct cards)',
    'сумма на одну карту (сумма ÷ число уникальных карт)',
    'бір картаға шаққандағы сома (сома ÷ бірегей карталар саны)',
  ],
  'per_card:count': [
    'transactions per card (count ÷ distinct cards)',
    'операций на одну карту (количество ÷ число уникальных карт)',
    'бір картаға шаққандағы транзакциялар (саны ÷ бірегей карталар саны)',
  ],
  'per_merchant:sum': [
    'amount per merchant (total ÷ distinct merchants)',
    'сумма на одного мерчанта (сумма ÷ число уникальных мерчантов)',
    'бір мерчантқа шаққандағы сома (сома ÷ бірегей мерчанттар саны)',
  ],
  'per_merchant:count': [
    'transactions per merchant (count ÷ distinct merchants)',
    'операций на одного мерчанта (количество ÷ число уникальных мерчантов)',
    'бір мерчантқа шаққандағы транзакциялар (саны ÷ бірегей мерчанттар саны)',
  ],
};

const DIMENSION_NAMES: Record<Dimension, Texts> = {
  mcc_category: ['category', 'категория', 'санат'],
  merchant_city: ['city', 'город', 'қала'],
  issuer_bank_name: ['bank', 'банк', 'банк'],
  transaction_type: ['transaction type', 'тип операции', 'транзакция түрі'],
  transaction_currency: ['currency', 'валюта', 'валюта'],
  acquirer_country_iso: ['country', 'страна', 'ел'],
  pos_entry_mode: ['entry mode', 'способ оплаты', 'төлем тәсілі'],
  wallet_type: ['wallet', 'кошелёк', 'әмиян'],
  merchant_id: ['merchant', 'мерчант', 'мерчант'],
  merchant_mcc: ['MCC', 'MCC', 'MCC'],
  hour: ['hour', 'час', 'сағат'],
  day: ['day', 'день', 'күн'],
  week: ['week', 'неделя', 'апта'],
  month: ['month', 'месяц', 'ай'],
  quarter: ['quarter', 'квартал', 'тоқсан'],
  year: ['year', 'год', 'жыл'],
  weekday: ['weekday (1 = Monday)', 'день недели (1 = понедельник)', 'апта күні (1 = дүйсенбі)'],
  hour_of_day: ['hour of day', 'час суток', 'тәулік сағаты'],
  day_of_month: ['day of the month', 'число месяца', 'айдың күні'],
  weekend: ['weekend or weekday', 'выходные или будни', 'демалыс немесе жұмыс күні'],
  amount_band: ['amount range', 'диапазон суммы', 'сома аралығы'],
  group_split: [
    'named values or the rest',
    'названные значения или остальные',
    'аталған мәндер немесе қалғандары',
  ],
  hour_split: ['the two ranges of hours', 'два интервала часов', 'екі сағат аралығы'],
};

const UNIT_PERIODS: Record<string, { this: Texts; previous: Texts }> = {
  week: {
    this: ['this week', 'эта неделя', 'осы апта'],
    previous: ['last week', 'прошлая неделя', 'өткен апта'],
  },
  month: {
    this: ['this month', 'этот месяц', 'осы ай'],
    previous: ['last month', 'прошлый месяц', 'өткен ай'],
  },
  quarter: {
    this: ['this quarter', 'этот квартал', 'осы тоқсан'],
    previous: ['last quarter', 'прошлый квартал', 'өткен тоқсан'],
  },
  year: { this: ['this year', 'этот год', 'осы жыл'], previous: ['last year', 'прошлый год', 'өткен жыл'] },
};

type Pick3 = (texts: Texts) => string;

function measureName(m: Measure, pick: Pick3): string {
  if (m.fn === 'percentile') {
    const n = percentileLabel(m.p).replace('_', '.');
    return pick([`${n}th percentile of the amount`, `${n}-й перцентиль суммы`, `соманың ${n}-перцентилі`]);
  }
  if (m.fn === 'count_periods') {
    const unit = DIMENSION_NAMES[m.unit];
    return pick([
      `number of ${unit[0]}s with transactions`,
      `число периодов «${unit[1]}» с операциями`,
      `операциясы бар кезеңдер («${unit[2]}») саны`,
    ]);
  }
  if (m.fn === 'per_period') {
    const unit = DIMENSION_NAMES[m.unit];
    const what = m.of === 'sum' ? ['amount', 'сумма', 'сома'] : ['transactions', 'операций', 'транзакциялар'];
    return pick([
      `average ${what[0]} per ${unit[0]} (total ÷ ${unit[0]}s with transactions)`,
      `в среднем ${what[1]} за ${unit[1]} (итог ÷ число периодов «${unit[1]}» с операциями)`,
      `орташа ${what[2]}, ${unit[2]} сайын (жиыны ÷ операциясы бар кезеңдер саны)`,
    ]);
  }
  const key =
    m.fn === 'count_distinct'
      ? `${m.fn}:${m.column}`
      : m.fn === 'per_card' || m.fn === 'per_merchant'
        ? `${m.fn}:${m.of}`
        : m.fn;
  const names = MEASURE_NAMES[key];
  if (names) return pick(names);
  const column = m.fn === 'count_distinct' ? m.column : '';
  return pick([`distinct ${column}`, `число уникальных: ${column}`, `бірегей: ${column}`]);
}

/** Whose condition it is: the groups, or the days (weeks, months) counted ("how many days had …"). */
function havingGroups(frame: Frame, pick: Pick3): string {
  // (each merchant's own total, in each group: "only merchants with total > 500000")
  if (frame.having?.each)
    return pick([
      'only merchants (in each group) with',
      'только мерчанты (в каждой группе), где',
      'тек мерчанттар (әр топта):',
    ]);
  const counted = frame.measures.find((m) => m.fn === 'count_periods');
  if (counted?.fn !== 'count_periods') return pick(['only groups with', 'только группы, где', 'тек топтар:']);
  const unit = DIMENSION_NAMES[counted.unit];
  return pick([`only ${unit[0]}s with`, `только периоды «${unit[1]}», где`, `тек «${unit[2]}» кезеңдері:`]);
}

/** A month counted back from this one: "this month", "last month", "3 months ago". */
function monthName(back: number, pick: Pick3): string {
  if (back === 0) return pick(UNIT_PERIODS.month!.this);
  if (back === 1) return pick(UNIT_PERIODS.month!.previous);
  return pick([`${back} months ago`, `${back} мес. назад`, `${back} ай бұрын`]);
}

function rangeName(r: TimeRange, pick: Pick3): string {
  switch (r.kind) {
    case 'today':
      return pick(['today', 'сегодня', 'бүгін']);
    case 'yesterday':
      return pick(['yesterday', 'вчера', 'кеше']);
    case 'day_before_yesterday':
      return pick(['the day before yesterday', 'позавчера', 'алдыңғы күні']);
    case 'last_days':
      return pick([`the last ${r.n} days`, `последние ${r.n} дн.`, `соңғы ${r.n} күн`]);
    case 'prior_days':
      return pick([`the ${r.n} days before`, `предыдущие ${r.n} дн.`, `алдыңғы ${r.n} күн`]);
    case 'last_hours':
      return pick([`the last ${r.n} hours`, `последние ${r.n} ч.`, `соңғы ${r.n} сағат`]);
    case 'last_units':
      return pick([`the last ${r.n} ${r.unit}s`, `последние ${r.n} (${r.unit})`, `соңғы ${r.n} (${r.unit})`]);
    case 'full_units':
      return pick([
        `the last ${r.n} full ${r.unit}s`,
        `последние ${r.n} полных (${r.unit})`,
        `соңғы ${r.n} толық (${r.unit})`,
      ]);
    case 'this':
      return pick(UNIT_PERIODS[r.unit]!.this);
    case 'previous': {
      if (!r.back) return pick(UNIT_PERIODS[r.unit]!.previous);
      const unit = DIMENSION_NAMES[r.unit]!;
      const toDate = r.toDate ? pick([', to the same day', ', по тот же день', ', сол күнге дейін']) : '';
      return pick([
        `${r.back} ${unit[0]}s ago${toDate}`,
        `${r.back} (${unit[1]}) назад${toDate}`,
        `${r.back} (${unit[2]}) бұрын${toDate}`,
      ]);
    }
    case 'month_span': {
      const month = monthName(r.back, pick);
      if (r.open)
        return pick([
          `since day ${r.from} of ${month}`,
          `с ${r.from}-го числа (${month})`,
          `${month}: ${r.from}-күннен бастап`,
        ]);
      const days = `${r.from}–${r.to ?? pick(['end', 'конец', 'соңы'])}`;
      return pick([`days ${days} of ${month}`, `${days} числа (${month})`, `${month}: ${days} күндері`]);
    }
    case 'month_last_days':
      return pick([
        `the last ${r.n} days of ${monthName(r.back, pick)}`,
        `последние ${r.n} дн. (${monthName(r.back, pick)})`,
        `${monthName(r.back, pick)}: соңғы ${r.n} күн`,
      ]);
    case 'dates':
      if (r.toYearAgo)
        return pick([
          `since ${r.from}, to the same day`,
          `с ${r.from} по тот же день`,
          `${r.from} бастап сол күнге дейін`,
        ]);
      return r.to === null
        ? pick([`since ${r.from}`, `с ${r.from}`, `${r.from} бастап`])
        : `${r.from} … ${r.to} (${pick(['exclusive', 'не включая', 'қоспағанда'])})`;
  }
}

/** Days of the month as said: "1–10", "5, 20". */
function monthDaysText(days: readonly number[]): string {
  const sorted = sortedDays(days);
  return sorted.length > 2 && unbrokenDays(sorted) ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(', ');
}

function filterName(f: Filter, pick: Pick3): string {
  const amount = pick(['amount', 'сумма', 'сома']);
  switch (f.kind) {
    case 'values':
    case 'ids':
      return `${pick(DIMENSION_NAMES[f.column])} ${f.negated ? '≠' : '='} ${f.values.join(', ')}`;
    case 'amount':
      return `${amount} ${f.op} ${f.value}`;
    case 'amount_between':
      return f.min === f.max ? `${amount} = ${f.min}` : `${amount} ${f.min}–${f.max}`;
    case 'presence':
      return `${pick(DIMENSION_NAMES[f.column])} ${f.present ? pick(['present', 'указан', 'бар']) : pick(['none', 'не указан', 'жоқ'])}`;
    case 'weekday':
      return `${pick(['weekdays', 'дни недели', 'апта күндері'])} ${f.days.join(', ')}`;
    case 'hours':
      return `${pick(['hours', 'часы', 'сағаттар'])} ${String(f.from).padStart(2, '0')}:00–${String(f.to).padStart(2, '0')}:00`;
    case 'month_days':
      return `${pick(['days of the month', 'числа месяца', 'айдың күндері'])} ${monthDaysText(f.days)}`;
  }
}

/** Russian names of the dimensions after «по» (dative plural). */
const RU_BY_DIMENSION: Record<Dimension, string> = {
  mcc_category: 'категориям',
  merchant_city: 'городам',
  issuer_bank_name: 'банкам',
  transaction_type: 'типам операций',
  transaction_currency: 'валютам',
  acquirer_country_iso: 'странам',
  pos_entry_mode: 'способам оплаты',
  wallet_type: 'кошелькам',
  merchant_id: 'мерчантам',
  merchant_mcc: 'MCC',
  hour: 'часам',
  day: 'дням',
  week: 'неделям',
  month: 'месяцам',
  quarter: 'кварталам',
  year: 'годам',
  weekday: 'дням недели (1 = понедельник)',
  hour_of_day: 'часам суток',
  day_of_month: 'числам месяца',
  weekend: 'выходным и будним дням',
  amount_band: 'диапазонам суммы',
  group_split: 'названным значениям и остальным',
  hour_split: 'двум интервалам часов',
};

/** A one-line description of what the SQL computes, e.g. "total amount by category · last month". */
export function describeFrame(frame: Frame): string {
  const pick: Pick3 = (texts) => texts[LANGUAGE_INDEX[frame.language]];
  const parts: string[] = [];
  const measures = frame.measures.map((m) => measureName(m, pick)).join(', ');
  if (frame.share) {
    // ("how many …, and what share is that": the measure is shown beside its share.)
    parts.push(
      frame.share.ofWhich
        ? measures
        : frame.share.withMeasure && frame.measures.length > 1
          ? ((of: string) =>
              pick([
                `${measures}, share (%) of ${of}`,
                `${measures}, доля (%) — ${of}`,
                `${measures}, үлес (%) — ${of}`,
              ]))(measureName(frame.measures[frame.share.measure ?? 0]!, pick))
          : frame.share.withMeasure
            ? pick([`${measures} and its share (%)`, `${measures} и доля (%)`, `${measures} және үлесі (%)`])
            : pick([`share (%) of ${measures}`, `доля (%) — ${measures}`, `үлес (%) — ${measures}`]),
    );
    const named = [
      ...frame.share.subset.map((f) => filterName(f, pick)),
      ...(frame.share.period ? [rangeName(frame.share.period, pick)] : []),
    ];
    if (named.length > 0) {
      const part = frame.share.ofWhich
        ? pick(['of which', 'в том числе', 'оның ішінде'])
        : pick(['part', 'часть', 'бөлігі']);
      parts.push(`${part}: ${named.join(', ')}`);
    }
  } else if (!frame.listValues && !frame.absent) {
    parts.push(measures);
  }
  // (The filters after it describe the payments there were none of, counted over all the data.)
  if (frame.absent)
    parts.push(
      pick([
        'the values with none of these payments at all (over all the data)',
        'значения, у которых нет ни одной такой операции (по всем данным)',
        'мұндай бірде-бір операциясы жоқ мәндер (барлық деректер бойынша)',
      ]),
    );
  if (frame.listValues)
    parts.push(pick(['the values that occur', 'встречающиеся значения', 'кездесетін мәндер']));
  if (frame.amountIn === 'original')
    parts.push(pick(['in the original currency', 'в валюте операции', 'бастапқы валютада']));
  if (frame.amountScale !== undefined) {
    const unit = { 1000: 0, 1000000: 1, 1000000000: 2 }[frame.amountScale];
    parts.push(
      pick([
        ['amounts in thousands of tenge', 'amounts in millions of tenge', 'amounts in billions of tenge'][
          unit
        ]!,
        ['суммы в тыс. тенге', 'суммы в млн тенге', 'суммы в млрд тенге'][unit]!,
        ['сомалар мың теңгемен', 'сомалар млн теңгемен', 'сомалар млрд теңгемен'][unit]!,
      ]),
    );
  }
  if (frame.amountIn === 'both')
    parts.push(
      pick([
        'in the original currency and in tenge',
        'в валюте операции и в тенге',
        'бастапқы валютада және теңгемен',
      ]),
    );
  if (frame.dimensions.length > 0) {
    const names = frame.dimensions.map((d) => pick(DIMENSION_NAMES[d])).join(', ');
    // «по» takes the dative plural: «по городам», not «по город».
    const ruNames = frame.dimensions.map((d) => RU_BY_DIMENSION[d]).join(', ');
    parts.push(pick([`by ${names}`, `по ${ruNames}`, `${names} бойынша`]));
  }
  if (frame.sideBySide) parts.push(pick(['side by side', 'рядом', 'қатар']));
  if (frame.alphabetical) parts.push(pick(['alphabetically', 'по алфавиту', 'әліпби бойынша']));
  if (frame.placeOf !== undefined)
    // "the place of Shymkent": among all the groups, largest first.
    parts.push(
      pick([
        `the place of ${frame.placeOf.value} (1 = largest)`,
        `место: ${frame.placeOf.value} (1 — наибольший)`,
        `${frame.placeOf.value} орны (1 — ең үлкені)`,
      ]),
    );
  if (frame.limit !== null && frame.offset !== undefined) {
    // "place 3", "places 4–6" of the ranking, counted from its first.
    const from = frame.offset + 1;
    const to = frame.offset + frame.limit;
    const end = frame.order === 'asc' ? pick([' from the bottom', ' с конца', ' соңынан']) : '';
    parts.push(
      from === to
        ? pick([`place ${from}`, `место ${from}`, `${from}-орын`]) + end
        : pick([`places ${from}–${to}`, `места ${from}–${to}`, `${from}–${to} орындар`]) + end,
    );
  } else if (frame.limit !== null) {
    const word =
      frame.order === 'asc' ? pick(['bottom', 'наименьшие', 'ең азы']) : pick(['top', 'топ', 'топ']);
    parts.push(`${word} ${frame.limit}`);
    // "top 3 in each city": the ranking holds within each group of the other dimensions.
    if (frame.rankedWithin) {
      const groups = frame.dimensions.filter((d) => d !== frame.rankedWithin);
      const names = groups.map((d) => pick(DIMENSION_NAMES[d])).join(', ');
      parts[parts.length - 1] += ` ${pick([
        `${pick(DIMENSION_NAMES[frame.rankedWithin])} in each ${names}`,
        `(${pick(DIMENSION_NAMES[frame.rankedWithin])}) в каждой группе: ${names}`,
        `(${pick(DIMENSION_NAMES[frame.rankedWithin])}) әр топта: ${names}`,
      ])}`;
    }
  }
  if (frame.rankByChange) {
    parts.push(
      frame.rankByChange === 'difference'
        ? pick(['ranked by the difference', 'по разнице', 'айырма бойынша'])
        : pick(['ranked by the change in %', 'по изменению в %', 'өзгеріс (%) бойынша']),
    );
  }
  if (frame.changeSign)
    parts.push(
      frame.changeSign === 'up'
        ? pick(['only those that grew', 'только выросшие', 'тек өскендері'])
        : pick(['only those that fell', 'только снизившиеся', 'тек азайғандары']),
    );
  for (const f of frame.filters) parts.push(filterName(f, pick));
  if (frame.having) {
    const { of, op, value } = frame.having;
    const what = pick(
      {
        sum: ['total', 'сумма', 'сома'],
        count: ['count', 'количество', 'саны'],
        avg: ['average', 'среднее', 'орташа'],
        median: ['median', 'медиана', 'медиана'],
        cards: ['distinct cards', 'уникальные карты', 'бірегей карталар'],
        merchants: ['distinct merchants', 'уникальные мерчанты', 'бірегей мерчанттар'],
      }[of] as [string, string, string],
    );
    parts.push(`${havingGroups(frame, pick)} ${what} ${op} ${value}`);
  }
  if (frame.threshold) {
    const { op, value, unit } = frame.threshold;
    const shown =
      unit === 'percent'
        ? `${value} %`
        : unit === 'tenge'
          ? `${value} ${pick(['tenge', 'тенге', 'теңге'])}`
          : String(value);
    parts.push(`${pick(['set against', 'сравнить с', 'салыстыру:'])} ${op} ${shown}`);
  }
  if (frame.time) parts.push(rangeName(frame.time, pick));
  // ("cards that paid in both October and November": the cards of the period kept by the other.)
  if (frame.overlap) {
    const other = rangeName(frame.overlap.other, pick);
    parts.push(
      frame.overlap.also
        ? pick([
            `also with payments: ${other}`,
            `с операциями и в периоде: ${other}`,
            `сондай-ақ операциялары бар: ${other}`,
          ])
        : pick([
            `with no payments: ${other}`,
            `без операций в периоде: ${other}`,
            `операциясы жоқ: ${other}`,
          ]),
    );
  }
  if (frame.compare) {
    const vs = pick(['vs', 'против', 'қарсы']);
    const shown = {
      both: pick(['both periods', 'оба периода', 'екі кезең']),
      difference: pick([
        'difference (later − earlier)',
        'разница (позднее − раннее)',
        'айырма (кейінгі − ертерек)',
      ]),
      change: pick(['change in %', 'изменение в %', 'өзгеріс, %']),
      with_difference: pick([
        'both periods and the difference',
        'оба периода и разница',
        'екі кезең және айырма',
      ]),
      full: pick([
        'both periods, the difference and the change in %',
        'оба периода, разница и изменение в %',
        'екі кезең, айырма және өзгеріс, %',
      ]),
      all: pick([
        'both periods and the change in %',
        'оба периода и изменение в %',
        'екі кезең және өзгеріс, %',
      ]),
    }[frame.compare.output ?? 'all'];
    parts.push(
      `${rangeName(frame.compare.later, pick)} ${vs} ${rangeName(frame.compare.earlier, pick)}, ${shown}`,
    );
  }
  const text = parts.join(' · ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
