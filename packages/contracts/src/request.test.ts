import { describe, expect, it } from 'vitest';
import { feedbackRequestSchema, questionRequestSchema } from './request.js';

/**
 * Text PostgreSQL cannot store (NUL) or that is not Unicode (a lone surrogate) must be refused at the
 * edge with a 400: accepted, it was answered, failed to be recorded, and vanished with the job.
 */
describe('storable text', () => {
  const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
    result.success ? [] : result.error!.issues.map((i) => i.message);

  it('refuses a question with a NUL character or a lone surrogate, naming the problem', () => {
    expect(messages(questionRequestSchema.safeParse({ question: 'How many\u0000 today?' }))).toEqual([
      'question must not contain NUL characters',
    ]);
    // JSON.parse('"\\ud800"') gives exactly such a string.
    expect(
      messages(questionRequestSchema.safeParse({ question: JSON.parse('"How many \\ud800?"') })),
    ).toEqual(['question must be valid Unicode (no lone surrogates)']);
    expect(messages(questionRequestSchema.safeParse({ question: 'end \udc00' }))).toEqual([
      'question must be valid Unicode (no lone surrogates)',
    ]);
  });

  it('accepts ordinary text in every language, emoji (surrogate pairs) included', () => {
    for (const question of ['How many transactions today?', 'Сколько операций вчера?', 'Бүгін қанша? 📈']) {
      expect(questionRequestSchema.safeParse({ question }).success, question).toBe(true);
    }
  });

  it('refuses the same in a feedback comment', () => {
    expect(messages(feedbackRequestSchema.safeParse({ rating: 'bad', comment: 'a\u0000b' }))).toEqual([
      'comment must not contain NUL characters',
    ]);
    expect(feedbackRequestSchema.safeParse({ rating: 'good', comment: 'спасибо 👍' }).success).toBe(true);
  });
});
