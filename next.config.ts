// Next.js configuration: kept small. Security headers are set per request in proxy.ts.
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The charter's former address: old links, bookmarks and search engines follow a permanent redirect
  // (a relative Location, so it works behind any host name).
  redirects: async () => [{ source: '/charte-de-confidentialite', destination: '/confidentialite', permanent: true }],
  experimental: {
    // Listing photos are posted to a server action: up to 8 MB each (lib/listings/photo-rules.ts),
    // plus the form's other fields. proxy.ts buffers request bodies up to 10 MB by default as well.
    serverActions: { bodySizeLimit: '10mb' },
  },
};

export default nextConfig;
