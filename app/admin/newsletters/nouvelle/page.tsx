// Back-office: a new newsletter, saved as a draft before any preview, test or send.
import type { Metadata } from 'next';
import Link from 'next/link';
import { IssueForm } from '@/components/newsletters/issue-form';
import { requireAdmin } from '@/lib/auth/guards';
import { listsWithAudience } from '@/lib/newsletters/queries';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Nouvelle lettre · Administration' };

export default async function NewIssuePage() {
  await requireAdmin('/admin/newsletters/nouvelle');
  const lists = await listsWithAudience();
  return (
    <>
      <p>
        <Link href="/admin/newsletters" className="text-brand-700 underline">
          ← Newsletters
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Nouvelle lettre</h1>
      <div className="mt-6 max-w-3xl">
        <IssueForm lists={lists} />
      </div>
    </>
  );
}
