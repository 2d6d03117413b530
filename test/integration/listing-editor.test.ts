// The listing editor on real PostgreSQL: saving creates the signed-in advertiser's draft, invalid input
// changes nothing, the actions only ever touch the session's own listing, publication follows the
// visibility rule, and the communes look-up answers by name or postcode.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { NextRequest } from 'next/server';
import { prisma } from '@/lib/db/client';
import { initialFormState } from '@/lib/forms/form-state';
import { publishListingAction, saveListingAction, unpublishListingAction } from '@/lib/listings/actions';
import { getListingPreview, loadListingEditor } from '@/lib/listings/editor';
import { emptyListingInput, listingToFormData, type ListingInput } from '@/lib/listings/schema';
import { publicListingWhere } from '@/lib/listings/visibility';
import { GET as communes } from '@/app/api/communes/route';
import { actAnonymously, actAs, formData, REDIRECT } from '@/test/support/acting-as';
import { createAdvertiserAccount } from '@/test/support/advertisers';
import { giveActiveSubscription } from '@/test/support/subscriptions';
import { getPublicationFacts, isPaidFor } from '@/lib/listings/publication';

let categoryId: string;

function input(overrides: Partial<ListingInput> = {}): ListingInput {
  return {
    ...emptyListingInput,
    title: 'Plombier Camille Martin',
    categoryId,
    pitch: 'Dépannages et installations sanitaires à Colmar et alentours.',
    description: 'Plombier à Colmar depuis dix ans.\n\n**Devis gratuit**, intervention rapide.',
    services: [{ name: 'Débouchage', price: 'à partir de 80 €' }],
    serviceAreas: [{ communeCode: '68066', label: 'Colmar (68)' }, { departmentCode: '68', label: 'Haut-Rhin (68)' }],
    hours: { ...emptyListingInput.hours, lun: { closed: false, text: '8h–18h' }, dim: { closed: true, text: '' } },
    website: 'www.plomberie-martin.fr',
    facebook: 'https://www.facebook.com/plomberie-martin',
    showPhone: false,
    ...overrides,
  };
}

const save = (values: ListingInput) => saveListingAction(initialFormState, listingToFormData(values));
const publish = () => publishListingAction(initialFormState, formData({}));
const unpublish = () => unpublishListingAction(initialFormState, formData({}));
const isPublic = async (advertiserId: string) =>
  (await prisma.listing.count({ where: { ...publicListingWhere, advertiserId } })) === 1;

