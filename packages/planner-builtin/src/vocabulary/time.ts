import type { VocabularyEntry } from '../meaning.js';
import { bucket, e, unit } from './entry.js';

/** Time units, buckets ("monthly"), relative days and periods, month and quarter names, ordinals, weekdays. */
export const TIME_WORDS: readonly VocabularyEntry[] = [
  // ── time units and buckets ──────────────────────────────────────────────────────────────────
  e(
    ['hour', 'hours', 'hr', 'hrs', 'час', 'часа', 'часу', 'часам', 'часов', 'часы', 'часах', 'часом', 'ч'],
    unit('hour'),
  ),
  // «самый загруженный час дня», «по часам дня»: the hour of the day («дня» no day of its own; not «2 часа
  // дня», 2 pm)
  e(['час дня', 'часы дня', 'часам дня', 'часах дня'], unit('hour')),
  e(
    // "30d", «90 дн»: the shorthand after a number
    [
      'day',
      'days',
      'd',
      'дн',
      'день',
      'дня',
      'дню',
      'дням',
      'дней',
      'дни',
      'днях',
      'днями',
      'сутки',
      'суток',
    ],
    unit('day'),
  ),
  e(['week', 'weeks', 'wk', 'wks', 'недел~', 'нед'], unit('week')),
  // Clock words for hours of the day ("between midnight and 6am", "from 10 pm"); "am" is a stop word.
  e(['pm', 'p m'], { kind: 'clock', marker: 'pm' }),
  e(['midnight', 'полночь', 'полуночи', 'полночи'], { kind: 'clock', at: 0 }),
  e(['noon', 'midday', 'полдень', 'полудня'], { kind: 'clock', at: 12 }),
  // "the last 4 full weeks", «последние 6 полных месяцев»: whole units, the current one left out.
  e(['full', 'complete', 'completed', 'whole', 'полн~', 'завершенн~', 'законченн~'], { kind: 'fullUnits' }),
  e(['month', 'months', 'mo', 'mos', 'mth', 'mths', 'месяц~', 'мес'], unit('month')),
  e(['quarter', 'quarters', 'qtr', 'qtrs', 'квартал~', 'кв'], unit('quarter')),
  e(
    [
      'year',
      'years',
      'yr',
      'yrs',
      'год',
      'года',
      'году',
      'годам',
      'годах',
      'годов',
      'годы',
      'годом',
      'лет',
      'г',
      'гг',
    ],
    unit('year'),
  ),
  e(['hourly', 'почасов~', 'ежечасн~'], bucket('hour')),
  // "weekend vs weekday": one row each (the two words apart are merged by the compared-values pass).
  e(
    [
      'weekend vs weekday',
      'weekends vs weekdays',
      'weekday vs weekend',
      'weekdays vs weekends',
      'weekend versus weekday',
      'выходные vs будни',
      'будни vs выходные',
      'выходные и будни',
      'будни и выходные',
    ],
    bucket('weekend'),
  ),
  // («по дате», "by date": a row per day)
  e(
    [
      'daily',
      'day by day',
      'ежедневн~',
      'посуточн~',
      'суточн~',
      'подневн~',
      'дневн~',
      'по дате',
      'по датам',
      'by date',
    ],
    bucket('day'),
  ),
  e(['weekly', 'week by week', 'еженедельн~', 'понедельно', 'понедельн~', 'недельн~'], bucket('week')),
  e(['monthly', 'month by month', 'month over month', 'ежемесячн~', 'помесячн~'], bucket('month')),
  e(['quarterly', 'ежеквартальн~', 'поквартальн~', 'квартальн~'], bucket('quarter')),
  e(['yearly', 'annual', 'annually', 'year by year', 'ежегодн~', 'погодов~'], bucket('year')),

  // ── time ranges ─────────────────────────────────────────────────────────────────────────────
  e(['today', 'сегодня', 'сегодняшн~', 'сегодняшн~ день', 'за сегодня'], {
    kind: 'relativeDay',
    range: 'today',
  }),
  e(['yesterday', 'yday', 'вчера', 'вчерашн~', 'вчерашн~ день', 'за вчера'], {
    kind: 'relativeDay',
    range: 'yesterday',
  }),
  e(['day before yesterday', 'the day before yesterday', 'позавчера', 'позавчерашн~', 'позавчерашн~ день'], {
    kind: 'relativeDay',
    range: 'day_before_yesterday',
  }),
  e(['this', 'current', 'этот', 'эта', 'эту', 'этом', 'этой', 'этого', 'текущ~', 'нынешн~'], {
    kind: 'periodModifier',
    modifier: 'this',
  }),
  e(
    [
      'previous',
      'prior',
      'preceding',
      'прошлый',
      'прошлая',
      'прошлое',
      'прошлые',
      'прошлого',
      'прошлой',
      'прошлом',
      'прошлому',
      'прошлую',
      'прошлым',
      'прошлых',
      'прошлыми',
      'предыдущ~',
      'минувш~',
      'прош', // «за прош мес»: abbreviated
    ],
    { kind: 'periodModifier', modifier: 'previous' },
  ),
  e(['позапрошл~'], { kind: 'periodModifier', modifier: 'previous', back: 2 }),
  e(['last'], { kind: 'periodModifier', modifier: 'last' }),
  // "trailing 365 days", "the trailing 12 months": the last ones, up to now
  e(['trailing', 'the trailing'], { kind: 'periodModifier', modifier: 'last' }),
  e(
    [
      'the same period last year',
      'same period last year',
      'the same period of last year',
      'same period of last year',
      'the same period of the last year',
      'the same period of the previous year',
      'the same year-to-date last year',
      'same year-to-date last year',
      'the same ytd last year',
      'same ytd last year',
      'the same period a year ago',
      'the same period a year earlier',
      'the same stretch of last year',
      // chat shorthand and dates: "same period ly", "the same days last year", «за те же даты прошлого года»
      'same period ly',
      'the same period ly',
      'same period last yr',
      'the same days last year',
      'same days last year',
      'the same dates last year',
      'same dates last year',
      'те же даты прошлого года',
      'тех же дат прошлого года',
      'тот же отрезок в прошлом году',
      'того же отрезка в прошлом году',
      'тот же период в прошлом году',
      'того же периода в прошлом году',
      'тот же период годом ранее',
      'того же периода годом ранее',
      'тот же период прошлого года',
      'тем же периодом прошлого года',
      // «… против того же периода прошлого года», «… к тому же периоду прошлого года»
      'того же периода прошлого года',
      'тому же периоду прошлого года',
      'того же периода год назад',
      'тот же период год назад',
      'того же отрезка прошлого года',
      'тот же отрезок прошлого года',
      'того же отрезка год назад',
      'тот же отрезок год назад',
      'такого же периода прошлого года',
      'такой же период прошлого года',
      'таким же периодом прошлого года',
      'аналогичн~ период~ прошлого года',
    ],
    { kind: 'yearAgo' },
  ),
  e(
    [
      'up to the same date',
      'to the same date',
      'up to the same day',
      'to the same day',
      'through the same date',
      'по ту же дату',
      'на ту же дату',
      'по тот же день',
      'по ту же дату прошлого года',
      'сол күнге дейін',
      'дәл сол күнге дейін',
    ],
    { kind: 'sameDate' },
  ),
  // "each month of that year", «в том же месяце», «сол айда»: the question's own period said again (the
  // English "that month" alone is read by period-pronouns.ts).
  e(['of that year', 'того же года', 'в том же году', 'сол жылы'], { kind: 'periodSaid', unit: 'year' }),
  e(['of that month', 'в том же месяце', 'того же месяца', 'сол айда'], {
    kind: 'periodSaid',
    unit: 'month',
  }),
  e(['of that quarter'], { kind: 'periodSaid', unit: 'quarter' }),
  e(['of that day', 'в тот же день'], { kind: 'periodSaid', unit: 'day' }),
  // "… vs the same period of 2025" (the year named apart: the first period, in that year)
  e(
    [
      'the same period of',
      'the same period in',
      'the same days of',
      'the same days in',
      'the same stretch of',
      'the same stretch in',
      'same period of',
      'same period in',
      // "Nov 10–24, 2026 vs the same dates in 2025", «… и за те же даты 2025 года»
      'the same dates of',
      'the same dates in',
      'same dates of',
      'same dates in',
      'те же даты',
      'тех же дат',
      'теми же датами',
      'тем же датам',
      // "Jan–Nov 2026 vs same period 2025"
      'same period',
      'тот же период',
      'тем же периодом',
      'того же периода',
      'такой же период',
      'таким же периодом',
      'такого же периода',
      'аналогичн~ период~',
    ],
    { kind: 'samePeriod' },
  ),
  e(
    [
      'the same month last year',
      'same month last year',
      'the same month-to-date last year',
      'same month-to-date last year',
      'the same month to date last year',
      'same month to date last year',
      'the same month a year ago',
      'same month a year ago',
      'the same month of last year',
      'the same month a year earlier',
      'тот же месяц годом ранее',
      'того же месяца годом ранее',
      'тот же месяц прошлого года',
      'тем же месяцем прошлого года',
      // «… против того же месяца прошлого года», «в том же месяце прошлого года»
      'того же месяца прошлого года',
      'том же месяце прошлого года',
      'аналогичн~ месяц~ прошлого года',
      'тот же месяц год назад',
      'тем же месяцем год назад',
    ],
    { kind: 'yearAgo', unit: 'month' },
  ),
  e(
    [
      'the same quarter last year',
      'same quarter last year',
      'the same quarter-to-date last year',
      'same quarter-to-date last year',
      'the same quarter to date last year',
      'same quarter to date last year',
      'тот же квартал прошлого года',
      'тем же кварталом прошлого года',
      'того же квартала прошлого года',
      'том же квартале прошлого года',
      // "the same quarter a year earlier", «тот же квартал годом ранее», «өткен жылдың сол тоқсаны»
      'the same quarter a year earlier',
      'the same quarter a year before',
      'the same quarter a year ago',
      'same quarter a year earlier',
      'тот же квартал годом ранее',
      'того же квартала годом ранее',
      'тем же кварталом годом ранее',
      'тот же квартал год назад',
      'өткен жылдың сол тоқсаны',
      'өткен жылдың дәл сол тоқсаны',
      'былтырғы сол тоқсан',
    ],
    { kind: 'yearAgo', unit: 'quarter' },
  ),
  // "last month vs the month before": the period before the other one (of its length).
  e(
    [
      'the month before',
      'the week before',
      'the quarter before',
      'the year before',
      'month before',
      'week before',
      'quarter before',
      'year before',
      'месяцем ранее',
      'месяцем раньше',
      'годом ранее',
      'неделей ранее',
      'кварталом ранее',
      'днем ранее',
    ],
    { kind: 'periodModifier', modifier: 'previous' },
  ),
  // «посл», «псл»: the messenger's «последние».
  e(['past', 'recent', 'последн~', 'прошедш~', 'посл', 'послед', 'псл'], {
    kind: 'periodModifier',
    modifier: 'past',
  }),
  e(
    [
      'quarter to date',
      'qtd',
      'since the start of the quarter',
      'since the beginning of the quarter',
      'since the start of this quarter',
      'since the beginning of this quarter',
      'from the start of the quarter',
      'from the beginning of the quarter',
      'from the start of this quarter',
      'from the beginning of this quarter',
      'с начала квартала',
      'с начала этого квартала',
      'с начала текущего квартала',
      'с начала нынешнего квартала',
    ],
    {
      kind: 'period',
      range: { kind: 'this', unit: 'quarter' },
    },
  ),
  e(
    [
      'year to date',
      'this year to date',
      'ytd',
      'since the start of the year',
      'since the beginning of the year',
      'since the start of this year',
      'since the beginning of this year',
      'from the start of the year',
      'from the beginning of the year',
      'from the start of this year',
      'from the beginning of this year',
      'с начала года',
      'с начала этого года',
      'с начала текущего года',
      'с начала нынешнего года',
    ],
    {
      kind: 'period',
      range: { kind: 'this', unit: 'year' },
    },
  ),
  e(
    [
      'month to date',
      'mtd',
      'since the start of the month',
      'since the beginning of the month',
      'since the start of this month',
      'since the beginning of this month',
      'from the start of the month',
      'from the beginning of the month',
      'from the start of this month',
      'from the beginning of this month',
      'с начала месяца',
      'с начала этого месяца',
      'с начала текущего месяца',
      'с начала нынешнего месяца',
      'с начала мес',
    ],
    {
      kind: 'period',
      range: { kind: 'this', unit: 'month' },
    },
  ),
  e(
    [
      'week to date',
      'since the start of the week',
      'since the beginning of the week',
      'since the start of this week',
      'since the beginning of this week',
      'с начала недели',
      'с начала этой недели',
    ],
    {
      kind: 'period',
      range: { kind: 'this', unit: 'week' },
    },
  ),
  e(['за недел~'], { kind: 'period', range: { kind: 'last_days', n: 7 } }),
  e(['fortnight', 'the past fortnight', 'the last fortnight', 'past fortnight', 'last fortnight'], {
    kind: 'period',
    range: { kind: 'last_days', n: 14 },
  }),
  e(['за месяц'], { kind: 'period', range: { kind: 'last_days', n: 30 } }),
  e(['за квартал'], { kind: 'period', range: { kind: 'last_days', n: 90 } }),
  e(['за год'], { kind: 'period', range: { kind: 'last_days', n: 365 } }),
  e(['полгода', 'half a year', 'six months'], {
    kind: 'period',
    range: { kind: 'last_units', unit: 'month', n: 6 },
  }),
  e(['за сутки'], { kind: 'period', range: { kind: 'last_hours', n: 24 } }),
  e(['since', 'начиная с', 'начиная со', 'с начала', 'since the start of', 'since the beginning of'], {
    kind: 'since',
  }),
  // («декабрьского оборота 2025 года», of December's turnover: the month's adjective names it too)
  e(['january', 'jan', 'январ~', 'январск~', 'янв'], { kind: 'monthName', month: 1 }),
  e(['february', 'feb', 'феврал~', 'февральск~', 'фев', 'февр'], { kind: 'monthName', month: 2 }),
  e(['march', 'mar', 'март~', 'мартовск~', 'мар'], { kind: 'monthName', month: 3 }),
  e(['april', 'apr', 'апрел~', 'апрельск~', 'апр'], { kind: 'monthName', month: 4 }),
  e(['may', 'май', 'мая', 'мае', 'маю'], { kind: 'monthName', month: 5 }),
  e(['june', 'jun', 'июн~', 'июньск~'], { kind: 'monthName', month: 6 }),
  e(['july', 'jul', 'июл~', 'июльск~'], { kind: 'monthName', month: 7 }),
  e(['august', 'aug', 'август~', 'августовск~', 'авг'], { kind: 'monthName', month: 8 }),
  e(['september', 'sep', 'sept', 'сентябр~', 'сентябрьск~', 'сен', 'сент'], { kind: 'monthName', month: 9 }),
  e(['october', 'oct', 'октябр~', 'октябрьск~', 'окт'], { kind: 'monthName', month: 10 }),
  e(['november', 'nov', 'ноябр~', 'ноябрьск~', 'ноя', 'нояб'], { kind: 'monthName', month: 11 }),
  e(['december', 'dec', 'декабр~', 'декабрьск~', 'дек'], { kind: 'monthName', month: 12 }),
  e(['i кв', 'i квартал~'], { kind: 'quarterName', quarter: 1 }),
  e(['ii кв', 'ii квартал~'], { kind: 'quarterName', quarter: 2 }),
  e(['iii кв', 'iii квартал~'], { kind: 'quarterName', quarter: 3 }),
  e(['iv кв', 'iv квартал~'], { kind: 'quarterName', quarter: 4 }),
  // ("q three": a quarter dictated letter by letter)
  e(['q1', 'q one'], { kind: 'quarterName', quarter: 1 }),
  e(['q2', 'q two'], { kind: 'quarterName', quarter: 2 }),
  e(['q3', 'q three'], { kind: 'quarterName', quarter: 3 }),
  e(['q4', 'q four'], { kind: 'quarterName', quarter: 4 }),
  // Named days: labels beside the dates that say when they are (coverage).
  e(
    [
      'nauryz',
      'nauryz holiday~',
      'new year eve',
      'new years eve',
      'new year',
      // "New Year's week (25–31 Dec 2025)", «новогодняя неделя», "Chinese New Year week": the week named
      'new year week',
      'new years week',
      'chinese new year',
      'chinese new year week',
      'lunar new year',
      'новогодн~ недел~',
      'майск~ праздник~',
      'майские',
      'киберпонедельник~',
      'christmas',
      'black friday',
      'cyber monday',
      'payday',
      'pay day',
      'salary day',
      'holiday~',
      'public holiday~',
      // (Kazakh «наурыз» alone is March: the holiday in Russian is named with a word before it.)
      'на наурыз',
      'в наурыз',
      'праздник наурыз',
      'наурыз мейрам~',
      'канун нового года',
      'в канун нового года',
      'новый год',
      'нового года',
      'новогодн~',
      'новогодние дни',
      'новогодних дней',
      'новогодние праздники',
      'черная пятница',
      'черную пятницу',
      'чёрная пятница',
      'чёрную пятницу',
      'день зарплаты',
      'праздник~',
      'праздничн~',
      // Kazakhstan's public days: Independence Day (16 December), International Women's Day (8 March),
      // Republic Day, Unity Day
      'independence day',
      'день независимости',
      "women's day",
      'womens day',
      "international women's day",
      'international womens day',
      'международн~ женск~ день',
      'международн~ женск~ дня',
      'женск~ день',
      'халықаралық әйелдер күні',
      'әйелдер күні',
      'республика күні',
      'день республики',
      'unity day',
      'republic day',
      'день единства',
    ],
    { kind: 'occasion' },
  ),
  // Named shopping days and weeks: labels too.
  e(
    [
      'singles day',
      'черн~ пятниц~',
      'women day',
      'international women day',
      'valentine',
      'valentine day',
      'день влюбленных',
      'дню влюбленных',
      'дня влюбленных',
      'long weekend',
      'длинн~ выходн~',
    ],
    { kind: 'occasion' },
  ),
  // Campaigns and promotions (campaigns.ts): labels of the dates said beside them, with their names.
  e(
    [
      'promo',
      'promos',
      'promo period',
      'promo window',
      'promotion',
      'promotions',
      'promotional period',
      'campaign',
      'campaigns',
      'campaign window',
      'campaign period',
      // "Singles' Day window, Nov 1–11", «Окно 23–29 ноября»: the span of a campaign, named by its dates
      'window',
      'окно',
      // «… доля QR-платежей … за эти даты», "during those dates": the dates said, again
      'эти даты',
      'these dates',
      'those dates',
      // «Кампания продуктового кешбэка, 4–17 мая», «во время кампании 1–15 июня»
      'кампани~',
      // (cashback alone is a product or money paid back, which the table does not hold)
      'cashback promo~',
      'cashback campaign~',
      'cash back promo~',
      'cashback week',
      'flash sale',
      // "during the winter sale, 5–20 Jan", «Зимняя распродажа»
      'winter sale',
      'summer sale',
      'зимн~ распродаж~',
      'летн~ распродаж~',
      'discount week',
      // seasons of shopping that run for weeks
      'back to school',
      // school and summer holidays: seasons too, said by their dates ("over the summer holidays 2025 (1 Jun
      // – 31 Aug)", «в летние каникулы 2026 (1 июня – 31 августа)»)
      'summer holiday~',
      'winter holiday~',
      'school holiday~',
      'summer break',
      'winter break',
      'summer vacation~',
      'каникул~',
      'летн~ каникул~',
      'зимн~ каникул~',
      'школьн~ каникул~',
      'весенн~ каникул~',
      'осенн~ каникул~',
      'black friday week',
      'cyber week',
      'кибернедел~',
      'снова в школу',
      'промо',
      'промо период',
      'промоакци~',
      'акци~',
      'месяц акции',
      'кешбэк акци~',
      'кэшбэк акци~',
      'кешбек акци~',
      'недел~ кешбэк~',
      'распродаж~',
    ],
    { kind: 'occasion', campaign: true },
  ),
  // "during", «во время», «за время», «в период»: when, said by the period beside it.
  e(['во время', 'за время', 'в период', 'в рамках'], { kind: 'stop' }),
  e(['spring', 'весна', 'весной', 'весну', 'весны', 'весенние месяцы'], { kind: 'seasonName', month: 3 }),
  e(['summer', 'лето', 'летом', 'лета', 'летние месяцы'], { kind: 'seasonName', month: 6 }),
  e(['autumn', 'fall', 'осень', 'осенью', 'осени', 'осенние месяцы'], { kind: 'seasonName', month: 9 }),
  e(['h1', '1h'], { kind: 'halfName', half: 1 }),
  e(['h2', '2h'], { kind: 'halfName', half: 2 }),
  e(['half', 'half of the year', 'half of year', 'semester', 'пол'], { kind: 'halfWord' }),
  e(['half year', 'half-year', 'halfyear', 'полугоди~'], { kind: 'halfWord', alone: true }),
  e(['first', '1st', 'перв~', 'very first', 'самая первая', 'самую первую', 'самый первый'], {
    kind: 'ordinal',
    value: 1,
  }),
  e(['second', '2nd', 'втор~'], { kind: 'ordinal', value: 2 }),
  e(['third', '3rd', 'трет~'], { kind: 'ordinal', value: 3 }),
  e(['fourth', '4th', 'четверт~'], { kind: 'ordinal', value: 4 }),
  e(['weekend~', 'on weekends', 'weekend days', 'выходн~', 'выходн~ дн~', 'в выходные', 'в выходн~ дн~'], {
    kind: 'weekdayFilter',
    days: [6, 7],
  }),
  // "weekend and weekday counts": the two sides of the week named together (a split), not "by weekday".
  e(['weekend and weekday', 'weekday and weekend', 'weekends and weekday', 'weekday and weekends'], {
    kind: 'weekdayFilter',
    days: [1, 2, 3, 4, 5, 6, 7],
  }),
  e(
    [
      'weekdays',
      'on weekdays',
      'working days',
      'business days',
      'будн~',
      'будн~ дн~',
      'в будн~ дн~',
      'рабоч~ дн~',
      'в рабоч~ дн~',
    ],
    {
      kind: 'weekdayFilter',
      days: [1, 2, 3, 4, 5],
    },
  ),
  e(['monday~', 'mondays', 'mon', 'понедельник~', 'пн'], { kind: 'weekdayFilter', days: [1] }),
  e(['tuesday~', 'tuesdays', 'tue', 'вторник~', 'вт'], { kind: 'weekdayFilter', days: [2] }),
  e(['wednesday~', 'wednesdays', 'wed', 'среда', 'среду', 'средам', 'среды', 'среде'], {
    kind: 'weekdayFilter',
    days: [3],
  }),
  e(['thursday~', 'thursdays', 'thu', 'четверг~', 'чт'], { kind: 'weekdayFilter', days: [4] }),
  e(['friday~', 'fridays', 'fri', 'пятниц~', 'пятничн~', 'пт'], { kind: 'weekdayFilter', days: [5] }),
  e(['saturday~', 'saturdays', 'sat', 'суббот~', 'субботн~', 'сб'], { kind: 'weekdayFilter', days: [6] }),
  e(['sunday~', 'sundays', 'sun', 'воскресень~', 'воскресн~', 'вс'], { kind: 'weekdayFilter', days: [7] }),
];

