/**
 * Starter phrase lists of the non-abuse clauses (threat, self-harm, crisis, spam, customer care, personal
 * data), French and English. They become the editable `terms` of the starter charter.
 */

export const THREAT_FR = [
  'je vais te tuer', 'je vais vous tuer', 'je vais te buter', 'je vais te defoncer', 'je vais te retrouver',
  'on va te retrouver', 'on va te tuer', 'on va te buter', 'on va te faire la peau',
  'je vais te faire la peau', 'je vais te crever', 'je vais te planter', 'je vais t egorger',
  'je vais te casser la gueule', 'je vais te peter la gueule', 'je vais t eclater', 'on sait ou tu habites',
  'je sais ou tu habites', 'je sais ou tu vis', 'on sait ou tu vis', 't es mort', 't es un homme mort',
  't es une femme morte', 'tu vas le payer', 'tu vas le regretter', 'vous allez le regretter',
  'vous allez le payer', 'fais gaffe a toi', 'fais attention a toi', 'mettre une bombe', 'je te tue',
  'je te bute', 'je vais tous vous tuer', 'une balle dans la tete', 'je vais venir chez toi', 'gare a toi',
  'tu vas voir ce qui va t arriver', 'attends que je te trouve', 'je vais te violer', 'je vais t exploser',
  'je vais bruler ta', 'on va bruler vos', 'on va bruler ta',
];

export const THREAT_EN = [
  'i will kill you', 'i ll kill you', 'ill kill you', 'im going to kill you', 'i m going to kill you',
  'i m gonna kill you', 'im gonna kill you', 'gonna kill you', 'going to kill you', 'we will kill you',
  'i will find you', 'i ll find you', 'we will find you', 'we know where you live', 'i know where you live',
  'you re dead', 'youre dead', 'you are dead', 'you re a dead man', 'dead man walking', 'watch your back',
  'you ll pay for this', 'you will pay for this', 'you ll regret this', 'you will regret this',
  'i will hurt you', 'i ll hurt you', 'gonna hurt you', 'stab you', 'i will stab', 'beat you up',
  'beat the shit out of you', 'break your legs', 'break your neck', 'slit your throat', 'burn your house',
  'bomb your', 'blow up your', 'put a bullet', 'i will rape', 'rape you', 'your family will pay',
  'i m coming for you', 'i will end you', 'shoot you dead', 'shoot you in the',
];

export const SELF_HARM_FR = [
  'je veux mourir', 'j ai envie de mourir', 'envie de mourir', 'envie d en finir', 'en finir avec la vie',
  'en finir une bonne fois', 'me suicider', 'je vais me suicider', 'je vais me tuer', 'me foutre en l air',
  'plus envie de vivre', 'pas envie de vivre', 'je ne veux plus vivre', 'je veux plus vivre', 'me scarifier',
  'je me scarifie', 'je me mutile', 'me faire du mal', 'je me fais du mal', 'je vais sauter du',
  'me jeter sous', 'mettre fin a mes jours', 'mettre fin a ma vie', 'idees noires', 'idees suicidaires',
  'pensees suicidaires', 'je suis suicidaire', 'suicidaire', 'personne ne me regrettera',
  'ca sert a rien de vivre', 'je veux disparaitre', 'dire adieu a tout le monde', 'tentative de suicide',
  'je vais en finir', 'marre de vivre',
];

export const SELF_HARM_EN = [
  'kill myself', 'killing myself', 'i want to die', 'i wanna die', 'end my life',
  'end it all', 'suicidal', 'commit suicide', 'cutting myself', 'self harm', 'self harming',
  'i don t want to live', 'dont want to live', 'don t want to be alive', 'no reason to live',
  'better off dead', 'better off without me', 'take my own life', 'overdose', 'i want to disappear',
  'nobody would miss me', 'no one would miss me', 'say goodbye to everyone', 'slit my wrists',
  'jump off a bridge', 'hang myself', 'suicide attempt', 'i m going to end it', 'tired of living',
  'want to hurt myself', 'going to hurt myself', 'cut myself again', 'want to cut myself',
];

