// robots.txt: public pages may be crawled; private areas, sign-in flows, technical routes and search
// results (endless combinations of filters: the landing pages cover them) may not.
import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/metadata';

/** Built per request: the sitemap URL comes from the running server's APP_URL, not the build's. */
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        // Rules are prefixes: the trailing slashes keep « /dev » from hiding /developpeur-web/… pages.
        disallow: [
          '/espace/',
          '/admin/',
          '/api/',
          '/dev/',
          '/connexion',
          '/inscription',
          '/mot-de-passe-oublie',
          '/verification',
          '/recherche?*',
        ],
      },
    ],
    sitemap: absoluteUrl('/sitemap-index.xml'),
  };
}
