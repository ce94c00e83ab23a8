import { describe, expect, it } from 'vitest';
import { parseHttpDate } from './http-date';

const OCT_2015 = Date.UTC(2015, 9, 21, 7, 28, 0);

describe('parseHttpDate', () => {
  it('reads IMF-fixdate, the form servers send', () => {
    expect(parseHttpDate('Wed, 21 Oct 2015 07:28:00 GMT')).toBe(OCT_2015);
    expect(parseHttpDate('wed, 21 oct 2015 07:28:00 gmt')).toBe(OCT_2015);
    expect(parseHttpDate('  Wed,  21 Oct 2015   07:28:00 GMT ')).toBe(OCT_2015);
  });

  it('reads the obsolete RFC 850 and asctime forms', () => {
    expect(parseHttpDate('Wednesday, 21-Oct-15 07:28:00 GMT')).toBe(OCT_2015);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Wed Oct 21 07:28:00 2015')).toBe(OCT_2015);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
  });

  it.each([
    '120',
    '',
    'tomorrow',
    '2015-10-21T07:28:00Z',
    'Wed, 21 Oct 2015 07:28:00',
    'Wed, 21 Oct 2015 07:28:00 PST',
    'Wed, 31 Feb 2015 07:28:00 GMT',
    'Wed, 21 Foo 2015 07:28:00 GMT',
    'Wed, 21 Oct 2015 25:28:00 GMT',
    'Wed, 21 Oct 2015 07:61:00 GMT',
  ])('refuses %j', (v) => {
    expect(parseHttpDate(v)).toBeUndefined();
  });
});
