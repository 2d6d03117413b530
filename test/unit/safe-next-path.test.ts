// After signing in, `next` may only lead back into this site: every way a browser would read it as
// another site's address falls back to the advertiser's space.
import { safeNextPath } from '@/lib/auth/next-path';

describe('safeNextPath', () => {
  it('keeps local paths with their query and fragment', () => {
    expect(safeNextPath('/espace/annonce')).toBe('/espace/annonce');
    expect(safeNextPath('/admin/annonceurs?page=2#liste')).toBe('/admin/annonceurs?page=2#liste');
  });

  it('falls back when there is nothing to come back to', () => {
    expect(safeNextPath(undefined)).toBe('/espace/compte');
    expect(safeNextPath(null, '/admin')).toBe('/admin');
    expect(safeNextPath('')).toBe('/espace/compte');
  });

  it.each([
    ['an absolute URL', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash read as a slash', '/\\evil.example'],
    ['a tab that browsers drop', '/\t/evil.example'],
    ['a line break that browsers drop', '/\n/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'espace'],
  ])('refuses %s', (_, next) => {
    expect(safeNextPath(next)).toBe('/espace/compte');
  });
});
