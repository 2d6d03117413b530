'use client';
// The invitation to answer a survey: a band under the site header, in the flow of the page (never an
// overlay, never in the way of the cookie banner), with « Répondre », « Plus tard » and « Ne plus me
// proposer ». Hidden at once when dismissed; the choice is kept by the server in the survey cookie.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { buttonClasses } from '@/components/ui/button-styles';
import { Container } from '@/components/ui/container';
import { dismissInvitationAction } from '@/lib/surveys/actions';
import type { Invitation } from '@/lib/surveys/queries';

type SurveyInvitationProps = {
  invitation: Invitation;
  /** Paths where this invitation does not belong (back-office, the space, the survey itself…). */
  hiddenUnder?: readonly string[];
  /** Inside a page container already (the advertiser's space): no band of its own. */
  inline?: boolean;
};

export function SurveyInvitation({ invitation, hiddenUnder = [], inline = false }: SurveyInvitationProps) {
  const pathname = usePathname();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || hiddenUnder.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return null;

  const headingId = `invitation-sondage-${invitation.surveyId}`;
  const content = (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <h2 id={headingId} className="text-base font-semibold text-brand-950">
          {invitation.title}
        </h2>
        <p className="text-sm text-ink-800">
          {invitation.invitation}{' '}
          <span className="text-ink-700">{'Répondre est entièrement facultatif.'}</span>
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:shrink-0 sm:flex-nowrap">
        <Link href={`/sondages/${invitation.slug}`} className={buttonClasses('primary', 'sm')}>
          Répondre au sondage
        </Link>
        <form
          action={async (formData: FormData) => {
            setDismissed(true);
            await dismissInvitationAction(formData);
          }}
          className="contents"
        >
          <input type="hidden" name="surveyId" value={invitation.surveyId} />
          <button type="submit" name="choice" value="later" className={buttonClasses('secondary', 'sm')}>
            Plus tard
          </button>
          <button type="submit" name="choice" value="never" className={buttonClasses('ghost', 'sm')}>
            Ne plus me proposer
          </button>
        </form>
      </div>
    </div>
  );

  return (
    <aside
      aria-labelledby={headingId}
      className={
        inline
          ? 'rounded-card border border-brand-200 bg-brand-50 p-4'
          : 'border-b border-brand-200 bg-brand-50 py-3'
      }
    >
      {inline ? content : <Container>{content}</Container>}
    </aside>
  );
}
