/**
 * The brand's own ways to be reached, which customers quote all day: its helplines, its role mailboxes and its
 * careers site. None is anybody's personal data; the role mailbox and the careers site are no spam cue either.
 */
import type { RawSpan } from './detectors';

/** A brand's line named before a number: "your helpline 0345 600 6000", "le service client au 09 69 …". */
const HELPLINE_BEFORE =
  /\b(?:helpline|hotline|help line|customer (?:service|care|support)|call cent(?:re|er)|switchboard|service client|sav|standard|num[ée]ro vert|ligne d['’]assistance|sos amiti|samaritans|suicide [ée]coute|lifeline|crisis line)\b[^.!?\n]{0,24}$/iu;

/**
 * A business line, not anybody's number: freephone 0800 numbers and British 03 numbers are lines that only
 * companies rent, and a number after "helpline" or "service client" is the brand's own.
 */
export function isBusinessLine(text: string, span: RawSpan): boolean {
  const digits = text.slice(span.start, span.end).replace(/\D/g, '');
  const national = digits.startsWith('33') || digits.startsWith('44') ? `0${digits.slice(2)}` : digits;
  // Irish (087…) and Nigerian (0803…) mobiles also start with 08: only freephone 0800 and British 03 are sure.
  if (/^0800\d{6,7}$/.test(national) || /^03\d{9}$/.test(national)) return true;
  return HELPLINE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start));
}

/**
 * A company's role mailbox, not anybody's address: "serviceclient@maboutique.fr", "support@brightbox-store.com".
 */
export function isRoleMailbox(text: string, span: RawSpan): boolean {
  const at = text.indexOf('@', span.start);
  if (at < 0 || at >= span.end) return false;
  return ROLE_MAILBOX.test(text.slice(span.start, at));
}

const ROLE_MAILBOX =
  /^(?:contact|contacts|info|infos|information|support|help|helpdesk|hello|bonjour|hi|service|services|serviceclient|service[._-]client|serviceclients|client|clients|clientele|sav|care|customercare|customer[._-]?care|customerservice|customer[._-]?service|customers|noreply|no[._-]reply|press|presse|media|medias|jobs|careers|recrutement|rh|hr|billing|facturation|orders|commandes|commande|team|equipe|admin|webmaster|privacy|dpo|rgpd|gdpr|legal|juridique|sales|ventes|reservations?|bookings?|accueil|enquiries|enquiry|queries|feedback|complaints|reclamations?|partenariats?|partnerships?|marketing)$/i;

/**
 * A brand's careers site, given in its own job post: "Candidatures sur carrieres.carrefour.fr", "Apply through
 * tesco-careers.com". A job scam still has its money, its "work from home" or its contact to give it away.
 */
export function isCareersLink(text: string, span: RawSpan): boolean {
  return CAREERS_HOST.test(text.slice(span.start, span.end));
}

const CAREERS_HOST =
  /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)*?(?:[a-z0-9]+-)?(?:careers?|carrieres?|jobs|recrutement|emplois?)(?:-[a-z0-9]+)?\.[a-z.]+(?:\/|$)/i;
