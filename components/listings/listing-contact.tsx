// How a visitor gets in touch from the listing: « Afficher le numéro » when the advertiser chose to show
// their phone, and the inquiry form, whose anti-spam timestamp is signed here, when the page is rendered.
import { Card } from '@/components/ui/card';
import { InquiryForm } from '@/components/inquiries/inquiry-form';
import { issueFormToken } from '@/lib/inquiries/anti-spam';
import { PhoneReveal } from './phone-reveal';

/** `showPhone` is the advertiser's choice (Listing.showPhone); without it, no button. */
type ContactListing = { id: string; slug: string; showPhone?: boolean };

export function ListingContact({ listing }: { listing: ContactListing }) {
  return (
    <>
      {listing.showPhone === true && (
        <Card as="section" aria-labelledby="telephone">
          <h2 id="telephone" className="text-lg font-semibold text-brand-900">
            Téléphone
          </h2>
          <div className="mt-3">
            <PhoneReveal slug={listing.slug} />
          </div>
        </Card>
      )}
      <Card as="section" aria-labelledby="demande">
        <h2 id="demande" className="text-lg font-semibold text-brand-900">
          Envoyer une demande
        </h2>
        <p className="mt-2 text-sm text-ink-600">Seul ce professionnel pourra lire votre demande.</p>
        <InquiryForm listingId={listing.id} formToken={issueFormToken(listing.id)} />
      </Card>
    </>
  );
}