export const CRISIS_FR = [
  'proces', 'mon avocat', 'notre avocat', 'mes avocats', 'nos avocats', 'un avocat', 'par un avocat',
  'porter plainte', 'porte plainte', 'deposer plainte', 'depose plainte', 'plainte', 'boycott', 'boycotter',
  'boycottez', 'boycottons', 'arnaque', 'arnaques', 'arnaqueur', 'arnaqueurs', 'arnaquer', 'escroquerie',
  'escroc', 'escrocs', 'voleurs', 'remboursez', 'remboursez moi', 'rembourser', 'remboursement',
  'intoxication', 'intoxication alimentaire', 'intoxique', 'intoxiques', 'rappel produit', 'rappel conso',
  'rappel consommateur', 'journaliste', 'journalistes', 'la presse', 'les medias', 'ufc que choisir',
  'que choisir', '60 millions de consommateurs', 'dgccrf', 'association de consommateurs',
  'action collective', 'action de groupe', 'class action', 'hospitalise', 'hospitalisee', 'urgences',
  'reaction allergique', 'allergie', 'dangereux', 'dangereuse', 'contamine', 'contaminee', 'salmonelle',
  'listeria', 'e coli', 'bout de verre', 'morceau de verre', 'morceau de plastique', 'moisi', 'moisissure',
  'perime', 'plus jamais', 'honte a vous', 'c est une honte', 'scandale', 'scandaleux', 'inadmissible',
  'mensonge', 'publicite mensongere', 'tribunal', 'tribunaux', 'mise en demeure', 'huissier', 'signalement',
  'je vais vous signaler', 'bad buzz', 'tout le monde saura', 'je vais en parler partout',
  'fuite de donnees', 'piratage', 'malade apres', 'tombe malade', 'vomi', 'vomissements', 'diarrhee',
  'brulure', 'au tribunal', 'devant les tribunaux',
];

export const CRISIS_EN = [
  'lawsuit', 'lawsuits', 'sue you', 'suing', 'we will sue', 'my lawyer', 'my lawyers', 'our lawyer',
  'a lawyer', 'attorney', 'legal action', 'class action', 'boycott', 'boycotting', 'scam', 'scams',
  'scammer', 'scammers', 'scammed', 'fraud', 'fraudulent', 'ripoff', 'rip off', 'ripped off', 'refund',
  'refunds', 'give me my money back', 'money back', 'chargeback', 'food poisoning', 'poisoned',
  'product recall', 'recalled', 'recall notice', 'the press', 'journalist', 'journalists', 'reporter',
  'the media', 'going viral', 'consumer protection', 'better business bureau', 'trading standards', 'fda',
  'hospitalized', 'hospitalised', 'emergency room', 'allergic reaction', 'dangerous', 'unsafe',
  'contaminated', 'salmonella', 'listeria', 'e coli', 'piece of glass', 'shard of glass', 'piece of plastic',
  'mold', 'mould', 'moldy', 'mouldy', 'expired', 'never again', 'shame on you', 'disgrace', 'scandal',
  'data breach', 'hacked', 'got sick', 'made me sick', 'made my kid sick', 'vomiting', 'false advertising',
  'misleading', 'report you', 'take you to court', 'see you in court',
];

export const SPAM_FR = [
  'argent facile', 'gagner de l argent', 'gagne de l argent', 'gagnez de l argent', 'revenu passif',
  'revenus passifs', 'travail a domicile', 'devenez riche', 'devenir riche', 'contacte moi en prive',
  'contactez moi en prive', 'ecris moi en prive', 'ecrivez moi en prive', 'en mp', 'mp moi', 'viens en mp',
  'viens en dm', 'dm moi', 'envoie moi un message', 'whatsapp', 'telegram', 'crypto', 'cryptomonnaie',
  'cryptomonnaies', 'bitcoin', 'bitcoins', 'investis', 'investissez', 'forex', 'clique sur le lien',
  'cliquez sur le lien', 'cliquez ici', 'clique ici', 'lien dans ma bio', 'lien en bio',
  'abonnez vous a ma chaine', 'abonne toi a ma chaine', 'ma chaine', 'suivez moi', 'follow moi',
  'vous avez gagne', 'tu as gagne', 'felicitations vous avez gagne', 'iphone gratuit', 'offre limitee',
  'par jour depuis chez moi', 'par semaine depuis chez moi', 'sans rien faire',
];

