// The French frame shared by every e-mail: brand header, why the recipient gets it, company footer.
import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';
import { env } from '@/lib/env';

/**
 * The site's palette (tailwind.config.ts), as literal values: mail clients ignore stylesheets, so
 * every style is inline. White on brand-700/800 passes WCAG AA.
 */
export const emailColors = {
  brand: '#1f4f8f', // brand-700
  brandDark: '#1e3a66', // brand-800
  accent: '#e8701a', // accent-500, a thin decorative rule only (not a text colour)
  ink: '#1a1f27', // ink-900
  muted: '#5b6472', // ink-600
  border: '#dadee5', // ink-200
  background: '#f6f7f9', // ink-50
  surface: '#ffffff',
} as const;

const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

export const emailStyles = {
  paragraph: { fontSize: '16px', lineHeight: '24px', color: emailColors.ink, margin: '0 0 16px' },
  button: {
    display: 'inline-block',
    backgroundColor: emailColors.brand,
    color: '#ffffff',
    fontSize: '16px',
    fontWeight: 600,
    textDecoration: 'none',
    padding: '12px 20px',
    borderRadius: '6px',
  },
} satisfies Record<string, CSSProperties>;

type LayoutProps = {
  /** The line mail clients show next to the subject. */
  preview: string;
  /** Ends the sentence « Vous recevez ce message car … », e.g. « vous avez créé un compte sur … ». */
  reason: string;
  children: ReactNode;
} & (
  | { category?: 'TRANSACTIONAL' }
  // Marketing mail must always offer a one-click way out (CNIL, RFC 8058 headers are set by the sender).
  | {
      category: 'NEWSLETTER';
      unsubscribeUrl: string;
      /** Every list of the address, unsubscribe from one or all (newsletters). */
      preferencesUrl?: string;
      /** « Ne plus recevoir de messages commerciaux » (CPCE L34-5), for any sender of the site. */
      optOutUrl?: string;
    }
);

export function EmailLayout(props: LayoutProps) {
  const { SITE_NAME, APP_URL, COMPANY_NAME, COMPANY_ADDRESS } = env();
  return (
    <Html lang="fr" dir="ltr">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: emailColors.background, fontFamily, margin: 0, padding: '24px 0' }}>
        <Container
          style={{
            backgroundColor: emailColors.surface,
            border: `1px solid ${emailColors.border}`,
            borderRadius: '8px',
            maxWidth: '600px',
            padding: '0',
          }}
        >
          <Section
            style={{
              backgroundColor: emailColors.brandDark,
              borderBottom: `4px solid ${emailColors.accent}`,
              borderRadius: '8px 8px 0 0',
              padding: '20px 32px',
            }}
          >
            <Link href={APP_URL} style={{ color: '#ffffff', fontSize: '20px', fontWeight: 700, textDecoration: 'none' }}>
              {SITE_NAME}
            </Link>
          </Section>
          <Section style={{ padding: '32px' }}>{props.children}</Section>
          <Hr style={{ borderColor: emailColors.border, margin: 0 }} />
          <Section style={{ padding: '20px 32px' }}>
            <Text style={{ fontSize: '13px', lineHeight: '20px', color: emailColors.muted, margin: '0 0 8px' }}>
              Vous recevez ce message car {props.reason}
            </Text>
            {props.category === 'NEWSLETTER' ? (
              <Text style={{ fontSize: '13px', lineHeight: '20px', color: emailColors.muted, margin: '0 0 8px' }}>
                Vous ne souhaitez plus recevoir ces messages ?{' '}
                <Link href={props.unsubscribeUrl} style={{ color: emailColors.muted, textDecoration: 'underline' }}>
                  Se désinscrire en un clic
                </Link>
                {props.preferencesUrl ? (
                  <>
                    {' · '}
                    <Link href={props.preferencesUrl} style={{ color: emailColors.muted, textDecoration: 'underline' }}>
                      Gérer mes abonnements
                    </Link>
                  </>
                ) : null}
                {props.optOutUrl ? (
                  <>
                    {' · '}
                    <Link href={props.optOutUrl} style={{ color: emailColors.muted, textDecoration: 'underline' }}>
                      Ne plus recevoir de messages commerciaux
                    </Link>
                  </>
                ) : null}
              </Text>
            ) : null}
            <Text style={{ fontSize: '13px', lineHeight: '20px', color: emailColors.muted, margin: 0 }}>
              {COMPANY_NAME} · {COMPANY_ADDRESS}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
