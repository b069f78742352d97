import { describe, expect, it } from 'vitest';
import { callerSchema, canSeeTenant } from './caller.js';

const analyst = {
  user_id: 'alice',
  tenant: 'Halyk Bank',
  role: 'analyst',
  time_zone: 'Asia/Almaty',
  request_id: 'req-1',
};

describe('Caller', () => {
  it('accepts an analyst of one bank and an admin of all banks', () => {
    expect(callerSchema.parse(analyst)).toEqual(analyst);
    expect(callerSchema.safeParse({ ...analyst, tenant: '*', role: 'admin' }).success).toBe(true);
  });

  it('refuses an unknown bank, an analyst of every bank and an admin of one bank', () => {
    expect(callerSchema.safeParse({ ...analyst, tenant: 'Nope Bank' }).success).toBe(false);
    expect(callerSchema.safeParse({ ...analyst, tenant: 'halyk bank' }).success).toBe(false);
    expect(callerSchema.safeParse({ ...analyst, tenant: '*' }).success).toBe(false);
    expect(callerSchema.safeParse({ ...analyst, role: 'admin' }).success).toBe(false);
  });

  it('refuses unknown fields, a bad time zone and missing fields', () => {
    expect(callerSchema.safeParse({ ...analyst, bank: 'Kaspi Bank' }).success).toBe(false);
    expect(callerSchema.safeParse({ ...analyst, time_zone: 'Mars/Olympus' }).success).toBe(false);
    expect(callerSchema.safeParse({ ...analyst, user_id: '' }).success).toBe(false);
    expect(callerSchema.safeParse({ ...analyst, user_id: 'a\nb' }).success).toBe(false);
    const { request_id: _r, ...noRequest } = analyst;
    expect(callerSchema.safeParse(noRequest).success).toBe(false);
  });

  it('lets a tenant see its own bank only, and an admin every bank', () => {
    expect(canSeeTenant({ tenant: 'Halyk Bank' }, 'Halyk Bank')).toBe(true);
    expect(canSeeTenant({ tenant: 'Halyk Bank' }, 'Kaspi Bank')).toBe(false);
    expect(canSeeTenant({ tenant: '*' }, 'Kaspi Bank')).toBe(true);
  });
});