/** Words that open a date range: "from 1 March to…", «с 1 по 15 марта», "between Q1 and Q2". */
export const RANGE_OPENERS: readonly string[] = ['from', 'с', 'со', 'between', 'между', 'since'];
/** "as at 30 November", «по состоянию на 30 ноября»: the day a reporting period ends, included. */
export const AS_AT_WORDS: readonly string[] = ['as at', 'as of', 'по состоянию на'];
/** Words that join the two ends of a date range. */
export const RANGE_JOINERS: readonly string[] = [
  'to',
  'till',
  'until',
  'through',
  'по',
  'до',
  'and',
  'и',
  // "2026 as at 30 November", «за 2026 год по состоянию на 30 ноября»: up to and including that day
  ...AS_AT_WORDS,
];
/**
 * Between two periods of a growth question ("growth from Q2 to Q3", «рост с августа на сентябрь»,
 * «с 2025 к 2026», "Sep 2025 -> Sep 2026"): the two are compared, not one range.
 */
export const GROWTH_JOINERS: readonly string[] = ['to', 'к', 'на', '>', 'vs', 'and', 'и'];
/**
 * «выросли с сентября по октябрь» (grew from September to October): the joiner of a range, between two
 * periods only when a word of growth or change is said — "more than" alone keeps it a range («больше, чем
 * …? Период — с июня по ноябрь»).
 */
