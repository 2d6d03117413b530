// Runs beside db.test.ts and writes the same unique e-mail: passes only if each file has its own database.
import { prisma } from '@/lib/db/client';

test('a test file sees only its own writes', async () => {
  expect(await prisma.user.count()).toBe(0);
  await prisma.user.create({ data: { email: 'same@example.fr', passwordHash: 'x' } });
  expect(await prisma.user.count({ where: { email: 'same@example.fr' } })).toBe(1);
});
