// A review is shown as plain text: markup typed by its author, or by the professional in a reply, is
// escaped (never HTML, never a link), and the « Avis vérifié » mark says what it checks and links to
// the review policy. An anonymised review shows « Client anonymisé ».
import { renderToStaticMarkup } from 'react-dom/server';
import { ReviewItem } from '@/components/reviews/review-item';
import type { PublicReview } from '@/lib/listings/queries';

const ATTACK = '<script>alert(1)</script><img src=x onerror=alert(2)> https://exemple.fr';

const review: PublicReview = {
  id: 'r1',
  authorName: 'Marie D.',
  rating: 5,
  title: '<b>Titre</b>',
  body: ATTACK,
  experienceDate: new Date('2026-11-20T00:00:00Z'),
  publishedAt: new Date('2026-11-25T10:00:00Z'),
  createdAt: new Date('2026-11-25T10:00:00Z'),
  reply: { body: '<a href="javascript:alert(3)">merci</a>', createdAt: new Date('2026-11-26T10:00:00Z') },
};

describe('ReviewItem', () => {
  const html = renderToStaticMarkup(<ReviewItem review={review} />);

  it('escapes every user-written text and makes no link of a URL', () => {
    expect(html).not.toMatch(/<script|<img|<b>|href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toContain('href="https://exemple.fr"');
    expect(html).toContain('&lt;a href=&quot;javascript:alert(3)&quot;&gt;merci&lt;/a&gt;');
  });

  it('shows both dates and the « Avis vérifié » mark with its meaning, linking to the policy page', () => {
    expect(html).toContain('Avis du 25\u00a0novembre\u00a02026');
    expect(html).toContain('expérience du 20\u00a0novembre\u00a02026');
    expect(html).toMatch(/<a[^>]+href="\/avis-verifies"[^>]*>.*Avis vérifié/);
    expect(html).toContain('Déposé avec un code client à usage unique remis par le professionnel');
    expect(html).toContain('id="avis-r1"');
  });

  it('shows an anonymised author as such', () => {
    const anonymous = renderToStaticMarkup(<ReviewItem review={{ ...review, authorName: 'Client anonymisé' }} />);
    expect(anonymous).toContain('Client anonymisé');
  });
});