export const RANGE_GROWTH_JOINERS: readonly string[] = ['по'];
/** Joiners that make a range without an opener: "March to May", «1 по 15 марта». */
export const RANGE_CLOSERS: readonly string[] = [
  'по',
  'до',
  'to',
  'till',
  'until',
  'through',
  ...AS_AT_WORDS,
];
/** Before a date: from that date on ("since March", «с марта»). */
/** Words for a distribution («распределение по часам»): by hour then means hour of the day. Prefixes. */
export const DISTRIBUTION_STEMS: readonly string[] = [
  'distribution',
  'distributed',
  'spread',
  'распределя',
  'распределени',
  'бөлініс',
  'бөліну',
  'таралу',
];
/** Openers after which "and" / «и» closes a range of days ("between 1 and 15 Sept"). */
export const BETWEEN_WORDS: readonly string[] = ['between', 'между'];
/** Words that end a range whose start is not named ("until 15 November", «до ноября»). */
export const OPEN_END_WORDS: readonly string[] = [
  'till',
  'until',
  'through',
  'before',
  'до',
  'перед',
  ...AS_AT_WORDS,
];
export const SINCE_WORDS: readonly string[] = ['since', 'с', 'со'];
/**
 * Words that make a day and month of no year a time of day instead ("at 10.05", "10.05 pm", «18.05
 * вечера»): the tokenizer leaves such a «10.05» a number, which nothing reads as a date.
 */