export const SPAM_EN = [
  'whatsapp', 'telegram', 'dm me', 'inbox me', 'pm me', 'check out my channel', 'check my channel',
  'check out my', 'check out this', 'my channel', 'subscribe to my', 'sub to my', 'please subscribe',
  'sub4sub', 'sub 4 sub', 'follow me', 'visit my', 'click here', 'click the link', 'link in bio',
  'link in my bio', 'crypto', 'cryptocurrency', 'bitcoin', 'btc', 'ethereum', 'forex', 'binary options',
  'easy money', 'make money', 'earn money', 'passive income', 'work from home', 'free money', 'giveaway',
  'you have won', 'you ve won', 'you have been selected', 'claim your', 'claim now', 'call now',
  'cash prize', 'free entry', 'free msg', 'ringtone', 'reply yes', 'reply stop', 'unsubscribe', 'opt out',
  'voucher', 'gift card', 'hot singles', 'sexy singles', 'dating site', 'my page', 'my new song',
  'like this comment', 'limited offer',
];

export const CUSTOMER_CARE_FR = [
  'ou est ma commande', 'ma commande', 'mon colis', 'toujours pas recu', 'pas recu', 'jamais recu',
  'toujours rien recu', 'numero de suivi', 'suivi de commande', 'service client', 'service apres vente',
  'sav', 'pouvez vous m aider', 'vous pouvez m aider', 'pourriez vous', 'aidez moi', 'besoin d aide',
  'comment faire pour', 'comment on fait', 'comment faire', 'quand est ce que', 'livrez vous', 'vous livrez',
  'est il possible', 'c est possible de', 'avez vous', 'vous avez des', 'des nouvelles de ma commande',
  'personne ne repond', 'aucune reponse', 'sans reponse', 'je n arrive pas a', 'j arrive pas a',
  'ca ne marche pas', 'ca marche pas', 'ne fonctionne pas', 'fonctionne plus', 'en rupture',
  'de nouveau disponible', 'les horaires', 'ouvert le', 'un probleme avec', 'probleme de livraison',
  'retard de livraison', 'echanger', 'retourner un article', 'mon compte', 'mot de passe', 'ma facture',
  'ma carte de fidelite', 'ma reservation', 'mon abonnement', 'resilier', 'annuler ma commande',
  'je voudrais savoir', 'j aimerais savoir', 'est ce que vous', 'vous faites',
];

export const CUSTOMER_CARE_EN = [
  'where is my order', 'my order', 'my package', 'my parcel', 'my delivery', 'still haven t received',
  'still havent received', 'haven t received', 'havent received', 'hasn t arrived', 'hasnt arrived',
  'not arrived', 'never arrived', 'never received', 'didn t receive', 'didnt receive', 'tracking number',
  'order number', 'customer service', 'customer support', 'can you help', 'could you help',
  'can someone help', 'need help', 'please help', 'help me', 'any update', 'how do i', 'how can i', 'how to',
  'is there a way', 'when will', 'do you ship', 'do you deliver', 'do you have', 'are you open',
  'opening hours', 'is it possible', 'no one answers', 'nobody answers', 'no response', 'no reply',
  'doesn t work', 'doesnt work', 'not working', 'stopped working', 'out of stock', 'back in stock',
  'my account', 'my password', 'my invoice', 'my booking', 'my reservation', 'my subscription', 'cancel my',
  'i d like to know', 'i would like to know', 'wrong item', 'missing item', 'damaged', 'exchange',
  'return policy', 'still waiting', 'waiting for a reply',
];

/** Built-in allowed phrases of the starter charter: common phrases that contain a listed word. */
export const STARTER_ALLOWED_FR = [
  'cul de sac', 'cul de poule', 'cul sec', 'fond de culotte', 's attard*', 'm attard*', 't attard*',
  'nous attardons', 'vous attardez', 'sans s attarder', 'homo sapiens', 'con carne', 'chili con carne',
  'film porno', 'pd g', 'pdg',
];

export const STARTER_ALLOWED_EN = [
  'cum laude', 'magna cum laude', 'summa cum laude', 'homo sapiens', 'dick van dyke', 'moby dick',
  'jerk chicken', 'knee jerk', 'hoe down', 'chili con carne', 'pros and cons', 'con artist', 'scunthorpe',
  'essex', 'cocktail', 'shiitake', 'hancock', 'dickens', 'therapist', 'assessment', 'bass', 'classic',
];
