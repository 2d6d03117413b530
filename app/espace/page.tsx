// /espace: the account page until the listing editor and statistics join it.
import { redirect } from 'next/navigation';

export default function SpaceHome() {
  redirect('/espace/compte');
}
