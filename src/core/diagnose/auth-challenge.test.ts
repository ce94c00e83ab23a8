import { describe, expect, it } from 'vitest';
import { parseFirstChallenge } from './auth-challenge';

const parse = (v: string) => {
  const c = parseFirstChallenge(v);
  return c && { scheme: c.scheme, params: { ...c.params }, ...(c.token68 ? { token68: c.token68 } : {}) };
};

describe('parseFirstChallenge', () => {
  it('reads Basic with a realm', () => {
    expect(parse('Basic realm="Secure Area"')).toEqual({ scheme: 'Basic', params: { realm: 'Secure Area' } });
  });

  it('reads every Bearer parameter (RFC 6750)', () => {
    expect(
      parse('Bearer realm="example", error="invalid_token", error_description="The access token expired"'),
    ).toEqual({
      scheme: 'Bearer',
      params: { realm: 'example', error: 'invalid_token', error_description: 'The access token expired' },
    });
    expect(parse('Bearer error="insufficient_scope", scope="read write"')).toEqual({
      scheme: 'Bearer',
      params: { error: 'insufficient_scope', scope: 'read write' },
    });
  });

  it('reads a scheme alone and a token68', () => {
    expect(parse('Negotiate')).toEqual({ scheme: 'Negotiate', params: {} });
    expect(parse('Negotiate YIIGkwYGKwYBBQUCoII=')).toEqual({
      scheme: 'Negotiate',
      params: {},
      token68: 'YIIGkwYGKwYBBQUCoII=',
    });
    expect(parse('NTLM')).toEqual({ scheme: 'NTLM', params: {} });
  });

  it('reads Digest with tokens and quoted strings', () => {
    expect(parse('Digest realm="x", qop="auth", nonce="abc", algorithm=SHA-256, stale=FALSE')).toEqual({
      scheme: 'Digest',
      params: { realm: 'x', qop: 'auth', nonce: 'abc', algorithm: 'SHA-256', stale: 'FALSE' },
    });
  });

  it('unescapes quoted-pairs', () => {
    expect(parse('Basic realm="a\\"b"')?.params).toEqual({ realm: 'a"b' });
    expect(parse('Basic realm="back\\\\slash, and comma"')?.params).toEqual({ realm: 'back\\slash, and comma' });
  });

  it('takes the first of several challenges in one value', () => {
    expect(parse('Basic realm="a", Bearer realm="b", error="invalid_token"')).toEqual({
      scheme: 'Basic',
      params: { realm: 'a' },
    });
    expect(parse('Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"')).toEqual({
      scheme: 'Newauth',
      params: { realm: 'apps', type: '1', title: 'Login to "apps"' },
    });
    expect(parse('Negotiate, NTLM')).toEqual({ scheme: 'Negotiate', params: {} });
    expect(parse('Negotiate abc==, NTLM')?.token68).toBe('abc==');
  });

  it('tolerates odd spacing, case, empty list elements and repeated names', () => {
    expect(parse(' , bearer   REALM = "x" ,, Error=invalid_token , error="second"')).toEqual({
      scheme: 'Bearer',
      params: { realm: 'x', error: 'invalid_token' },
    });
  });

  it('keeps what came of a value cut short', () => {
    expect(parse('Bearer realm="example", error_description="The access tok…')?.params).toEqual({
      realm: 'example',
      error_description: 'The access tok…',
    });
    expect(parse('Bearer realm=')).toEqual({ scheme: 'Bearer', params: {}, token68: 'realm=' });
  });

  it('returns nothing without a scheme, and never throws', () => {
    expect(parse('')).toBeUndefined();
    expect(parse(' , ')).toBeUndefined();
    expect(parse('"quoted"')).toBeUndefined();
    const odd = parseFirstChallenge('Basic realm="__proto__", __proto__="x", constructor=y');
    expect(Object.entries(odd?.params ?? {})).toEqual([
      ['realm', '__proto__'],
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });

  it('turns control characters into spaces', () => {
    expect(parse('Basic realm="a\u0007b\nc"')?.params).toEqual({ realm: 'a b c' });
  });
});

describe('parseFirstChallenge with hostile scheme names', () => {
  it('keeps them as plain text', () => {
    expect(parseFirstChallenge('constructor realm="x"')?.scheme).toBe('constructor');
    expect(parseFirstChallenge('__proto__')?.scheme).toBe('__proto__');
    expect(parseFirstChallenge('toString')?.scheme).toBe('toString');
  });
});
