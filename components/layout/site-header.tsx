// Site header: wordmark home link, the compact search form, and the advertisers' entry point.
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { SearchForm } from "@/components/search/search-form";
import { Wordmark } from "./wordmark";

/** `account`: where the signed-in user's space is, or null for visitors. */
export function SiteHeader({
  siteName,
  account,
}: {
  siteName: string;
  account: { href: string; label: string } | null;
}) {
  return (
    <header className="border-b border-ink-200 bg-white">
      <Container className="flex flex-wrap items-center gap-x-3 gap-y-3 py-3 md:flex-nowrap md:gap-x-6">
        <Link
          href="/"
          className="shrink-0 rounded-control"
          aria-label={`${siteName}, accueil`}
        >
          <Wordmark siteName={siteName} />
        </Link>
        <SearchForm
          size="compact"
          idPrefix="entete"
          className="order-last w-full md:order-none md:max-w-2xl md:flex-1"
        />
        <nav aria-label="Annonceurs" className="ml-auto shrink-0">
          {account ? (
            <Link
              href={account.href}
              className="inline-flex min-h-10 items-center rounded-control border border-brand-200 px-2 text-[0.8125rem] whitespace-nowrap sm:px-3 sm:text-sm font-semibold text-brand-800 hover:bg-brand-50"
            >
              {account.label}
            </Link>
          ) : (
            <Link
              href="/annonceurs"
              className="inline-flex min-h-10 items-center rounded-control border border-brand-200 px-2 text-[0.8125rem] whitespace-nowrap sm:px-3 sm:text-sm font-semibold text-brand-800 hover:bg-brand-50"
            >
              {/* Below 400 px only « Annonceur » shows; the accessible name stays « Espace annonceur ». */}
              <span className="sr-only min-[400px]:not-sr-only">
                Espace&nbsp;
              </span>
              <span className="min-[400px]:hidden">Annonceur</span>
              <span className="hidden min-[400px]:inline">annonceur</span>
            </Link>
          )}
        </nav>
      </Container>
    </header>
  );
}
