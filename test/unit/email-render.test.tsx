import { render, toPlainText } from '@react-email/render';
import { retryDelayMs } from '@/lib/email/dispatch';
import { renderEmail } from '@/lib/email/render';
import { emailTemplates } from '@/lib/email/templates';
import { EmailLayout } from '@/lib/email/templates/layout';
import { env } from '@/lib/env';

const inquiryProps = {
  advertiserName: 'Léa Martin',
  senderName: 'Paul Durand',
  listingTitle: 'Plomberie et chauffage à Colmar',
  inboxUrl: 'https://jauto-entreprends.fr/espace/demandes',
};

/** French typography: a no-break space before « : ; ! ? » and inside guillemets, never a plain one. */
function expectFrenchTypography(text: string) {
  expect(text).not.toMatch(/ [:;!?»]/);
  expect(text).not.toMatch(/« /);
}

describe('e-mail templates', () => {
  it('renders the test message in French inside the layout', async () => {
    const { html, text } = await renderEmail('test-message', { recipientName: 'Camille' });
    const { SITE_NAME, COMPANY_NAME, COMPANY_ADDRESS } = env();

    expect(html).toContain('lang="fr"');
    expect(html).toContain(SITE_NAME);
    expect(text).toContain('Bonjour Camille,');
    expect(text).toContain('Vous recevez ce message car');
    expect(text).toContain(`${COMPANY_NAME} · ${COMPANY_ADDRESS}`);
    // Transactional mail carries no unsubscribe link.
    expect(text).not.toContain('désinscrire');
    expectFrenchTypography(text);
  });

  it('announces an inquiry without its content, with a link to the inbox', async () => {
    const { html, text } = await renderEmail('inquiry-received', inquiryProps);

    expect(emailTemplates['inquiry-received'].subject(inquiryProps)).toBe('Nouvelle demande de Paul Durand');
    expect(text).toContain('Bonjour Léa Martin,');
    expect(text).toContain('«\u00a0Plomberie et chauffage à Colmar\u00a0»');
    expect(html).toContain(`href="${inquiryProps.inboxUrl}"`);
    expectFrenchTypography(text);
  });

  it('offers a one-click unsubscribe link in newsletter mail', async () => {
    const html = await render(
      <EmailLayout
        preview="Les nouvelles du mois"
        reason="vous êtes inscrit à la lettre d’information."
        category="NEWSLETTER"
        unsubscribeUrl="https://jauto-entreprends.fr/desinscription/abc"
      >
        Contenu
      </EmailLayout>,
    );

    expect(html).toContain('href="https://jauto-entreprends.fr/desinscription/abc"');
    expect(toPlainText(html)).toContain('Se désinscrire en un clic');
    expectFrenchTypography(toPlainText(html));
  });
});

describe('retryDelayMs', () => {
  it('doubles from 30 seconds and caps at one hour', () => {
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(2)).toBe(60_000);
    expect(retryDelayMs(5)).toBe(480_000);
    expect(retryDelayMs(9)).toBe(3_600_000);
  });
});
