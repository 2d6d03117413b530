// Health check for load balancers and monitoring: 200 when PostgreSQL answers `SELECT 1` within
// 2 seconds, 503 otherwise. Never cached.
import { connection } from 'next/server';
import { prisma } from '@/lib/db/client';

const TIMEOUT_MS = 2000;

const noStore = { 'Cache-Control': 'no-store, max-age=0' };

export async function GET() {
  await connection();
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('database timeout')), TIMEOUT_MS);
      }),
    ]);
    const latencyMs = Math.round(performance.now() - started);
    return Response.json({ status: 'ok', database: 'up', latencyMs }, { status: 200, headers: noStore });
  } catch {
    const latencyMs = Math.round(performance.now() - started);
    return Response.json({ status: 'error', database: 'down', latencyMs }, { status: 503, headers: noStore });
  } finally {
    clearTimeout(timer);
  }
}
