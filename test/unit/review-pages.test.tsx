// The review pages' content: the policy page states what Code de la consommation L111-7-2 and D111-16
// to D111-19 require (checks and their limits, counterpart, delay, ranking, refusal grounds, editing,
// right of reply, retention), and /avis prefills the code from the QR code's link.
import { renderToStaticMarkup } from 'react-dom/server';

// The forms' server actions reach the database and the request: not what these markup checks are about.
jest.mock('@/lib/reviews/redeem-actions', () => ({ checkReviewCodeAction: jest.fn(), submitReviewAction: jest.fn() }));

import ReviewPolicyPage from '@/app/(public)/avis-verifies/page';
import ReviewRedemptionPage from '@/app/(public)/avis/page';

describe('/avis-verifies', () => {
  const text = renderToStaticMarkup(<ReviewPolicyPage />)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

  it.each([
    ['what the mark checks', /déposé avec un code client à usage unique remis par le professionnel/],
    ['what it does not check', /pas l’achat ni la prestation elle-même/],
    ['no counterpart', /Aucune contrepartie n’est accordée/],
    ['publication delay and a posteriori control', /publié immédiatement.*a posteriori/],
    ['the order and the rating method', /du plus récent au plus ancien.*trier par note.*moyenne simple/],
    ['refusal grounds and telling the author why', /Motifs de refus.*décision motivée/],
    ['no editing by the author, contact only for moderation', /ne peut pas modifier son avis.*informer d’une décision de modération/],
    ['right of reply and free report', /publier gratuitement une réponse.*signaler gratuitement/],
    ['retention', /Durée de conservation/],
    ['the code’s validity', /expire au bout de 90 jours/],
  ])('states %s', (_label, pattern) => {
    expect(text).toMatch(pattern);
  });
});

describe('/avis', () => {
  it('prefills the code from the link and asks for it with « Continuer »', async () => {
    const html = renderToStaticMarkup(await ReviewRedemptionPage({ searchParams: Promise.resolve({ code: 'ABCD-EFGH-JKMN' }) }));
    expect(html).toContain('Code d’évaluation');
    expect(html).toMatch(/name="code"[^>]*value="ABCD-EFGH-JKMN"|value="ABCD-EFGH-JKMN"[^>]*name="code"/);
    expect(html).toContain('Continuer');
  });
});
