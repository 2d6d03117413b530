// Asks a signed-in user to read the charter version in force, once: « J'ai lu la nouvelle charte »
// records a CharterAcceptance (context ACCOUNT) and the banner goes away.
import Link from 'next/link';
import { SubmitButton } from '@/components/forms/submit-button';
import { acknowledgeCharterAction } from '@/lib/privacy/charter-actions';
import { formatDate, frenchSpacing } from '@/lib/format/french';

type Props = { version: number; effectiveAt: Date; changeSummary: string | null };

export function CharterAcknowledgementBanner({ version, effectiveAt, changeSummary }: Props) {
  return (
    <section aria-labelledby="charte-a-lire" className="rounded-card border border-brand-300 bg-brand-50 p-4 sm:p-5">
      <h2 id="charte-a-lire" className="font-bold text-brand-950">
        Notre charte de confidentialité a changé
      </h2>
      <p className="mt-1 text-sm text-ink-800">
        La version {version} est en vigueur depuis le {formatDate(effectiveAt)}.
        {changeSummary && <> {frenchSpacing(changeSummary)}</>}
      </p>
      <form action={acknowledgeCharterAction} className="mt-3 flex flex-wrap items-center gap-3">
        <Link href={`/confidentialite/versions/${version}`} className="text-sm font-semibold text-brand-700 underline hover:text-brand-900">
          Lire la version {version} et ses changements
        </Link>
        <SubmitButton variant="secondary" size="sm" pendingLabel="Enregistrement…">
          J’ai lu la nouvelle charte
        </SubmitButton>
      </form>
    </section>
  );
}
