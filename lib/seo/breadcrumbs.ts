// schema.org BreadcrumbList for a « fil d’Ariane »: the same crumbs the page shows, with absolute URLs.
import 'server-only';
import type { Crumb } from '@/components/ui/breadcrumbs';
import { absoluteUrl } from './metadata';

/** The current page (last crumb, without href) is listed with `currentPath` as its URL. */
export function breadcrumbListJsonLd(items: Crumb[], currentPath: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      item: absoluteUrl(item.href ?? currentPath),
    })),
  };
}
