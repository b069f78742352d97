import { type Logger, pino } from 'pino';

export type { Logger };

/** JSON logs to stdout; secrets in common places are redacted. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: {
      paths: [
        'req.headers.authorization',
        '*.apiKey',
        '*.password',
        'config.GEMINI_API_KEY',
        'config.OPENAI_API_KEY',
      ],
      censor: '[redacted]',
    },
  });
}
