// The home page's notice while a change of the charter is pending (charter: « Toute modification vous
// sera notifiée sur la page d'accueil »): the date it takes effect, its summary and a link to read it.
import Link from 'next/link';
import { Container } from '@/components/ui/container';
import { formatDate, frenchSpacing } from '@/lib/format/french';

type Props = { version: number; effectiveAt: Date; changeSummary: string | null };

export function CharterChangeNotice({ version, effectiveAt, changeSummary }: Props) {
  return (
    <section aria-labelledby="charte-changement" className="border-b border-brand-100 bg-brand-50">
      <Container className="py-3 text-sm text-ink-800">
        <p id="charte-changement" className="font-semibold text-brand-950">
          La charte de confidentialité change le{' '}
          <time dateTime={effectiveAt.toISOString()}>{formatDate(effectiveAt)}</time>.
        </p>
        {changeSummary && <p className="mt-0.5">{frenchSpacing(changeSummary)}</p>}
        <p className="mt-1">
          <Link href={`/confidentialite/versions/${version}`} className="font-semibold text-brand-700 underline hover:text-brand-900">
            Lire la nouvelle version {version}
          </Link>
          {' '}— elle s’applique dès maintenant si vous envoyez une demande ou créez un compte.
        </p>
      </Container>
    </section>
  );
}