beforeAll(async () => {
  await prisma.department.createMany({
    data: [
      { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin' },
      { code: '67', name: 'Bas-Rhin', slug: 'bas-rhin' },
    ],
  });
  await prisma.commune.createMany({
    data: [
      { code: '68066', name: 'Colmar', slug: 'colmar-68', departmentCode: '68', postalCodes: ['68000'], population: 67000 },
      { code: '68224', name: 'Mulhouse', slug: 'mulhouse-68', departmentCode: '68', postalCodes: ['68100', '68200'], population: 105000 },
      { code: '67482', name: 'Strasbourg', slug: 'strasbourg-67', departmentCode: '67', postalCodes: ['67000'], population: 290000 },
      { code: '67447', name: 'Sélestat', slug: 'selestat-67', departmentCode: '67', postalCodes: ['67600'], population: 19000 },
    ],
  });
  categoryId = (await prisma.category.create({ data: { slug: 'plombier', name: 'Plombier', description: 'Plomberie' } })).id;
});

beforeEach(() => actAnonymously());

describe('saving', () => {
  it('creates a draft owned by the signed-in advertiser, with a slug from the title and the commune', async () => {
    const camille = await createAdvertiserAccount({ name: 'Camille Martin' });
    await actAs(camille.userId);
    const state = await save(input());
    expect(state).toMatchObject({ status: 'success' });

    const listing = await prisma.listing.findUniqueOrThrow({ where: { advertiserId: camille.advertiserId }, include: { serviceAreas: true } });
    expect(listing).toMatchObject({
      status: 'DRAFT',
      slug: 'plombier-camille-martin-colmar',
      communeCode: '68066',
      website: 'https://www.plomberie-martin.fr',
      socialLinks: { facebook: 'https://www.facebook.com/plomberie-martin' },
      services: [{ name: 'Débouchage', price: 'à partir de 80 €' }],
      hours: { lun: '8h–18h', dim: 'Fermé' },
      showPhone: false,
      publishedAt: null,
    });
    expect(listing.serviceAreas.map((a) => a.communeCode ?? a.departmentCode).sort()).toEqual(['68', '68066']);

    // A second save updates the same listing and keeps its slug.
    await save(input({ title: 'Plomberie Martin', services: [] }));
    const updated = await prisma.listing.findUniqueOrThrow({ where: { advertiserId: camille.advertiserId } });
    expect(updated).toMatchObject({ id: listing.id, title: 'Plomberie Martin', slug: listing.slug, services: null });
    expect((await loadListingEditor(camille.advertiserId)).values.title).toBe('Plomberie Martin');
  });

  it('gives the next free slug when the same name exists in the same commune', async () => {
    const other = await createAdvertiserAccount({ name: 'Homonyme' });
    await actAs(other.userId);
    await save(input());
    const { slug } = await prisma.listing.findUniqueOrThrow({ where: { advertiserId: other.advertiserId } });
    expect(slug).toBe('plombier-camille-martin-colmar-2');
  });

  it('changes nothing on invalid input and answers in French, field by field', async () => {
    const dominique = await createAdvertiserAccount({ name: 'Dominique Petit' });
    await actAs(dominique.userId);
    const state = await save(
      input({
        title: 'x',
        facebook: 'https://www.exemple.fr/page',
        services: [{ name: '', price: '' }],
        description: 'court',
      }),
    );
    expect(state.status).toBe('error');
    expect(state.fieldErrors).toMatchObject({
      title: expect.stringMatching(/Indiquez le nom/),
      facebook: expect.stringMatching(/facebook\.com/),
      'services.0.name': expect.stringMatching(/Nommez la prestation/),
      description: expect.stringMatching(/30\u00a0caractères/),
    });
    expect(state.values?.title).toBe('x');
    expect(await prisma.listing.count({ where: { advertiserId: dominique.advertiserId } })).toBe(0);

    const unknownPlaces = await save(input({ categoryId: 'inconnue', serviceAreas: [{ communeCode: '99999' }] }));
    expect(unknownPlaces.fieldErrors).toMatchObject({
      categoryId: expect.stringMatching(/catégorie/),
      'serviceAreas.0': expect.stringMatching(/liste officielle/),
    });
    expect(await prisma.listing.count({ where: { advertiserId: dominique.advertiserId } })).toBe(0);
  });

  it('saves the indicative prices, and refuses too long a text in French without changing anything', async () => {
    const lea = await createAdvertiserAccount({ name: 'Léa Moreau' });
    await actAs(lea.userId);
    const priceInfo = 'À partir de 45 € de l’heure, devis gratuit';
    expect(await save(input({ title: 'Plomberie Léa', priceInfo }))).toMatchObject({ status: 'success' });
    const saved = await prisma.listing.findUniqueOrThrow({ where: { advertiserId: lea.advertiserId } });
    expect(saved.priceInfo).toBe(priceInfo);
    expect((await loadListingEditor(lea.advertiserId)).values.priceInfo).toBe(priceInfo);
    expect((await getListingPreview(lea.advertiserId))?.priceInfo).toBe(priceInfo);

    const tooLong = await save(input({ title: 'Plomberie Léa modifiée', priceInfo: 'x'.repeat(301) }));
    expect(tooLong).toMatchObject({
      status: 'error',
      fieldErrors: { priceInfo: 'Ce champ ne peut pas dépasser 300\u00a0caractères.' },
    });
    expect(await prisma.listing.findUniqueOrThrow({ where: { advertiserId: lea.advertiserId } })).toEqual(saved);

    // Emptied (blanks only): nothing is stored, and the public listing shows no price text.
    await save(input({ title: 'Plomberie Léa', priceInfo: '   ' }));
    expect((await prisma.listing.findUniqueOrThrow({ where: { advertiserId: lea.advertiserId } })).priceInfo).toBeNull();
  });

  it('asks an anonymous visitor to sign in and saves nothing', async () => {
    const before = await prisma.listing.count();
    await expect(save(input())).rejects.toThrow(REDIRECT);
    expect(await prisma.listing.count()).toBe(before);
  });
});

describe('two advertisers', () => {
  it('each action only ever touches the session’s own listing', async () => {
    const alice = await createAdvertiserAccount({ name: 'Alice Durand' });
    const bruno = await createAdvertiserAccount({ name: 'Bruno Lefèvre' });
    await actAs(alice.userId);
    await save(input({ title: 'Électricité Alice' }));
    await publish();
    const aliceBefore = await prisma.listing.findUniqueOrThrow({ where: { advertiserId: alice.advertiserId } });
    expect(aliceBefore.status).toBe('PUBLISHED');

    // Bruno posts with Alice's listing id and slug in the form: they are ignored.
    await actAs(bruno.userId);
    const forged = listingToFormData(input({ title: 'Bruno écrase tout' }));
    forged.set('id', aliceBefore.id);
    forged.set('advertiserId', alice.advertiserId);
    forged.set('slug', aliceBefore.slug);
    await saveListingAction(initialFormState, forged);
    expect(await unpublish()).toMatchObject({ status: 'error' });

    const aliceAfter = await prisma.listing.findUniqueOrThrow({ where: { advertiserId: alice.advertiserId } });
    expect(aliceAfter).toMatchObject({ title: 'Électricité Alice', status: 'PUBLISHED', updatedAt: aliceBefore.updatedAt });
    const brunoListing = await prisma.listing.findUniqueOrThrow({ where: { advertiserId: bruno.advertiserId } });
    expect(brunoListing).toMatchObject({ title: 'Bruno écrase tout', status: 'DRAFT' });

    // Bruno publishes: his own listing only.
    await publish();
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: brunoListing.id } })).status).toBe('PUBLISHED');
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: aliceAfter.id } })).updatedAt).toEqual(aliceBefore.updatedAt);

    // The preview shows the session's listing, never another one.
    expect((await getListingPreview(bruno.advertiserId))?.id).toBe(brunoListing.id);
    expect((await getListingPreview(alice.advertiserId))?.id).toBe(aliceAfter.id);
    const { default: PreviewPage } = await import('@/app/espace/annonce/apercu/page');
    const page = JSON.stringify(await PreviewPage(), (key, value) => (key === '_owner' || key === '_store' ? undefined : value));
    expect(page).toContain('Bruno écrase tout');
    expect(page).not.toContain('Électricité Alice');
  });
});

