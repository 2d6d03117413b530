// Rate limits count per client address: only the entries our own proxies appended to X-Forwarded-For
// are believed, so a client cannot pick a fresh address for every request.
import { clientIp } from '@/lib/auth/request-context';

const headers = (values: Record<string, string>) => new Headers(values);

describe('clientIp (one trusted proxy, the default)', () => {
  it('reads the address the proxy appended, not the one the client wrote before it', () => {
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.66, 198.51.100.7' }))).toBe('198.51.100.7');
  });

  it('reads the only entry when the proxy set the header itself', () => {
    expect(clientIp(headers({ 'x-forwarded-for': '198.51.100.7' }))).toBe('198.51.100.7');
  });

  it('falls back to X-Real-IP, then to nothing', () => {
    expect(clientIp(headers({ 'x-real-ip': '198.51.100.8' }))).toBe('198.51.100.8');
    expect(clientIp(headers({}))).toBeNull();
  });
});
