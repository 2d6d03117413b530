// The advertiser's space: its navigation and « Se déconnecter » on every page, and the e-mail
// confirmation reminder until it is done. Each page checks the session itself too.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { VerificationBanner } from '@/components/accounts/verification-banner';
import { SpaceNav } from '@/components/accounts/space-nav';
import { PaymentFailedBanner } from '@/components/billing/payment-failed-banner';
import { AdvertiserSurveyInvitation } from '@/components/surveys/survey-invitations';
import { Container } from '@/components/ui/container';
import { requireAdvertiser } from '@/lib/auth/guards';
import { countUnread } from '@/lib/inquiries/queries';
import { paymentFailedGraceEnd } from '@/lib/billing/queries';
import { CharterAcknowledgementBanner } from '@/components/privacy/charter-acknowledgement-banner';
import { charterToAcknowledge } from '@/lib/privacy/queries';

export const metadata: Metadata = { title: { default: 'Mon espace', template: '%s · Mon espace' }, robots: { index: false } };

export default async function SpaceLayout({ children }: { children: ReactNode }) {
  const session = await requireAdvertiser('/espace/compte');
  const [unreadInquiries, graceEnd, charterToRead] = await Promise.all([
    countUnread(session.advertiserId),
    paymentFailedGraceEnd(session.advertiserId),
    charterToAcknowledge(session.user.id),
  ]);
  return (
    <div className="bg-ink-50 pb-12">
      <div className="border-b border-ink-200 bg-white">
        <Container className="flex flex-wrap items-center justify-between gap-3 py-3">
          <SpaceNav unreadInquiries={unreadInquiries} />
          <div className="flex items-center gap-2">
            <span className="hidden text-sm text-ink-600 sm:inline">{session.user.email}</span>
            <SignOutButton />
          </div>
        </Container>
      </div>
      <Container className="flex flex-col gap-6 pt-6">
        {!session.user.emailVerifiedAt && <VerificationBanner email={session.user.email} />}
        {graceEnd && <PaymentFailedBanner graceEnd={graceEnd} />}
        {charterToRead && <CharterAcknowledgementBanner {...charterToRead} />}
        <AdvertiserSurveyInvitation />
        {children}
      </Container>
    </div>
  );
}
