// robots.txt: public pages may be crawled; private areas and technical routes may not.
import type { MetadataRoute } from 'next';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/espace/', '/admin/', '/api/', '/dev/'] }],
  };
}
