// First focusable element of every page: jumps over the header to <main id="contenu">.
export function SkipLink({ href = '#contenu', label = 'Aller au contenu' }: { href?: string; label?: string }) {
  return (
    <a
      href={href}
      className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-control focus:bg-brand-800 focus:px-4 focus:py-3 focus:font-semibold focus:text-white focus:shadow-raised"
    >
      {label}
    </a>
  );
}
