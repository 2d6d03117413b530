// Frame of the legal and information pages: breadcrumbs, title, optional date, long-form text.
import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Container } from '@/components/ui/container';

type LegalPageProps = {
  title: string;
  /** e.g. « Version 3, en vigueur depuis le 1er mars 2025 ». */
  meta?: ReactNode;
  children: ReactNode;
  /**
   * Rendered after the text, outside its reading column, so a wide table can use the page's width.
   * Text in there takes the `prose-fr` class itself.
   */
  fullWidth?: ReactNode;
};

export function LegalPage({ title, meta, children, fullWidth }: LegalPageProps) {
  return (
    <Container className="py-6 sm:py-10">
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: title }]} />
      <article className="mt-6">
        <div className="prose-fr">
          <h1 className="text-brand-950">{title}</h1>
          {meta && <p className="-mt-3 mb-8 text-sm text-ink-600">{meta}</p>}
          {children}
        </div>
        {fullWidth}
      </article>
    </Container>
  );
}
