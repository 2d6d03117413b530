// Newsletter messages without a database: signed links (altered ones refused), the issue rendered once
// and personalised per recipient, the limited Markdown (no raw HTML, no script links), Paris time.
import { personalize, recipientLinks, renderIssueTemplate } from '@/lib/newsletters/email';
import { listUnsubscribeHeaders, readSubscriptionToken, subscriptionToken } from '@/lib/newsletters/links';
import { fromParisLocalInput, toParisLocalInput } from '@/lib/newsletters/paris-time';
import { verifyClientSurveyToken } from '@/lib/surveys/links';

const issue = {
  subject: 'Les nouveautés',
  preheader: 'Trois nouveaux métiers',
  listName: 'Clients',
  bodyMarkdown: [
    '# Bonjour',
    '',
    'Voici **les nouveautés** : [le site](https://jauto-entreprends.fr) et [piège](javascript:alert(1)).',
    '',
    '<script>alert(2)</script><img src=x onerror=alert(3)>',
  ].join('\n'),
};

describe('subscription tokens', () => {
  it('name a subscription and an issue, and refuse any alteration', () => {
    const token = subscriptionToken({ subscriptionId: 'cmsub123', issueId: 'cmissue9' });
    expect(readSubscriptionToken(token)).toEqual({ subscriptionId: 'cmsub123', issueId: 'cmissue9' });
    expect(readSubscriptionToken(subscriptionToken({ subscriptionId: 'cmsub123', issueId: null }))).toEqual({
      subscriptionId: 'cmsub123',
      issueId: null,
    });
    expect(readSubscriptionToken(token.replace('cmsub123', 'cmsub124'))).toBeNull();
    expect(readSubscriptionToken(token.replace('cmissue9', '-'))).toBeNull();
    expect(readSubscriptionToken(`${token}x`)).toBeNull();
    expect(readSubscriptionToken('')).toBeNull();
    expect(readSubscriptionToken('a.b')).toBeNull();
  });

  it('make RFC 8058 headers: an HTTPS one-click URL, a mailto, and the One-Click POST marker', () => {
    const headers = listUnsubscribeHeaders({ subscriptionId: 'cmsub123', issueId: 'cmissue9' });
    expect(headers['List-Unsubscribe']).toMatch(/^<https?:\/\/[^>]+\/api\/newsletter\/unsubscribe\?token=[^>]+>, <mailto:[^>]+>$/);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });
});

describe('rendering', () => {
  it('renders the issue once and gives each recipient their own links, escaped in HTML', async () => {
    const template = await renderIssueTemplate(issue);
    const links = recipientLinks({ subscriptionId: 'cmsub123', issueId: 'cmissue9' }, 'lea@exemple.fr');
    expect(links.optOutUrl).toContain('&');
    const { html, text } = personalize(template, links);

    expect(html).not.toContain('destinataire.invalid');
    expect(text).not.toContain('destinataire.invalid');
    expect(html).toContain(`href="${links.preferencesUrl}"`);
    expect(html).toContain(`href="${links.optOutUrl.replaceAll('&', '&amp;')}"`);
    expect(text).toContain(links.optOutUrl);
    expect(text).toContain('Ne plus recevoir de messages commerciaux');
    expect(text).toContain('Gérer mes abonnements');
    expect(html).toContain('Trois nouveaux métiers');
  });

  it('keeps the Markdown limited: no raw HTML, no javascript: link, French spacing', async () => {
    const { html, text } = await renderIssueTemplate(issue);
    expect(html).toContain('<strong>les nouveautés</strong>');
    expect(html).toContain('href="https://jauto-entreprends.fr"');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(text).toContain('nouveautés\u00a0:');
  });
});

describe('survey links', () => {
  it('gives each recipient their own signed link to a survey named in the body', async () => {
    const template = await renderIssueTemplate({ ...issue, bodyMarkdown: 'Votre avis compte : [répondre au sondage](sondage:avis-clients-2026).' });
    const first = personalize(template, recipientLinks({ subscriptionId: 'cmsubA', issueId: 'cmissue9' }, 'a@exemple.fr', ['avis-clients-2026']));
    const second = personalize(template, recipientLinks({ subscriptionId: 'cmsubB', issueId: 'cmissue9' }, 'b@exemple.fr', ['avis-clients-2026']));
    const hrefOf = (html: string) => /href="([^"]*\/sondages\/avis-clients-2026\?t=[^"]+)"/.exec(html)?.[1];
    expect(hrefOf(first.html)).toBeDefined();
    expect(hrefOf(second.html)).toBeDefined();
    expect(hrefOf(first.html)).not.toBe(hrefOf(second.html));
    const token = new URL(hrefOf(first.html)!.replaceAll('&amp;', '&')).searchParams.get('t');
    expect(verifyClientSurveyToken('avis-clients-2026', token)).toBe('cmsubA');
  });
});

describe('Paris time', () => {
  it('reads a datetime-local value as Paris wall-clock time, summer and winter', () => {
    expect(fromParisLocalInput('2026-07-01T09:30')).toEqual(new Date('2026-07-01T07:30:00Z'));
    expect(fromParisLocalInput('2026-12-01T09:30')).toEqual(new Date('2026-12-01T08:30:00Z'));
    expect(toParisLocalInput(new Date('2026-12-01T08:30:00Z'))).toBe('2026-12-01T09:30');
    // 02:30 does not exist on the last Sunday of March in Paris.
    expect(fromParisLocalInput('2027-03-28T02:30')).toBeNull();
    expect(fromParisLocalInput('demain')).toBeNull();
  });
});