export const CLOCK_WORDS_BEFORE: readonly string[] = ['at'];
export const CLOCK_WORDS_AFTER: readonly string[] = [
  'am',
  'pm',
  'утра',
  'дня',
  'вечера',
  'ночи',
  'часов',
  'ч',
];
/** Days in the plural as the rows a condition keeps: "Days in October with fewer than …", «Дни ноября, где …», «… болған күндер». */
export const PLURAL_DAYS: readonly string[] = ['days', 'дни', 'күндер', 'күндері'];
/** The hour in the singular: "Was 18 the busiest hour?", «сағат 19 болды ма?» (the hour asked about). */
export const SINGULAR_HOUR: readonly string[] = ['hour', 'час', 'сағат', 'сағаты'];
/**
 * Days, weeks and months in the form that is counted ("how many days", «сколько дней», «күндер саны»),
 * not the singular of "per day" / «в день» or of a label («Ай және саны», the month and the count).
 */
export const COUNTED_PERIOD_WORDS: readonly string[] = [
  'days',
  'weeks',
  'months',
  'дней',
  'недель',
  'месяцев',
  'күндер',
  'апталар',
  'айлар',
];
/** Kazakh counts the singular after its question word: «неше күн», «қанша ай». */
export const KAZAKH_COUNTED_SINGULAR: readonly string[] = ['күн', 'апта', 'ай'];
/** Words for a day as a label: "the date and the count", «Дата и количество». */
export const DATE_WORDS: readonly string[] = ['date', 'dates', 'дата', 'даты', 'датой', 'күні', 'күн'];
/** Kazakh «күнгі», «күні» (of the day) right after a day's date: «5 қарашасы күнгі сома». */
export const DAY_OF_DATE_WORDS: readonly string[] = ['күнгі', 'күні'];
/** «г» is «год» after a year («2025 г») and «город» before a city («г. Алматы»): used up when no date took it. */
export const YEAR_ABBREVIATIONS: readonly string[] = ['г', 'гг'];
/** Before a unit, "per" as a plain word: "a day", «в день», «за день», «на день». */
export const PER_STOPS: readonly string[] = ['a', 'an', 'в', 'за', 'на'];
/**
 * Stems of Russian averages with their unit in the word: «среднедневной», «среднесуточный»,
 * «среднемесячный».
 */
