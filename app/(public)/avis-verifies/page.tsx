// /avis-verifies: how reviews are collected, checked and published — the information that Code de la
// consommation L111-7-2 and D111-16 to D111-19 require, and what the « Avis vérifié » mark means.
import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/content/legal-page';
import { env } from '@/lib/env';
import { CODE_VALIDITY_DAYS } from '@/lib/reviews/code';
import { BODY_MAX, BODY_MIN } from '@/lib/reviews/limits';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Avis vérifiés : comment les avis sont collectés et contrôlés',
  description:
    'Qui peut déposer un avis, ce que vérifie la mention « Avis vérifié », délais de publication, motifs de refus, durée de conservation et droit de réponse.',
  path: '/avis-verifies',
});

export default function ReviewPolicyPage() {
  const { SITE_NAME, CONTACT_EMAIL } = env();
  return (
    <LegalPage title="Avis vérifiés : notre politique de publication">
      <p>
        Cette page explique comment les avis publiés sur {SITE_NAME} sont collectés, contrôlés et présentés,
        conformément aux articles L111-7-2 et D111-16 à D111-19 du Code de la consommation.
      </p>

      <h2 id="qui-peut">Qui peut déposer un avis</h2>
      <p>
        Un avis ne peut être déposé qu’avec un <strong>code d’évaluation</strong> que le professionnel remet à son
        client, en main propre, imprimé (avec un QR code) ou par un e-mail envoyé par {SITE_NAME}. Chaque code&nbsp;:
      </p>
      <ul>
        <li>est tiré au hasard (12&nbsp;caractères, 60&nbsp;bits d’aléa), et nous n’en gardons qu’une empreinte&nbsp;;</li>
        <li>ne sert qu’une fois et ne permet qu’un seul avis, sur l’annonce du professionnel qui l’a remis&nbsp;;</li>
        <li>expire au bout de {CODE_VALIDITY_DAYS}&nbsp;jours et peut être révoqué par le professionnel tant qu’il n’a pas servi.</li>
      </ul>
      <p>
        Les essais de codes erronés sont limités par connexion et pour l’ensemble du site, ce qui rend impossible de
        deviner un code.
      </p>

      <h2 id="mention">Ce que signifie «&nbsp;Avis vérifié&nbsp;»</h2>
      <p>
        La mention «&nbsp;Avis vérifié&nbsp;» signifie exactement ceci&nbsp;: l’avis a été{' '}
        <strong>déposé avec un code client à usage unique remis par le professionnel</strong>.
      </p>
      <p>
        Ce qu’elle ne garantit pas&nbsp;: le code prouve que le professionnel a invité cette personne à donner son avis,
        pas l’achat ni la prestation elle-même. Nous ne demandons ni facture ni justificatif. Pour que chacun puisse
        juger, chaque annonce affiche le nombre de codes remis par le professionnel et le nombre d’avis déposés&nbsp;:
        un professionnel qui ne remettrait des codes qu’aux clients satisfaits se verrait.
      </p>
      <p>Autres contrôles&nbsp;:</p>
      <ul>
        <li>la date de l’expérience ne peut être ni dans le futur, ni antérieure à la remise du code&nbsp;;</li>
        <li>le nombre d’avis qu’une annonce peut recevoir par jour est plafonné&nbsp;: un afflux anormal est bloqué et examiné&nbsp;;</li>
        <li>l’auteur accepte notre charte de confidentialité et indique une adresse e-mail, qui n’est jamais publiée.</li>
      </ul>

      <h2 id="contrepartie">Contrepartie</h2>
      <p>
        Aucune contrepartie n’est accordée en échange d’un avis, ni par {SITE_NAME}, ni à notre demande. Un
        professionnel n’a pas le droit de conditionner une remise ou un cadeau au dépôt d’un avis, ni à son contenu&nbsp;;
        si vous en avez connaissance, signalez-le-nous.
      </p>

      <h2 id="publication">Publication et délai</h2>
      <p>
        Un avis déposé avec un code valable est <strong>publié immédiatement</strong>, sans contrôle préalable de son
        contenu&nbsp;: le délai maximal de publication est donc de quelques secondes. Le contrôle a lieu{' '}
        <strong>a posteriori</strong>, sur signalement du professionnel concerné ou de toute personne, par un membre de
        notre équipe (aucune décision automatisée).
      </p>
      <p>
        Un avis comprend une note de 1 à 5&nbsp;étoiles, un titre, un texte de {BODY_MIN} à{' '}
        {BODY_MAX.toLocaleString('fr-FR')}&nbsp;caractères, la date de l’expérience, et le prénom de l’auteur suivi de
        l’initiale de son nom. Le texte est publié tel quel, en texte brut&nbsp;: ni mise en forme, ni lien cliquable.
      </p>

      <h2 id="classement">Classement et calcul de la note</h2>
      <p>
        Sur chaque annonce, les avis sont présentés <strong>du plus récent au plus ancien</strong>, ordre par défaut&nbsp;;
        on peut aussi les trier par note. La note moyenne est la moyenne simple des notes de tous les avis publiés, sans
        pondération. Chaque avis indique la date de sa publication et la date de l’expérience.
      </p>

      <h2 id="refus">Motifs de refus ou de retrait</h2>
      <p>Un avis est masqué, après examen, s’il&nbsp;:</p>
      <ul>
        <li>ne décrit pas une expérience vécue avec ce professionnel, ou a manifestement été écrit par lui ou pour lui&nbsp;;</li>
        <li>contient des propos injurieux, diffamatoires, discriminatoires, menaçants ou contraires à la loi&nbsp;;</li>
        <li>révèle des données personnelles (adresse, téléphone, nom complet d’une personne…)&nbsp;;</li>
        <li>est sans rapport avec la prestation (publicité, propos sur un autre professionnel…)&nbsp;;</li>
        <li>a été obtenu contre une contrepartie.</li>
      </ul>
      <p>
        Un avis n’est jamais masqué parce qu’il est négatif. Quand un avis est masqué, son auteur et le professionnel
        reçoivent par e-mail la décision motivée et les voies de recours&nbsp;; un avis masqué à tort peut être rétabli.
      </p>

      <h2 id="modification">Modification et contact de l’auteur</h2>
      <p>
        L’auteur ne peut pas modifier son avis après publication&nbsp;; il peut nous demander de le supprimer en écrivant
        à <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>. Nous ne contactons l’auteur que pour l’informer
        d’une décision de modération. Son adresse e-mail n’est jamais communiquée au professionnel. Le professionnel ne
        peut ni modifier ni supprimer un avis.
      </p>

      <h2 id="reponse">Droit de réponse et signalement</h2>
      <p>
        Le professionnel peut publier gratuitement une réponse sous chaque avis, et la modifier. S’il a un doute motivé
        sur un avis, il peut le signaler gratuitement depuis son espace, en expliquant pourquoi&nbsp;; notre équipe
        l’examine et l’informe de sa décision. Toute personne peut aussi nous signaler un contenu qu’elle estime
        illicite (<Link href="/contact">nous contacter</Link>).
      </p>

      <h2 id="conservation">Durée de conservation</h2>
      <p>
        Les avis sont conservés tant que l’annonce du professionnel existe, et supprimés avec elle (compte supprimé
        par le professionnel ou supprimé pour inactivité). L’adresse e-mail de l’auteur est conservée aussi longtemps
        que l’avis, pour pouvoir l’informer d’une décision de modération, et l’auteur peut demander à tout moment
        l’anonymisation ou la suppression de son avis.
      </p>
    </LegalPage>
  );
}