describe('publication', () => {
  it('is refused while the e-mail is not verified', async () => {
    const unverified = await createAdvertiserAccount({ name: 'Eve Sans Email', emailVerified: false });
    await actAs(unverified.userId);
    await save(input({ title: 'Jardins Eve' }));
    const state = await publish();
    expect(state).toMatchObject({ status: 'error', message: expect.stringContaining('Confirmez d’abord votre adresse e-mail') });
    expect((await prisma.listing.findUniqueOrThrow({ where: { advertiserId: unverified.advertiserId } })).status).toBe('DRAFT');
  });

  it('is refused when the SIRET is closed', async () => {
    const closed = await createAdvertiserAccount({ name: 'Fermé Définitivement' });
    await prisma.advertiserProfile.update({ where: { id: closed.advertiserId }, data: { siretStatus: 'CLOSED' } });
    await actAs(closed.userId);
    await save(input({ title: 'Boutique fermée' }));
    expect(await publish()).toMatchObject({ status: 'error', message: expect.stringMatching(/fermé/) });
    expect(await isPublic(closed.advertiserId)).toBe(false);
  });

  it('is refused while required fields are missing, and before any save', async () => {
    const noPitch = await createAdvertiserAccount({ name: 'Gaby Sans Accroche' });
    await actAs(noPitch.userId);
    expect(await publish()).toMatchObject({ status: 'error', message: 'Enregistrez d’abord votre annonce.' });
    await save(input({ title: 'Couture Gaby', pitch: '' }));
    expect(await publish()).toMatchObject({ status: 'error', message: expect.stringMatching(/Il manque\u00a0: l’accroche/) });
  });

  it('makes the listing public by the visibility rule, and unpublishing hides it', async () => {
    const hugo = await createAdvertiserAccount({ name: 'Hugo Bernard' });
    await actAs(hugo.userId);
    await save(input({ title: 'Menuiserie Hugo' }));
    expect(await isPublic(hugo.advertiserId)).toBe(false);

    expect(await publish()).toMatchObject({ status: 'success' });
    const published = await prisma.listing.findUniqueOrThrow({ where: { advertiserId: hugo.advertiserId } });
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(await isPublic(hugo.advertiserId)).toBe(true);

    expect(await unpublish()).toMatchObject({ status: 'success' });
    expect((await prisma.listing.findUniqueOrThrow({ where: { advertiserId: hugo.advertiserId } })).status).toBe('UNPUBLISHED');
    expect(await isPublic(hugo.advertiserId)).toBe(false);
  });

  it('publishes without a subscription, but the listing stays hidden until one is taken', async () => {
    const jade = await createAdvertiserAccount({ name: 'Jade Sans Abonnement', subscribed: false });
    await actAs(jade.userId);
    await save(input({ title: 'Couture Jade' }));
    expect(await publish()).toMatchObject({ status: 'success' });
    expect((await prisma.listing.findUniqueOrThrow({ where: { advertiserId: jade.advertiserId } })).status).toBe('PUBLISHED');
    expect(isPaidFor(await getPublicationFacts(jade.advertiserId))).toBe(false);
    expect(await isPublic(jade.advertiserId)).toBe(false);

    await giveActiveSubscription(jade.advertiserId);
    expect(isPaidFor(await getPublicationFacts(jade.advertiserId))).toBe(true);
    expect(await isPublic(jade.advertiserId)).toBe(true);
  });

  it('never lifts a suspension', async () => {
    const suspended = await createAdvertiserAccount({ name: 'Ines Suspendue' });
    await actAs(suspended.userId);
    await save(input({ title: 'Coiffure Ines' }));
    await prisma.listing.update({ where: { advertiserId: suspended.advertiserId }, data: { status: 'SUSPENDED' } });
    expect(await publish()).toMatchObject({ status: 'error', message: expect.stringMatching(/suspendue/) });
    expect((await prisma.listing.findUniqueOrThrow({ where: { advertiserId: suspended.advertiserId } })).status).toBe('SUSPENDED');
  });
});