export const AVERAGE_PER_UNIT: ReadonlyArray<readonly [string, 'hour' | 'day' | 'week' | 'month']> = [
  ['среднедневн', 'day'],
  ['среднесуточн', 'day'],
  ['средненедельн', 'week'],
  ['среднемесячн', 'month'],
];
/**
 * Monday and Sunday by name, in a note on how weekdays are numbered: "(1 = Monday … 7 = Sunday)",
 * «(пн=1 … вс=7)».
 */
export const MONDAY_NAMES: readonly string[] = ['monday', 'mon', 'понедельник', 'пн', 'дүйсенбі'];
export const SUNDAY_NAMES: readonly string[] = ['sunday', 'sun', 'воскресенье', 'вс', 'жексенбі'];
/** Words of a note on how weekdays are numbered: "ISO weekday", "isodow". */
export const NUMBERING_NOTE_WORDS: readonly string[] = ['iso', 'isodow'];
/** "in order" of the numbers after a whole cycle: «1–31 ретімен» (in the order 1–31). */
export const CYCLE_ORDER_WORDS: readonly string[] = ['ретімен'];
/** "to today", «по сегодня», «бүгінге дейін»: the end of a period that runs up to now. */
export const TO_TODAY: readonly string[] = [
  'to today',
  'to now',
  'until today',
  'till today',
  'up to today',
  'through today',
  'up until today',
  'по сегодня',
  'по сегодняшний день',
  'по сегодняшнее число',
  'до сегодня',
  'до сегодняшнего дня',
  'до сегодняшнего числа',
  'бүгінге дейін',
  'бүгінгі күнге дейін',
  // «жыл басынан бүгінге дейінгі транзакциялар» (the transactions from the year's start up to today)
  'бүгінге дейінгі',
  'бүгінгі күнге дейінгі',
];
/** After a date: up to now ("Q1 2025 to date", «по сей день»). */
export const TO_DATE: readonly string[] = [
  'to date',
  'until now',
  'up to now',
  'по сей день',
  'till now',
  'till date',
  // "from 1 November to today", «с начала года по сегодня», «жыл басынан бүгінге дейін»
  ...TO_TODAY,
  // "from 1 November onwards", "1 Nov or later", «с 1 ноября и далее»: from that day on, not that day
  'onwards',
  'onward',
  'or later',
  'and later',
  'и далее',
  'и позже',
  'или позже',
];
/** "fall" before "under" / "between": the verb, not the season. */
export const FALL_VERB: readonly string[] = ['fall'];

