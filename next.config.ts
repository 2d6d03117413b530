// Next.js configuration: kept small. Security headers are set per request in proxy.ts.
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Listing photos are posted to a server action: up to 8 MB each (lib/listings/photo-rules.ts),
    // plus the form's other fields. proxy.ts buffers request bodies up to 10 MB by default as well.
    serverActions: { bodySizeLimit: '10mb' },
  },
};

export default nextConfig;
