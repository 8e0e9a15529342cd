import type { Charter, Clause } from '../model';
import * as starter from '../risk/lexicon/starter';
import { CLAUSE_IDS, STARTER_CHARTER_ID } from './ids';

const none = { fr: [] as string[], en: [] as string[] };

/**
 * The starter charter: one bilingual clause per category a CM moderates for, with real French and English
 * word lists (editable by the CM), the built-in detectors each clause switches on, a severity and a
 * recommended action. `templateIds` stay empty: the template seeds link themselves to clauses by clauseIds.
 */
export const STARTER_CLAUSES: Clause[] = [
  {
    id: CLAUSE_IDS.selfHarm,
    name: { fr: 'Détresse et idées suicidaires', en: 'Self-harm and distress' },
    description: {
      fr: 'Quelqu’un dit vouloir mourir ou se faire du mal.',
      en: 'Someone says they want to die or to hurt themselves.',
    },
    category: 'self_harm',
    severity: 'critical',
    enabled: true,
    terms: { fr: starter.SELF_HARM_FR, en: starter.SELF_HARM_EN },
    allowed: {
      fr: ['mourir de rire', 'mort de rire', 'morte de rire', 'je vais mourir de faim'],
      en: ['die laughing', 'died laughing', 'dying laughing', 'dying of laughter'],
    },
    detectors: ['self_harm'],
    action: 'escalate',
    actionNote: {
      fr: 'Ne pas masquer ni ignorer : répondre avec bienveillance en privé, donner le 3114 (numéro national de prévention du suicide) et prévenir son responsable.',
      en: 'Do not hide or ignore: reply privately and kindly, share a crisis line (e.g. 988 in the US, 116 123 Samaritans in the UK) and tell your manager.',
    },
    templateIds: [],
  },
  {
    id: CLAUSE_IDS.threat,
    name: { fr: 'Menaces et violence', en: 'Threats and violence' },
    description: {
      fr: 'Menaces de mort, de violence ou d’atteinte à une personne ou à ses proches.',
      en: 'Threats to kill, hurt or harm a person or their family.',
    },
    category: 'threat',
    severity: 'critical',
    enabled: true,
    terms: { fr: starter.THREAT_FR, en: starter.THREAT_EN },
    allowed: none,
    detectors: ['threat'],
    action: 'escalate',
    actionNote: {
      fr: 'Capturer le commentaire (lien, auteur, heure), le signaler à la plateforme, alerter son responsable ; en cas de danger réel, prévenir la police (17).',
      en: 'Capture the comment (link, author, time), report it to the platform and alert your manager; if there is real danger, call the police.',
    },
    templateIds: [],
  },
  {
    id: CLAUSE_IDS.hate,
    name: { fr: 'Haine envers des groupes protégés', en: 'Hate against protected groups' },
    description: {
      fr: 'Injures ou propos hostiles visant une origine, une religion, un genre, une orientation sexuelle ou un handicap.',
      en: 'Slurs or hostile statements about origin, religion, gender, sexual orientation or disability.',
    },
    category: 'hate',
    severity: 'critical',
    enabled: true,
    terms: { fr: starter.HATE_FR, en: starter.HATE_EN },
    allowed: { fr: starter.HATE_ALLOWED_FR, en: starter.HATE_ALLOWED_EN },
    detectors: ['hate_statement'],
    action: 'delete',
    actionNote: {
      fr: 'Supprimer, signaler à la plateforme et bannir en cas de récidive. Ne pas répondre sur le fond.',
      en: 'Delete, report to the platform and ban repeat offenders. Do not argue the point.',
    },
    templateIds: [],
  },
  {
    id: CLAUSE_IDS.insult,
    name: { fr: 'Insultes et grossièretés', en: 'Insults and profanity' },
    description: {
      fr: 'Injures, grossièretés et mots vulgaires, même déguisés (c0nn@rd, c o n n a r d).',
      en: 'Insults, profanity and vulgar words, even disguised (f*ck, b1tch).',
    },
    category: 'insult',
    severity: 'high',
    enabled: true,
    terms: { fr: starter.INSULT_FR, en: starter.INSULT_EN },
    allowed: { fr: starter.STARTER_ALLOWED_FR, en: starter.STARTER_ALLOWED_EN },
    detectors: [],
    action: 'hide',
    actionNote: {
      fr: 'Masquer le commentaire ; si une vraie question se cache derrière, y répondre calmement sans reprendre l’insulte.',
      en: 'Hide the comment; if there is a real question behind it, answer it calmly without repeating the insult.',
    },
    templateIds: [],
  },
  {
    id: CLAUSE_IDS.harassment,
    name: { fr: 'Harcèlement', en: 'Harassment' },
    description: {
      fr: 'Attaques répétées ou ciblées contre une personne : physique, exclusion, incitation à se faire du mal.',
      en: 'Targeted attacks on a person: looks, exclusion, telling them to hurt themselves.',
    },
    category: 'harassment',
    severity: 'high',
    enabled: true,
    terms: { fr: starter.HARASSMENT_FR, en: starter.HARASSMENT_EN },
    allowed: { fr: starter.HARASSMENT_ALLOWED_FR, en: starter.HARASSMENT_ALLOWED_EN },
    detectors: ['harassment'],
    action: 'hide',
    actionNote: {
      fr: 'Masquer, soutenir la personne visée en privé, bannir le compte s’il insiste.',
      en: 'Hide, support the targeted person privately, ban the account if it keeps on.',
    },
    templateIds: [],
  },
  {
    id: CLAUSE_IDS.sexual,
    name: { fr: 'Contenu sexuel', en: 'Sexual content' },
    description: {
      fr: 'Propos sexuels explicites, sollicitations, pornographie.',
      en: 'Explicit sexual remarks, solicitation, pornography.',
    },
    category: 'sexual',
    severity: 'high',
    enabled: true,
    terms: { fr: starter.SEXUAL_FR, en: starter.SEXUAL_EN },
    allowed: { fr: starter.SEXUAL_ALLOWED_FR, en: starter.SEXUAL_ALLOWED_EN },
    detectors: ['sexualised_minor'],
    action: 'hide',
    actionNote: {
      fr: 'Masquer ; signaler si un mineur est visé ou si des images sont partagées.',
      en: 'Hide; report it if a minor is targeted or images are shared.',
    },
    templateIds: [],
  },
  {
    id: CLAUSE_IDS.personalData,
    name: { fr: 'Données personnelles', en: 'Personal data' },
    description: {
      fr: 'E-mail, téléphone, adresse, IBAN, carte bancaire ou numéro de sécurité sociale publiés dans un commentaire.',
      en: 'Email, phone number, address, IBAN, card or social security number posted in a comment.',
    },
    category: 'personal_data',
    severity: 'high',
    enabled: true,
    terms: none,
    allowed: none,
    detectors: ['email', 'phone', 'address', 'iban', 'card', 'id_number'],
    action: 'hide',
    actionNote: {
      fr: 'Masquer pour protéger la personne, puis l’inviter à poursuivre en message privé.',
      en: 'Hide it to protect the person, then invite them to continue in a private message.',
    },
    templateIds: [],
  },
  {
    id: CLAUSE_IDS.crisis,
    name: { fr: 'Signal de crise', en: 'Crisis signal' },
    description: {
      fr: 'Boycott, procès, arnaque, remboursement exigé, problème de sécurité d’un produit, la presse.',
      en: 'Boycott, lawsuit, scam claims, refund demands, product safety, the press.',
    },
    category: 'crisis',
    severity: 'high',
    enabled: true,
    terms: { fr: starter.CRISIS_FR, en: starter.CRISIS_EN },
    allowed: { fr: starter.CRISIS_ALLOWED_FR, en: starter.CRISIS_ALLOWED_EN },
    detectors: ['crisis'],
    action: 'escalate',
    actionNote: {
      fr: 'Ne pas supprimer : répondre vite avec le message validé, passer en privé et alerter son responsable (cellule de crise).',
      en: 'Do not delete: reply fast with the approved message, move to private and alert your manager.',
    },
    templateIds: [],
  },
  {
    id: CLAUSE_IDS.spam,
    name: { fr: 'Spam et arnaques', en: 'Spam and scams' },
    description: {
      fr: 'Liens, « écris-moi en privé », WhatsApp/Telegram, crypto, argent facile, autopromotion.',
      en: 'Links, “DM me”, WhatsApp/Telegram, crypto, easy money, self-promotion.',
    },
    category: 'spam',
    severity: 'medium',
    enabled: true,
    terms: { fr: starter.SPAM_FR, en: starter.SPAM_EN },
    allowed: { fr: starter.SPAM_ALLOWED_FR, en: starter.SPAM_ALLOWED_EN },
    detectors: ['link', 'offplatform'],
    action: 'delete',
    actionNote: {
      fr: 'Supprimer et bannir les comptes d’arnaque ; ne jamais cliquer sur les liens.',
      en: 'Delete and ban scam accounts; never click the links.',
    },
    templateIds: [],
  },
  {
    id: CLAUSE_IDS.customerCare,
    name: { fr: 'Demande client', en: 'Customer care' },
    description: {
      fr: 'Une question ou un problème qui attend une réponse de la marque.',
      en: 'A question or a problem that wants an answer from the brand.',
    },
    category: 'customer_care',
    severity: 'low',
    enabled: true,
    terms: { fr: starter.CUSTOMER_CARE_FR, en: starter.CUSTOMER_CARE_EN },
    allowed: { fr: starter.CUSTOMER_CARE_ALLOWED_FR, en: starter.CUSTOMER_CARE_ALLOWED_EN },
    detectors: ['customer_care'],
    action: 'reply',
    actionNote: {
      fr: 'Répondre dans l’heure avec un modèle adapté ; passer en privé pour les numéros de commande.',
      en: 'Reply within the hour with a suitable template; move to private for order numbers.',
    },
    templateIds: [],
  },
  {
    id: CLAUSE_IDS.shouting,
    name: { fr: 'Messages en majuscules', en: 'Shouting' },
    description: {
      fr: 'Un long message écrit presque entièrement en majuscules.',
      en: 'A long message written almost entirely in capitals.',
    },
    category: 'shouting',
    severity: 'low',
    enabled: true,
    terms: none,
    allowed: none,
    detectors: ['shouting'],
    action: 'monitor',
    actionNote: {
      fr: 'Lire le fond : souvent un client très mécontent. Répondre posément, sans majuscules.',
      en: 'Read what is behind it: often a very unhappy customer. Reply calmly, without capitals.',
    },
    templateIds: [],
  },
];

export function starterCharter(now: number, brandId: string | null): Charter {
  return {
    id: STARTER_CHARTER_ID,
    brandId,
    name: 'Charte de départ / Starter charter',
    clauses: structuredClone(STARTER_CLAUSES),
    updatedAt: now,
  };
}