/** "fall" the season, which after a superlative is a drop (difference-words.ts). */
export const FALL_SEASON: readonly string[] = ['fall', 'falls'];

/** Auxiliaries that open a yes/no question of a change: "did it fall", "has it dropped" (difference-words.ts). */
export const CHANGE_AUXILIARIES: readonly string[] = ['did', 'does', 'do', 'has', 'have', 'had', 'will'];
/** Bare verbs of a change after such an auxiliary: "did it fall / drop / decline / shrink / dip / climb". */
export const CHANGE_VERBS_AFTER_AUXILIARY: readonly string[] = [
  'fall',
  'drop',
  'decline',
  'shrink',
  'dip',
  'climb',
];
/** "yesterday vs the day before": "before" after "day" ending its clause is the day before the other (difference-words.ts). */
export const DAY_BEFORE: readonly [day: string, before: string] = ['day', 'before'];
/** Words before "fall" that keep it the season: "this fall", "in the fall", "last fall". */
export const PERIOD_DETERMINERS: readonly string[] = [
  'the',
  'this',
  'that',
  'last',
  'next',
  'previous',
  'past',
  'in',
  'of',
  'during',
  'each',
  'every',
];
/** «к» between two periods: "from … to" after «с», "against" otherwise. */
export const RELATIVE_JOINERS: readonly string[] = ['к'];
/** "from", «с», «от» before the first of two periods: a «к» after it joins "from … to". */
export const FROM_WORDS: readonly string[] = ['с', 'со', 'from', 'от'];
/** Joiners of two compared periods that do not say which comes first. */
export const UNORDERED_JOINERS: readonly string[] = ['vs', 'and', 'и'];
/** Quarters in Roman numerals, first to fourth. */
export const ROMAN_QUARTERS: readonly string[] = ['i', 'ii', 'iii', 'iv'];
/** «дейін» (until), «дейінгі» (of the period until): after a date, or after an hour and its case ending. */
export const KAZAKH_UNTIL: readonly string[] = ['дейін', 'дейінгі'];