describe('GET /api/communes', () => {
  async function places(q: string) {
    const response = await communes(new NextRequest(`http://localhost/api/communes?q=${encodeURIComponent(q)}`));
    return { response, body: (await response.json()) as { places: Array<{ kind: string; code: string; label: string }> } };
  }

  it('finds communes and departments by unaccented name prefix, cached a day', async () => {
    const { response, body } = await places('sele');
    expect(body.places.map((p) => p.code)).toEqual(['67447']);
    expect(response.headers.get('cache-control')).toMatch(/max-age=86400/);
    expect((await places('haut')).body.places).toEqual([
      { kind: 'department', code: '68', label: 'Haut-Rhin (68)', detail: 'Tout le département' },
    ]);
  });

  it('finds communes by postcode prefix and departments by code', async () => {
    const { body } = await places('682');
    expect(body.places.map((p) => p.code)).toEqual(['68224']);
    expect((await places('68')).body.places.map((p) => `${p.kind}:${p.code}`)).toEqual([
      'department:68',
      'commune:68224',
      'commune:68066',
    ]);
  });

  it('treats wildcards literally and ignores texts under 2 characters', async () => {
    expect((await places('%%')).body.places).toEqual([]);
    expect((await places('_o')).body.places).toEqual([]);
    expect((await places('c')).body.places).toEqual([]);
  });
});
