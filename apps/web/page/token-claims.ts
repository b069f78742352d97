/** What the page shows about a token: read from its payload, not verified (the API does that). */
export interface TokenClaims {
  sub: string;
  bank: string | null;
  admin: boolean;
  /** Milliseconds since the epoch, or null when the token has no readable `exp`. */
  expiresAt: number | null;
}

/** The claims of a JWT, or null when the text is not one. */
export function readTokenClaims(token: string): TokenClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) =>
      c.charCodeAt(0),
    );
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    return {
      sub: typeof claims.sub === 'string' ? claims.sub : '?',
      bank: typeof claims.bank === 'string' ? claims.bank : null,
      admin: claims.role === 'admin',
      expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : null,
    };
  } catch {
    return null;
  }
}

/** Whether the token will have expired `marginMs` from `now`. */
export const isExpired = (claims: TokenClaims | null, now: number, marginMs = 0): boolean =>
  claims?.expiresAt != null && claims.expiresAt - marginMs <= now;
