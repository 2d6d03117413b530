// The back-office shell: team members only (everyone else gets the 404), never indexed; a side
// navigation on desktop, a top one on mobile, and who is signed in with the way out.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { Container } from '@/components/ui/container';
import { requireAdmin } from '@/lib/auth/guards';

export const metadata: Metadata = {
  title: 'Administration',
  robots: { index: false, follow: false, nocache: true },
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const admin = await requireAdmin('/admin');
  return (
    <Container className="py-4 sm:py-6 lg:grid lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-8 lg:py-8">
      <div className="border-b border-ink-200 pb-3 lg:border-r lg:border-b-0 lg:pr-4 lg:pb-0">
        <p className="px-3 text-xs font-semibold tracking-wide text-ink-600 uppercase">Back-office</p>
        <div className="mt-2">
          <AdminNav />
        </div>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-ink-200 pt-3 lg:mt-6 lg:flex-col lg:items-start">
          <p className="min-w-0 px-3 text-sm text-ink-700">
            <span className="block text-xs text-ink-600">Connecté en tant que</span>
            <span className="wrap-anywhere">{admin.user.email}</span>
          </p>
          <SignOutButton />
        </div>
      </div>
      <div className="min-w-0 pt-6 lg:pt-0">{children}</div>
    </Container>
  );
}
