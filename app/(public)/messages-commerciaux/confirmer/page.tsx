// The target of the signed link of every commercial e-mail: one click on the button records the opt-out.
import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { OptOutConfirmForm } from '@/components/privacy/personal-data-opt-out-confirm-form';
import { ButtonLink } from '@/components/ui/button-link';
import { readOptOutLink } from '@/lib/privacy/opt-out';

export const metadata: Metadata = { title: 'Ne plus recevoir de messages commerciaux', robots: { index: false } };

type PageProps = { searchParams: Promise<{ e?: string; s?: string }> };

export default async function CommercialOptOutConfirmPage({ searchParams }: PageProps) {
  const { e, s } = await searchParams;
  const email = typeof e === 'string' && typeof s === 'string' ? readOptOutLink(e, s) : null;
  if (!email) {
    return (
      <AuthCard title="Lien non valable" intro={<p>Ce lien est incomplet ou a été modifié.</p>}>
        <ButtonLink href="/messages-commerciaux">Utiliser le formulaire</ButtonLink>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Ne plus recevoir de messages commerciaux"
      intro={
        <p>
          Adresse concernée{'\u00a0'}: <strong>{email}</strong>. Les messages liés à un service que vous utilisez (réponse à
          une demande, sécurité d’un compte) continueront de vous parvenir.
        </p>
      }
    >
      <OptOutConfirmForm encodedEmail={e!} signature={s!} />
    </AuthCard>
  );
}
