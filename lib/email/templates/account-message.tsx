// The common shape of account e-mails: a title, a greeting, a few paragraphs, an optional button and a
// closing line saying what to do if the recipient did not ask for it.
import { Button, Heading, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import { EmailLayout, emailColors, emailStyles } from './layout';

type AccountMessageProps = {
  preview: string;
  reason: string;
  title: string;
  name: string;
  children: ReactNode;
  action?: { href: string; label: string };
  /** e.g. « Ce lien est valable 24 heures et ne sert qu’une fois. » */
  footnote?: string;
};

export function AccountMessage({ preview, reason, title, name, children, action, footnote }: AccountMessageProps) {
  return (
    <EmailLayout preview={preview} reason={reason}>
      <Heading as="h1" style={{ color: emailColors.brand, fontSize: '24px', margin: '0 0 16px' }}>
        {title}
      </Heading>
      <Text style={emailStyles.paragraph}>Bonjour {name},</Text>
      {children}
      {action && (
        <>
          <Button href={action.href} style={emailStyles.button}>
            {action.label}
          </Button>
          <Text style={{ ...emailStyles.paragraph, fontSize: '13px', margin: '16px 0 0' }}>
            Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur{'\u00a0'}: {action.href}
          </Text>
        </>
      )}
      {footnote && <Text style={{ ...emailStyles.paragraph, margin: '16px 0 0' }}>{footnote}</Text>}
      <Text style={emailStyles.paragraph}>L’équipe {env().SITE_NAME}</Text>
    </EmailLayout>
  );
}

export const paragraph = emailStyles.paragraph;
