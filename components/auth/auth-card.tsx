// The frame of the sign-in, sign-up and recovery pages: a narrow centred card with a title.
import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';

type AuthCardProps = { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode; wide?: boolean };

export function AuthCard({ title, intro, children, footer, wide = false }: AuthCardProps) {
  return (
    <div className="bg-gradient-to-b from-brand-50 to-ink-50 py-8 sm:py-14">
      <Container width={wide ? 'medium' : 'form'}>
        <div className="rounded-card border border-ink-200 bg-white p-5 shadow-card sm:p-8">
          <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">{title}</h1>
          {intro && <div className="mt-2 text-ink-700">{intro}</div>}
          <div className="mt-6">{children}</div>
        </div>
        {footer && <div className="mt-6 text-center text-sm text-ink-700">{footer}</div>}
      </Container>
    </div>
  );
}
