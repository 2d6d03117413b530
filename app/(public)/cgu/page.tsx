// Conditions générales d'utilisation of the directory.
import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/content/legal-page';
import { pageMetadata } from '@/lib/seo/metadata';
import { env } from '@/lib/env';

export function generateMetadata(): Metadata {
  const { SITE_NAME } = env();
  return pageMetadata({
    title: 'Conditions générales d’utilisation',
    description: `Les conditions d’utilisation de ${SITE_NAME} : comptes annonceurs, annonces et abonnement, avis, demandes, contenus illicites et responsabilités.`,
    path: '/cgu',
  });
}

export default function TermsPage() {
  const { SITE_NAME, SITE_DOMAIN, COMPANY_NAME, COMPANY_ADDRESS, CONTACT_EMAIL } = env();
  return (
    <LegalPage title="Conditions générales d’utilisation">
      <h2>1. Objet</h2>
      <p>
        Les présentes conditions générales d’utilisation (CGU) régissent l’utilisation du site {SITE_DOMAIN}
        («&nbsp;le site&nbsp;»), édité par {COMPANY_NAME}, {COMPANY_ADDRESS}. Le site est un annuaire qui
        permet à des auto-entrepreneurs («&nbsp;annonceurs&nbsp;») de publier une annonce payante, aux
        visiteurs de les trouver et de les contacter, et à leurs clients de déposer un avis. {SITE_NAME} n’est
        pas partie aux contrats conclus entre annonceurs et clients.
      </p>
      <p>Utiliser le site vaut acceptation des présentes CGU.</p>

      <h2>2. Comptes annonceurs</h2>
      <p>
        Seule une personne exerçant une activité d’entrepreneur individuel immatriculée peut ouvrir un compte
        annonceur. Elle fournit des informations exactes et à jour (nom, adresse, téléphone, numéro SIRET,
        adresse électronique) et un moyen de paiement. Le numéro SIRET est contrôlé auprès du répertoire
        officiel des entreprises&nbsp;; un établissement fermé ne peut pas être publié.
      </p>
      <p>
        L’annonceur garde ses identifiants secrets et se déconnecte lorsqu’il n’utilise pas le site. Il nous
        signale sans délai toute utilisation non autorisée de son compte.
      </p>

      <h2>3. Annonces et abonnement</h2>
      <p>
        L’annonceur est seul responsable du contenu de son annonce, qui doit être exact, loyal, conforme à
        la loi et se rapporter à sa propre activité. Son adresse personnelle n’est jamais publiée&nbsp;:
        l’annonce n’indique que sa commune et sa zone d’intervention.
      </p>
      <p>
        La publication est soumise à un abonnement mensuel dont le prix est indiqué sur la page{' '}
        <Link href="/annonceurs">Espace annonceur</Link>. L’abonnement est sans engagement et se résilie en
        un clic depuis l’espace annonceur&nbsp;; l’annonce est alors retirée à la fin de la période payée.
        L’ordre des annonces dans les résultats ne dépend d’aucun paiement.
      </p>

      <h2>4. Avis</h2>
      <p>
        Un avis ne peut être déposé qu’avec un code à usage unique remis par l’annonceur à son client. Ce
        code atteste que l’annonceur a invité cette personne à donner son avis&nbsp;; il ne prouve pas à
        lui seul l’achat. Aucune contrepartie n’est accordée en échange d’un avis. Les avis sont publiés dès
        leur dépôt, puis contrôlés après publication, sur signalement&nbsp;: un avis injurieux, diffamatoire,
        hors sujet, sans rapport avec une expérience réelle ou contenant des données personnelles est retiré,
        par une décision motivée envoyée à son auteur. L’annonceur dispose d’un droit de réponse publique et
        peut signaler gratuitement un avis dont il doute de manière motivée. La page{' '}
        <Link href="/avis-verifies">Avis vérifiés</Link> détaille la collecte et le contrôle des avis.
      </p>

      <h2>5. Demandes de renseignements</h2>
      <p>
        Les messages envoyés depuis une annonce ne sont visibles que par l’annonceur concerné. N’y
        communiquez jamais de numéro de carte bancaire ni de coordonnées bancaires&nbsp;: le site refuse
        les messages qui en contiennent. L’annonceur n’utilise les coordonnées reçues que pour répondre à la
        demande.
      </p>

      <h2 id="moderation">6. Contenus illicites, signalement et modération</h2>
      <p>
        Sont interdits sur le site les contenus illicites (faux avis, diffamation ou dénigrement, propos
        haineux ou injurieux, harcèlement, arnaques et pratiques commerciales trompeuses, contrefaçon, atteinte
        à la vie privée, pédocriminalité…) et les contenus contraires aux présentes CGU.
      </p>
      <p>
        <strong>Signaler.</strong> Toute personne, inscrite ou non, peut signaler un contenu depuis le lien
        «&nbsp;Signaler un contenu&nbsp;» présent sur chaque annonce et chaque avis, ou depuis la page{' '}
        <Link href="/signaler">Signaler un contenu</Link>, en indiquant l’adresse exacte du contenu, les
        raisons pour lesquelles il lui paraît illicite ou abusif, ses nom et adresse électronique (facultatifs
        pour un contenu pédocriminel) et en déclarant sa bonne foi. Un accusé de réception lui est envoyé
        aussitôt par courrier électronique (règlement (UE) 2022/2065 sur les services numériques, article&nbsp;16).
      </p>
      <p>
        <strong>Modérer.</strong> Chaque signalement est examiné par un membre de notre équipe, avec
        diligence et objectivité&nbsp;: aucune décision de modération n’est prise par un traitement
        automatisé. Les seuls contrôles automatiques du site sont préventifs (refus des numéros de carte et
        des IBAN dans les demandes, limites d’envoi contre les robots, contrôle du numéro SIRET). Les mesures
        possibles, proportionnées à la gravité du manquement, sont le retrait d’un avis, la suspension d’une
        annonce et, en cas de manquements graves ou répétés, la suspension du compte. Nous pouvons aussi
        suspendre, après avertissement, le traitement des signalements d’une personne qui en envoie de
        manifestement infondés.
      </p>
      <p>
        <strong>Motiver.</strong> Toute décision est envoyée par courrier électronique à l’auteur du
        signalement et, lorsque le contenu est retiré ou suspendu, à son auteur, avec la mesure prise, les
        faits et circonstances, le fondement légal ou contractuel et les voies de recours (article&nbsp;17).
      </p>
      <p>
        <strong>Contester.</strong> L’auteur du contenu comme l’auteur du signalement peuvent contester la
        décision gratuitement, dans les six mois, en écrivant à{' '}
        <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a> avec la référence de la décision&nbsp;: la
        réclamation est réexaminée par notre équipe et la décision annulée si elle n’était pas justifiée (un
        contenu retiré est alors rétabli). Ils peuvent aussi s’adresser à un organe de règlement
        extrajudiciaire des litiges certifié (article&nbsp;21) ou saisir le juge compétent.
      </p>
      <p>
        Point de contact des autorités et des utilisateurs (articles&nbsp;11 et 12)&nbsp;:{' '}
        <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>, en français.
      </p>

      <h2>7. Responsabilité</h2>
      <p>
        {COMPANY_NAME} met en œuvre des moyens raisonnables pour assurer l’accès au site et la sécurité des
        données, sans garantir une disponibilité permanente. Elle n’est pas responsable des prestations
        réalisées par les annonceurs ni des relations entre annonceurs et clients. Chaque utilisateur est
        responsable des contenus qu’il publie.
      </p>

      <h2>8. Suspension et résiliation</h2>
      <p>
        L’annonceur peut résilier son abonnement et supprimer son compte à tout moment. En cas de
        manquement grave aux présentes CGU, ou si l’établissement est fermé, nous pouvons suspendre
        l’annonce ou le compte, par une décision motivée indiquant les voies de recours.
      </p>

      <h2>9. Données personnelles</h2>
      <p>
        Le traitement des données personnelles est décrit dans la{' '}
        <Link href="/confidentialite">charte de confidentialité</Link>, et l’usage des cookies sur
        la page <Link href="/cookies">cookies</Link>. Sans compte, chacun peut télécharger ou supprimer les
        données liées à son adresse depuis la page <Link href="/mes-donnees">Mes données</Link>, et
        s’opposer à tout message commercial depuis la page{' '}
        <Link href="/messages-commerciaux">Ne plus recevoir de messages commerciaux</Link>.
      </p>

      <h2>10. Modification des CGU</h2>
      <p>
        Nous pouvons modifier les présentes CGU. Les annonceurs sont informés par courrier électronique de
        toute modification substantielle avant son entrée en vigueur.
      </p>

      <h2>11. Droit applicable et litiges</h2>
      <p>
        Les présentes CGU sont soumises au droit français. En cas de litige, une solution amiable sera
        recherchée avant toute action&nbsp;; le consommateur peut recourir gratuitement à un médiateur de la
        consommation. À défaut, les tribunaux français sont compétents, dans le respect des règles
        protectrices du consommateur.
      </p>
    </LegalPage>
  );
}
