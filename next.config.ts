// Next.js configuration: kept small. Security headers are set per request in proxy.ts.
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
