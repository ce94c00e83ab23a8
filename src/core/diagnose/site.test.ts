import { describe, expect, it } from 'vitest';
import { siteOf } from './site';

describe('siteOf', () => {
  it.each([
    ['example.com', 'example.com'],
    ['www.example.com', 'example.com'],
    ['a.b.c.example.com', 'example.com'],
    ['WWW.Example.COM.', 'example.com'],
    ['shop.example.co.uk', 'example.co.uk'],
    ['example.co.uk', 'example.co.uk'],
    ['cdn.example.com.au', 'example.com.au'],
    ['www.example.co.jp', 'example.co.jp'],
    ['alice.github.io', 'alice.github.io'],
    ['docs.alice.github.io', 'alice.github.io'],
    ['github.io', 'github.io'],
    ['my-app-1234.herokuapp.com', 'my-app-1234.herokuapp.com'],
    ['preview-abc.vercel.app', 'preview-abc.vercel.app'],
    ['site.netlify.app', 'site.netlify.app'],
    ['proj.pages.dev', 'proj.pages.dev'],
    ['proj.web.app', 'proj.web.app'],
    ['proj.firebaseapp.com', 'proj.firebaseapp.com'],
    ['d111111abcdef8.cloudfront.net', 'd111111abcdef8.cloudfront.net'],
    ['my-bucket.s3.amazonaws.com', 'my-bucket.s3.amazonaws.com'],
    ['s3.amazonaws.com', 's3.amazonaws.com'],
    ['other.amazonaws.com', 'amazonaws.com'],
    ['192.168.1.10', '192.168.1.10'],
    ['[::1]', '[::1]'],
    ['[2001:db8::1]', '[2001:db8::1]'],
    ['localhost', 'localhost'],
    ['intranet', 'intranet'],
    ['', ''],
  ])('%j -> %j', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });
});
