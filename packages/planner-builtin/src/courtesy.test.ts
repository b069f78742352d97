import { describe, expect, it } from 'vitest';
import { understandQuestion } from './builtin-planner.js';
import { isCourtesy, withoutCourtesy } from './courtesy.js';
import { sqlLineOf, TEST_CONTEXT } from './passes/testing.js';

describe('a sentence of courtesy in a letter', () => {
  it.each([
    'Hello colleagues, I trust you are keeping well.',
    'Hope you enjoyed a relaxing weekend!',
    'Thanks a million, really appreciated.',
    'Best wishes and have a wonderful evening!',
    'Sorry for the late notice.',
    'Apologies for the short notice!',
    'Would you mind checking?',
    'Уважаемые коллеги, здравствуйте!',
    'Надеюсь, у вас хорошая неделя.',
    'Заранее спасибо за помощь!',
    'Извините за беспокойство.',
    'Құрметті әріптестер, сәлеметсіздер ме!',
    'Көмектескеніңіз үшін алдын ала рахмет!',
  ])('"%s" is set aside', (sentence) => {
    expect(isCourtesy(sentence, false)).toBe(true);
  });

  it.each([['Kind regards, Dana'], ['С уважением, Айгерим'], ['Құрметпен, Ерлан']])(
    '"%s" signs the letter at its end only',
    (sentence) => {
      expect(isCourtesy(sentence, true)).toBe(true);
      expect(isCourtesy(sentence, false)).toBe(false);
    },
  );

  it.each([
    // a period, a value, a number or a measure keeps the sentence in the question
    'Thanks, this week only.',
    'Thanks, only last month please.',
    'Sorry, late evening only.',
    'Hope the Almaty figures are in.',
    'Thanks! Just 2024, please.',
    'Sorry for the delay, exclude refunds.',
    'Спасибо, только за выходные.',
    'Рахмет, тек Алматы.',
    // a period without a wish before it
    'Thanks for the weekend.',
    // no word of courtesy at all
    'Weekends only.',
  ])('"%s" stays', (sentence) => {
    expect(isCourtesy(sentence, true)).toBe(false);
  });

  it('leaves the question between greetings, wishes, thanks and a signature', () => {
    expect(
      withoutCourtesy(
        'Hi all, I hope this email finds you well. How many ATM withdrawals were there in May 2024? Many thanks in advance! Best regards, Timur',
      ),
    ).toBe('How many ATM withdrawals were there in May 2024?');
    // nothing to set aside, or nothing left
    expect(withoutCourtesy('How many ATM withdrawals were there in May 2024?')).toBeNull();
    expect(withoutCourtesy('Hi team! Hope you are well.')).toBeNull();
  });
});

describe('a question written as a letter is answered without its courtesies', () => {
  it.each([
    [
      'Hi team, I hope your week is going well. Our payments desk asked me: how many POS transactions were made in Shymkent in May 2024? Thanks ever so much, have a lovely day! Warm regards, Dana',
      "merchant_city = 'Shymkent'",
    ],
    [
      'Добрый день, коллеги! Надеюсь, у вас всё хорошо. Какая сумма снятий наличных в банкоматах за май 2024 года? Буду очень признательна за помощь!',
      "transaction_type = 'ATM_WITHDRAWAL'",
    ],
    [
      'Сәлеметсіздер ме, әріптестер! 2024 жылғы мамырда ECOM операцияларының саны қанша болды? Көмегіңіз үшін көп рахмет!',
      "transaction_type = 'ECOM'",
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });

  it('keeps a condition said in a sentence of thanks: the question is asked back', () => {
    const u = understandQuestion(
      'Hi team! How many POS transactions were there in May 2024? Thanks, corporate cards only.',
      TEST_CONTEXT,
    );
    expect(u.kind).not.toBe('sql');
  });
});

describe('«очень» (very) is no typo of «осень» (autumn)', () => {
  it('filters no season', () => {
    const line = sqlLineOf('Сумма операций за 2024 год, очень нужно');
    expect(line).toContain("'2024-01-01'");
    expect(line).not.toContain("'2024-09-01'");
  });
});

describe('polite requests: «Не могли бы вы показать …», «… көрсетіп бере аласыздар ма?», «… тізіп жіберсеңіздер»', () => {
  it.each([
    ['Не могли бы вы показать оборот POS-операций за май 2024 года?', "transaction_type = 'POS'"],
    ['Можете ли вы показать количество операций за май 2024 года?', 'count(*)'],
    ['2024 жылы ай бойынша операциялар санын көрсетіп бере аласыздар ма?', "date_trunc('month'"],
    [
      '2024 жылы қай қалаларда ECOM операциялары болды? Қалаларды әліпби бойынша тізіп жіберсеңіздер.',
      'ORDER BY merchant_city',
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('context around a letter\'s question: "It\'s for …" after it, "I need to know" and "one figure" in a lead-in', () => {
  it.each([
    [
      'What was the ECOM turnover in May 2024? This is for our liquidity planning.',
      "transaction_type = 'ECOM'",
    ],
    [
      'Какой средний чек по POS за май 2024 года? Это нужно для настройки лимитов.',
      'avg(transaction_amount_kzt)',
    ],
    [
      'For the planning memo I need to know which cities had more than 1,000 ECOM transactions in 2024.',
      'HAVING count(*) > 1000',
    ],
    [
      'The risk director asked me to check one figure with you: how many ATM withdrawals were there in May 2024?',
      "transaction_type = 'ATM_WITHDRAWAL'",
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });

  it('"one figure" in a lead-in before a breakdown is asked back', () => {
    expect(
      understandQuestion(
        'The risk director asked me to check one figure with you: ATM withdrawals by city in May 2024.',
        TEST_CONTEXT,
      ).kind,
    ).not.toBe('sql');
  });
});

describe('a letter laid out in lines: an address with a name, a signature block, a name alone at the end', () => {
  it.each([
    [
      'Hi Sarah,\n\nPlease send the ECOM turnover for May 2024.\n\nBest wishes,\nSamat Yerlanov\nAcquiring Pricing',
      'Please send the ECOM turnover for May 2024.',
    ],
    [
      'Уважаемый Тимур Маратович!\n\nСколько операций было в мае 2024 года?\n\nОтличной недели!\nСпасибо,\nАсель Нургалиева',
      'Сколько операций было в мае 2024 года?',
    ],
    [
      'Доброго времени суток! Сколько операций было в мае 2024? Гульмира Токтарова',
      'Сколько операций было в мае 2024?',
    ],
  ])('%s', (letter, question) => {
    expect(withoutCourtesy(letter)).toBe(question);
  });

  it.each([
    // a request after thanks is no signature
    ['Thanks in advance. Split by city please', 'Split by city please'],
    // two capitalised words alone with no courtesy around them may be a condition
    ['Total turnover in 2024? Corporate Segment', null],
  ])('%s keeps what may be asked', (letter, rest) => {
    expect(withoutCourtesy(letter)).toBe(rest);
  });
});

describe('a lead-in «Комплаенс уточняет:» in a letter', () => {
  it('is who asks', () => {
    expect(
      sqlLineOf(
        'Уважаемый Тимур Маратович!\n\nКомплаенс уточняет: сколько операций было в мае 2024 года?\n\nОтличной недели!\nСпасибо,\nАсель Нургалиева',
      ),
    ).toContain('count(*)');
  });
});
