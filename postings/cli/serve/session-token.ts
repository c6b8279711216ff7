import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The header a non-browser client may send instead of the cookie. */
export const TOKEN_HEADER = 'x-posting-desk-token';

/** 256 random bits, URL-safe. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Cookies are shared by every port of 127.0.0.1, so the name carries the port: two servers never clobber each other. */
export function cookieName(port: number): string {
  return `posting-desk-${port}`;
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export function tokensMatch(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether the request carries the token in our cookie or in the token header. */
export function isAuthorized(headers: IncomingHttpHeaders, port: number, token: string): boolean {
  const header = headers[TOKEN_HEADER];
  if (typeof header === 'string' && tokensMatch(header, token)) return true;
  return readCookie(headers.cookie, cookieName(port)).some((value) => tokensMatch(value, token));
}

/** Every value of one cookie (a browser may send the same name twice). */
function readCookie(header: string | undefined, name: string): string[] {
  if (header === undefined) return [];
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals !== -1 && pair.slice(0, equals).trim() === name) values.push(pair.slice(equals + 1).trim());
  }
  return values;
}
