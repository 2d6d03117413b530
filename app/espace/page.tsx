// /espace: the listing editor is the advertiser's home in their space.
import { redirect } from 'next/navigation';

export default function SpaceHome() {
  redirect('/espace/annonce');
}
