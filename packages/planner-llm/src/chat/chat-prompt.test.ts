import { describe, expect, it } from 'vitest';
import { buildChatPrompt, CHAT_HISTORY_TURNS } from './chat-prompt.js';

describe('buildChatPrompt', () => {
  it('asks for a short reply in the message’s language, with no figures', () => {
    for (const [language, name] of [
      ['en', 'English'],
      ['ru', 'Russian'],
      ['kk', 'Kazakh'],
    ] as const) {
      const { system } = buildChatPrompt({ message: 'hi', language, history: [] });
      expect(system).toContain(`in ${name}`);
      expect(system).toMatch(/never state a figure/);
    }
  });

  it('sends the last turns as the conversation, clipped, then the message', () => {
    const history = Array.from({ length: CHAT_HISTORY_TURNS + 2 }, (_, i) => ({
      message: `m${i}`,
      reply: i === CHAT_HISTORY_TURNS + 1 ? 'r'.repeat(2_000) : `r${i}`,
    }));
    const { messages } = buildChatPrompt({ message: 'thanks', language: 'en', history });
    expect(messages).toHaveLength(CHAT_HISTORY_TURNS * 2 + 1);
    expect(messages[0]).toEqual({ role: 'user', text: 'm2' });
    expect(messages.at(-2)?.text.length).toBeLessThanOrEqual(500);
    expect(messages.at(-1)).toEqual({ role: 'user', text: 'thanks' });
  });
});
