// « Signaler un contenu »: open to anyone, prefilled from the link under a listing or a review.
import type { Metadata } from 'next';
import { NoticeForm } from '@/components/moderation/notice-form';
import { AuthCard } from '@/components/auth/auth-card';
import { findReportTarget } from '@/lib/moderation/notices';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return {
    ...pageMetadata({
      title: 'Signaler un contenu',
      description: 'Signalez une annonce ou un avis illicite ou abusif\u00a0: notre équipe l’examine et vous informe de sa décision.',
      path: '/signaler',
    }),
    robots: { index: false },
  };
}

type PageProps = { searchParams: Promise<{ type?: string; id?: string }> };

export default async function ReportContentPage({ searchParams }: PageProps) {
  const { type, id } = await searchParams;
  const target = await findReportTarget(typeof type === 'string' ? type : undefined, typeof id === 'string' ? id : undefined);
  return (
    <AuthCard
      title="Signaler un contenu"
      wide
      intro={
        <p>
          {target ? <>Vous signalez {target.label}. </> : null}
          Expliquez-nous pourquoi ce contenu vous paraît illicite ou contraire à nos conditions générales
          d’utilisation. Vous recevrez un accusé de réception, puis notre décision motivée.
        </p>
      }
    >
      <NoticeForm targetType={target?.type ?? (type === 'review' ? 'review' : 'listing')} targetId={target?.id ?? ''} url={target?.url ?? ''} />
    </AuthCard>
  );
}
