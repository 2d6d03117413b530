'use client';
// « Gérer les cookies »: opens the consent panel on the current page; without JavaScript it leads
// to the form of the cookies page.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { openConsentPanel } from './events';

export function ManageCookiesLink({ className, children = 'Gérer les cookies' }: { className?: string; children?: ReactNode }) {
  return (
    <Link
      href="/cookies#vos-choix"
      className={className}
      onClick={(event) => {
        event.preventDefault();
        openConsentPanel();
      }}
    >
      {children}
    </Link>
  );
}
