// What every generator needs: the random stream, the clock of the run and the reference rows.
import type { CategorySeed } from '@/lib/seed/data/categories';
import type { CommunePicker } from '@/lib/seed/places';
import type { Random } from '@/lib/seed/random';

export type SeededCategory = CategorySeed & { id: string };

export interface SeedContext {
  random: Random;
  /** One instant for the whole run, so relative dates (« il y a 3 jours ») agree with each other. */
  now: Date;
  picker: CommunePicker;
  categories: SeededCategory[];
  departmentNames: Map<string, string>;
  /** Hashed once per run: argon2 is deliberately slow. */
  advertiserPasswordHash: string;
  charterVersionId: string;
  advertisersListId: string;
  usedListingSlugs: Set<string>;
}
