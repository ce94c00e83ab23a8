import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curlCommand, shellQuote } from './curl';
import { REDACTED } from './redact';
import { shellWords } from '../../../test/fakes/shell-words';

const HAS_SH = existsSync('/bin/sh');

/** Runs the command in a real POSIX shell with `curl` replaced by a function that prints its arguments. */
function argsSeenByShell(cmd: string): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${cmd}\n`;
  const out = execFileSync('/bin/sh', ['-c', script], { encoding: 'utf8', timeout: 5000 });
  return out.split('\0').slice(0, -1);
}

describe('curlCommand', () => {
  it('omits -X for GET, uses -I for HEAD and -X for the rest', () => {
    expect(curlCommand({ method: 'GET', url: 'https://example.com/a' })).toBe("curl 'https://example.com/a'");
    expect(curlCommand({ method: 'HEAD', url: 'https://example.com/a' })).toBe("curl -I 'https://example.com/a'");
    expect(curlCommand({ method: 'POST', url: 'https://example.com/a' })).toBe("curl -X POST 'https://example.com/a'");
    expect(curlCommand({ method: 'DELETE', url: 'https://example.com/a' })).toBe(
      "curl -X DELETE 'https://example.com/a'",
    );
  });

  it('defaults an empty or junk method to GET', () => {
    expect(curlCommand({ method: '', url: 'https://e.example/' })).toBe("curl 'https://e.example/'");
    expect(curlCommand({ method: ' \n', url: 'https://e.example/' })).toBe("curl 'https://e.example/'");
  });

  it('redacts the URL and turns off globbing for the marker', () => {
    expect(curlCommand({ method: 'GET', url: 'https://u:p@example.com/x?token=abc&v=1' })).toBe(
      `curl -g 'https://${REDACTED}@example.com/x?token=${REDACTED}&v=1'`,
    );
  });

  it('turns off globbing for IPv6 hosts and braces', () => {
    expect(curlCommand({ method: 'GET', url: 'http://[::1]:8080/' })).toBe("curl -g 'http://[::1]:8080/'");
    expect(curlCommand({ method: 'GET', url: 'https://e.example/{a,b}' })).toBe("curl -g 'https://e.example/{a,b}'");
  });

  it('escapes single quotes the POSIX way', () => {
    expect(curlCommand({ method: 'GET', url: "https://e.example/it's" })).toBe("curl 'https://e.example/it'\\''s'");
  });

  it('percent-encodes newlines and control characters so the command stays one line', () => {
    const cmd = curlCommand({ method: 'GET', url: 'https://e.example/a\nrm -rf ~\r\u0000\u001b[31m\u2028\u202e' });
    expect(cmd).toBe("curl -g 'https://e.example/a%0Arm -rf ~%0D%00%1B[31m%E2%80%A8%E2%80%AE'");
    expect(cmd).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(curlCommand({ method: 'GET', url: 'https://e.example/\ud800x' })).toBe(
      "curl 'https://e.example/%EF%BF%BDx'",
    );
  });

  it('passes a URL starting with - through --url, not as an option', () => {
    expect(curlCommand({ method: 'GET', url: '-o/tmp/evil' })).toBe("curl --url '-o/tmp/evil'");
  });

  it('quotes a strange method and drops characters no method can have', () => {
    expect(curlCommand({ method: "PO'ST", url: 'https://e.example/' })).toBe(
      "curl -X 'PO'\\''ST' 'https://e.example/'",
    );
    expect(curlCommand({ method: 'GET; rm -rf /', url: 'https://e.example/' })).toBe(
      "curl -X GETrm-rf 'https://e.example/'",
    );
  });

  const HOSTILE = [
    "https://e.example/'; rm -rf / #",
    'https://e.example/`id`',
    'https://e.example/$(id)',
    'https://e.example/${HOME}',
    'https://e.example/a\nid\n',
    "https://e.example/'\"'\"'",
    "https://e.example/?q=a'&&id||'",
    'https://e.example/\\',
    "'",
    "''",
    '',
  ];

  it.each(HOSTILE)('keeps %j a single inert argument', (url) => {
    const words = shellWords(curlCommand({ method: 'POST', url })).filter((w) => w !== '-g');
    expect(words.slice(0, 3)).toEqual(['curl', '-X', 'POST']);
    expect(words).toHaveLength(4);
    expect(words[3]).toBe(url.replace(/\n/g, '%0A'));
  });

  it.skipIf(!HAS_SH).each(HOSTILE)('a real shell sees %j as one argument and runs nothing', (url) => {
    const payload = url.replace('rm -rf /', 'echo INJECTED').replace(/id/g, 'echo INJECTED');
    const args = argsSeenByShell(curlCommand({ method: 'PUT', url: payload }));
    expect(args.filter((a) => a !== '-g')).toEqual(['-X', 'PUT', payload.replace(/\n/g, '%0A')]);
  });

  it('is parsed back to the same arguments for any URL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('GET', 'POST', 'HEAD', 'OPTIONS'), (url, method) => {
        const cmd = curlCommand({ method, url });
        expect(cmd).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        const words = shellWords(cmd);
        expect(words[0]).toBe('curl');
        expect(words.length).toBeLessThanOrEqual(6);
      }),
      { numRuns: 500 },
    );
  });
});

describe('shellQuote', () => {
  it('leaves safe words bare and quotes everything else', () => {
    expect(shellQuote('POST')).toBe('POST');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote('$(x)')).toBe("'$(x)'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('~')).toBe("'~'");
  });
});