/** The first payment of a kind, its time asked: "the first Samsung Pay payment", «первая операция», «алғашқы төлем». */
export const FIRST_PAYMENT_WORDS: readonly string[] = [
  'first',
  'earliest',
  'первая',
  'первой',
  'первую',
  'первый',
  'первого',
  'самая ранняя',
  'very first',
  'самая первая',
  'самую первую',
  'самый первый',
  'алғашқы',
  'ең алғашқы',
  'ең бірінші',
  'бірінші',
];

/** The last payment of a kind, its time asked: "the last", "the latest", «последняя операция», «соңғы төлем». */
export const LAST_PAYMENT_WORDS: readonly string[] = [
  'last',
  'latest',
  'последняя',
  'последней',
  'последнюю',
  'последний',
  'последнего',
  'соңғы',
  'ең соңғы',
];

/** "that month", "during the month", "the month's total": the question's own period named again (passes/period-pronouns.ts). */
export const PERIOD_PRONOUNS: readonly string[] = ['that', 'the'];

/** "the most recent transaction": «recent» after a word of the most, the last one. */
export const RECENT_WORDS: readonly string[] = ['recent'];

/** After "last" / "first": "the last time", «последний раз», «соңғы рет» — once, the time of it. */
export const TIME_OF_ONCE: readonly string[] = ['time', 'раз', 'рет'];

/** Asking for when one payment happened: "when", «когда», «уақыты» (its time), "date". */
export const PAYMENT_TIME_WORDS: readonly string[] = [
  'when',
  'time',
  'date',
  'timestamp',
  'timestamps',
  'когда',
  'время',
  'дата',
  'дату',
  'қашан',
  'қашанғы',
  'уақыт',
  'уақыты',
  'датасы',
];
