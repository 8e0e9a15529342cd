/**
 * Vocabulary of the built-in detectors and of the cues that lower a verdict. Not user-editable: these are
 * the engine's grammar (who is addressed, what is negated, which groups are protected), not the brand's words.
 */

/** Frequent words that tell French from English (ambiguous ones such as "a", "on", "me" left out). */
export const STOPWORDS_FR = (
  'le la les de des du un une et est pas je tu il elle nous vous ils elles que qui quoi ce cette ces mon mes tes ' +
  'ses dans sur avec mais donc ne tres c j qu au aux ca suis sont ont fait faire comme tout tous bien merci ' +
  'bonjour oui rien quand comment pourquoi parce vraiment trop aussi encore deja jamais toujours chez sans ' +
  'apres avant ici voila alors moi toi lui leur leurs etre avoir peut faut veux va vais mdr ptdr wesh bah ' +
  'votre vos notre nos cet quel quelle etait sais fais dit ai y'
).split(' ');

export const STOPWORDS_EN = (
  'the and is are was were you your i it this that to of in for with have has had not what so my he she they ' +
  'we them his her be been do does did don can will would should just if at from by all about how when where ' +
  'why who there their out up get got like know one no yes now want love good really im u ur lol go going ' +
  'gonna people because than then some any more time make see think only very much also here too an its ' +
  're ll ve isn didn doesn'
).split(' ');

/** English words that are French charter terms: those terms only count in French text. */
export const COLLIDE_EN = ['con', 'cons', 'bite', 'bites', 'mongol', 'mongols', 'sale', 'sales', 'pine', 'tg'];
/** French words that are English charter terms: those terms only count in English text. */
export const COLLIDE_FR = ['retard', 'retards', 'retarde', 'retardes', 'tard', 'fat', 'cum', 'dates'];

/** Negations that, right before an insult ("you're not an idiot", "t'es pas con"), lower it. */
export const NEGATIONS = [
  'not', 'never', 'won t', 'isn t', 'isnt', 'aren t', 'arent', 'wasn t', 'ain t', 'no longer', 'pas', 'jamais',
  'nullement', 'aucunement',
];
/** Words that may stand between a negation and the insult it negates. */
export const NEGATION_FILLERS = new Set(
  (
    'a an the that so very really such some at all one un une des de d du si tres vraiment trop aussi tout ' +
    'bien completement totalement du tellement just being called being ete'
  ).split(' '),
);

/** Cues that the next words report or quote abuse rather than commit it. */
export const REPORTING = [
  'calling someone', 'call someone', 'calling people', 'call people', 'called me', 'call me', 'calls me',
  'calling me', 'called him', 'called her', 'called them', 'called us', 'the word', 'the term', 'words like',
  'slurs like', 'slur like', 'stop calling', 'stop saying', 'don t call', 'dont call', 'never call', 'people who say',
  'those who say', 'when people say', 'if you say', 'shouldn t say', 'should not say', 'using the word',
  'm a traite de', 'm a traitee de', 'm ont traite de', 'me traite de', 'me traiter de', 'me traitent de',
  'traiter quelqu un de', 'traiter les gens de', 'traiter les autres de', 'traite de', 'traites de', 'le mot',
  'le terme', 'des mots comme', 'arretez de dire', 'arrete de dire', 'arretez de traiter', 'arrete de traiter',
  'ne dites pas', 'ne dis pas', 'on ne dit pas', 'ceux qui disent', 'les gens qui disent', 'dire que',
  'appeler quelqu un', 'appeler les gens', 'people calling', 'being called', 'got called', 'was called',
  'were called', 'saying that', 'to say that', 'say that', 'calling', 'etre traite de', 'se faire traiter de', 'qualifier de', 'to call someone', 'to call people',
];
/** Verbs of saying: they lower only a quoted insult. */
export const SAYING = ['say', 'saying', 'said', 'says', 'dire', 'dit', 'disent', 'disant', 'ecrire', 'ecrit', 'wrote', 'write'];
/** Condemnations: right after an insult ("X is a slur", "X est une insulte") they lower it. */
export const CONDEMNATIONS = [
  'is unacceptable', 'are unacceptable', 'unacceptable', 'is not okay', 'is not ok', 'isn t okay', 'isn t ok',
  'is never okay', 'is never ok', 'not acceptable', 'is a slur', 'are slurs', 'is offensive', 'is racist',
  'is homophobic', 'is sexist', 'is hurtful', 'are hurtful', 'is hateful', 'hate speech', 'is wrong', 'has no place',
  'is inappropriate', 'is disgusting', 'inacceptable', 'inacceptables', 'inadmissible', 'pas acceptable',
  'est une insulte', 'c est une insulte', 'est raciste', 'c est raciste', 'est homophobe', 'c est homophobe',
  'est sexiste', 'est blessant', 'sont blessants', 'n a pas sa place', 'n ont pas leur place', 'est honteux',
  'c est honteux', 'propos haineux', 'discours de haine', 'est degoutant', 'ca suffit', 'is not funny',
  'n est pas drole',
];
/** Light-hearted endings that turn "je veux mourir" / "I want to die" into a figure of speech. */
export const JOKES = [
  'de rire', 'de honte', 'de froid', 'de chaud', 'd ennui', 'laughing', 'of laughter', 'of embarrassment',
  'of boredom', 'lol', 'lmao', 'mdr', 'ptdr', 'xd', 'haha', 'hahaha',
];

/** Protected groups, for hostile statements that carry no slur. */
export const GROUPS = [
  'jews', 'jewish people', 'muslims', 'muslim people', 'black people', 'blacks', 'black men', 'black women',
  'immigrants', 'migrants', 'refugees', 'foreigners', 'gay people', 'gays', 'gay men', 'lesbians', 'homosexuals',
  'trans people', 'transgender people', 'trans women', 'trans men', 'women', 'females', 'disabled people',
  'the disabled', 'asians', 'chinese people', 'mexicans', 'arabs', 'africans', 'roma', 'gypsies', 'indians',
  'pakistanis', 'latinos', 'hispanics', 'christians', 'catholics', 'hindus', 'white people', 'whites',
  'bisexuals', 'lgbt people', 'lgbtq people', 'gay', 'jew', 'muslim', 'immigrant', 'refugee',
  'juifs', 'juives', 'musulmans', 'musulmanes', 'noirs', 'noires', 'arabes', 'immigres', 'immigrees', 'migrants',
  'etrangers', 'refugies', 'homosexuels', 'homosexuelles', 'gays', 'lesbiennes', 'homos', 'trans', 'transgenres',
  'femmes', 'handicapes', 'asiatiques', 'chinois', 'roms', 'gitans', 'africains', 'maghrebins', 'rebeus', 'rebeu',
  'renois', 'renoi', 'blancs', 'chretiens', 'catholiques', 'juif', 'musulman', 'arabe', 'noir', 'immigre',
  'cette race', 'ces gens la', 'ces gens',
];
/** Predicates that, after a group, dehumanise, exclude or threaten it. */
export const GROUP_PREDICATES_AFTER = [
  'are animals', 'are like animals', 'are vermin', 'are rats', 'are cockroaches', 'are parasites', 'are a disease',
  'are a cancer', 'are a plague', 'are scum', 'are trash', 'are garbage', 'are filth', 'are filthy', 'are disgusting',
  'are subhuman', 'are not human', 'aren t human', 'are not people', 'are inferior', 'are evil', 'are criminals',
  'are terrorists', 'are rapists', 'are worthless', 'are stupid', 'are dirty', 'are pigs', 'are dogs', 'are savages',
  'are a burden', 'are a threat', 'are monsters', 'are freaks', 'are sick', 'are mentally ill', 'are a mistake',
  'should be deported', 'should be killed', 'should be shot', 'should be hanged', 'should be exterminated',
  'should be gassed', 'should be banned', 'should be locked up', 'should be sterilized', 'should die',
  'should all die', 'must die', 'deserve to die', 'need to die', 'need to go', 'need to be wiped out',
  'don t belong', 'do not belong', 'should go back', 'go back to', 'should not be allowed', 'shouldn t be allowed',
  'should not have rights', 'belong in a zoo', 'belong in the kitchen', 'belong in cages', 'make me sick',
  'are ruining', 'are destroying', 'are taking over', 'are invading', 'can t be trusted', 'cannot be trusted',
  'are all the same', 'are nothing but', 'are a waste', 'ruin everything', 'should be wiped out',
  'sont des animaux', 'sont des betes', 'sont des rats', 'sont des cafards', 'sont des parasites',
  'sont une maladie', 'sont un cancer', 'sont une plaie', 'sont des dechets', 'sont des ordures',
  'sont de la merde', 'sont sales', 'sont degoutants', 'sont degueulasses', 'sont inferieurs', 'sont des sous hommes',
  'ne sont pas des humains', 'ne sont pas humains', 'sont pas des humains', 'sont des criminels',
  'sont des terroristes', 'sont des voleurs', 'sont des violeurs', 'sont des porcs', 'sont des chiens',
  'sont des singes', 'sont des sauvages', 'sont une menace', 'sont des monstres', 'sont des malades',
  'doivent etre expulses', 'doivent mourir', 'doivent disparaitre', 'devraient etre expulses', 'devraient mourir',
  'devraient disparaitre', 'faut les expulser', 'faut les tuer', 'faut tous les tuer', 'faut les gazer', 'dehors',
  'rentrez chez vous', 'retournez chez vous', 'retournez dans votre pays', 'n ont rien a faire ici',
  'n ont rien a faire en france', 'hors de france', 'me degoutent', 'me donnent envie de vomir', 'nous envahissent',
  'envahissent', 'nous remplacent', 'detruisent', 'pourrissent', 'sont tous pareils', 'a la niche', 'au zoo',
  'au four', 'aux chambres a gaz', 'ne meritent pas de vivre', 'ne meritent pas', 'devraient pas avoir le droit',
  'n ont pas leur place',
];
/** Predicates that, before a group, attack it ("I hate …", "death to …", "sales …"). */
export const GROUP_PREDICATES_BEFORE = [
  'i hate', 'i hate all', 'hate all', 'death to', 'kill all', 'kill the', 'exterminate', 'exterminate all',
  'gas the', 'gas all', 'deport all', 'deport the', 'get rid of', 'round up', 'ban all', 'fuck all', 'fuck the',
  'fuck', 'disgusting', 'filthy', 'dirty', 'i can t stand', 'i despise', 'i loathe', 'never trust', 'don t trust',
  'never hire', 'don t hire', 'je deteste', 'je deteste les', 'je hais', 'je hais les', 'mort aux',
  'a mort les', 'tuer les', 'tuons les', 'exterminer les', 'gazer les', 'expulser les', 'virer les', 'dehors les',
  'sale', 'sales', 'ces sales', 'ces putains de', 'sale race de', 'nique les', 'niquez les', 'fuck les',
  'j ai horreur des', 'interdire les', 'degueulasses', 'bande de', 'saloperie de',
];

/** Someone addressed ("you're …", "t'es …"), for degrading remarks. */
export const ADDRESSEES = [
  'you re', 'youre', 'you are', 'ur', 'u r', 'you look', 'you look so', 'your so', 'you so', 'you were', 'you',
  't es', 'tu es', 'vous etes', 't etais', 'tu as l air', 't as l air', 't as vraiment l air', 'espece de',
];
export const DEGRADING = [
  'ugly', 'fat', 'stupid', 'dumb', 'worthless', 'pathetic', 'disgusting', 'useless', 'a joke', 'a disgrace',
  'trash', 'garbage', 'a waste of space', 'a failure', 'hideous', 'creepy', 'gross', 'a nobody', 'nothing',
  'moche', 'laid', 'laide', 'gros', 'grosse', 'nul', 'nulle', 'bete', 'inutile', 'pathetique', 'pitoyable',
  'degueulasse', 'degoutant', 'degoutante', 'minable', 'ridicule', 'une honte', 'un dechet', 'une merde', 'rien',
  'immonde', 'repugnant', 'repugnante', 'affreux', 'affreuse', 'une grosse', 'un gros', 'un moins que rien',
];

/** Someone announcing violence: intent, then an act aimed at someone. */
export const INTENTS = [
  'i will', 'i ll', 'i m going to', 'im going to', 'i m gonna', 'im gonna', 'gonna', 'we will', 'we ll',
  'we re going to', 'i swear i ll', 'i want to', 'i wanna', 'someone should', 'somebody should', 'i d', 'i would',
  'i could', 'let s', 'je vais', 'j vais', 'jvais', 'on va', 'je veux', 'il faut', 'faut', 'je pourrais',
  'ne vais pas', 'vais pas', 'ne va pas', 'va pas', 'quelqu un devrait', 'je vais aller', 'on devrait', 'je vais venir',
];
const VIOLENT_EN = [
  'kill', 'murder', 'stab', 'hurt', 'punch', 'strangle', 'choke', 'slap', 'burn', 'rape', 'behead', 'hang', 'lynch',
  'slaughter', 'massacre', 'torture', 'hunt', 'poison',
];
const VICTIMS_EN = ['you', 'u', 'ya', 'him', 'her', 'your family', 'everyone', 'all of you', 'y all', 'your kids'];
const VIOLENT_FR = [
  'tuer', 'buter', 'egorger', 'planter', 'poignarder', 'bruler', 'violer', 'massacrer', 'etrangler', 'pendre',
  'fusiller', 'abattre', 'decapiter', 'casser la gueule', 'peter la gueule', 'crever', 'lyncher', 'torturer',
  'empoisonner', 'saigner', 'tirer dessus', 'enterrer', 'faire la peau',
];
/** Verbs that are banter about a team ("on va les défoncer") unless aimed at "you". */
const ROUGH_FR = ['defoncer', 'frapper', 'cogner', 'tabasser', 'exploser', 'eclater', 'retrouver'];
const VICTIMS_FR = ['te', 't', 'vous', 'les', 'le', 'la', 'l', 'tous les', 'tous vous'];
export const VIOLENT_ACTS = [
  ...VIOLENT_EN.flatMap((verb) => VICTIMS_EN.map((victim) => `${verb} ${victim}`)),
  ...VIOLENT_FR.flatMap((verb) => VICTIMS_FR.map((victim) => `${victim} ${verb}`)),
  ...ROUGH_FR.flatMap((verb) => ['te', 't', 'vous', 'tous vous'].map((victim) => `${victim} ${verb}`)),
];

/** First-person wish or plan, then an act against oneself. */
export const SELF_INTENTS = [
  'je veux', 'j ai envie de', 'envie de', 'je vais', 'je voudrais', 'j aimerais', 'je pense a', 'i want to',
  'i wanna', 'i m going to', 'im going to', 'i m gonna', 'im gonna', 'i feel like', 'i just want to',
  'thinking about', 'thinking of', 'i need to', 'je vais aller', 'i should', 'je devrais', 'i m about to',
];
export const SELF_ACTS = [
  'me tuer', 'mourir', 'en finir', 'me suicider', 'disparaitre', 'me pendre', 'me couper', 'me faire du mal',
  'me jeter', 'sauter', 'kill myself', 'die', 'end it', 'end my life', 'disappear', 'hang myself', 'cut myself',
  'hurt myself', 'not wake up', 'never wake up', 'sleep forever', 'jump', 'overdose', 'me foutre en l air',
];

/** Announced legal, media or boycott action, and product-safety cues. */
export const CRISIS_INTENTS = ['je vais', 'on va', 'nous allons', 'i will', 'i m going to', 'im going to', 'we will', 'we re going to', 'i ll', 'we ll'];
export const CRISIS_ACTS = [
  'porter plainte', 'vous poursuivre', 'contacter la presse', 'alerter la presse', 'en parler aux medias',
  'vous signaler', 'vous denoncer', 'boycotter', 'faire un scandale', 'sue', 'sue you', 'report you',
  'call my lawyer', 'contact the press', 'go to the press', 'take legal action', 'boycott', 'contact a lawyer',
  'post this everywhere', 'leave a bad review', 'mettre un avis', 'tout balancer', 'contacter un avocat',
  'file a complaint', 'faire une reclamation',
];
export const CONTAMINANT_FINDS = ['j ai trouve un', 'j ai trouve une', 'il y avait un', 'il y avait une', 'found a', 'there was a', 'found some'];
export const CONTAMINANTS = [
  'cheveu', 'cheveux', 'insecte', 'insectes', 'ver', 'vers', 'cafard', 'morceau de verre', 'bout de verre',
  'morceau de plastique', 'bout de metal', 'hair', 'bug', 'insect', 'worm', 'worms', 'cockroach', 'glass',
  'piece of plastic', 'piece of metal', 'maggot', 'maggots', 'asticot', 'asticots', 'souris', 'mouse', 'rat',
];

/** A question to the brand: a question word in a text that has a question mark. */
export const QUESTIONS = [
  'how', 'when', 'where', 'why', 'what', 'which', 'can you', 'could you', 'do you', 'does', 'is there', 'will you',
  'are you', 'can i', 'comment', 'quand', 'ou', 'pourquoi', 'combien', 'est ce que', 'est ce qu', 'pouvez vous',
  'avez vous', 'vous avez', 'vous faites', 'c est quand', 'c est ou', 'is it', 'any news', 'des nouvelles',
];

/** Weak spam cues: two of them (or one with a link, phone number or sum of money) make spam. */
export const SPAM_CUES = [
  'free', 'win', 'won', 'winner', 'prize', 'prizes', 'cash', 'urgent', 'guaranteed', 'call', 'txt', 'text', 'reply',
  'claim', 'offer', 'mobile', 'subscribe', 'channel', 'click', 'check out', 'money', 'earn', 'per day', 'a day',
  'per week', 'a week', 'awarded', 'selected', 'bonus', 'congratulations', 'congrats', 'credit', 'loan', 'loans',
  'discount', 'order now', 'buy now', 'cheap', 'visit', 'website', 'download', 'views', 'likes', 'followers',
  'promo', 'stop', 'ringtone', 'tone', 'tones', 'video', 'music', 'song', 'share', 'rate', 'cost', 'ppm', 'p min',
  'pmin', 'box', 'po box', 'apply', 'msg', 'chat', 'dating', 'sexy', 'hot', 'singles', 'latest', 'exclusive',
  'customer', 'service', 'landline', 'contact', 'line', 'help', 'youtube', 'facebook', 'instagram', 'twitter',
  'please', 'support', 'gratuit', 'gratuite', 'gagner', 'gagne', 'gagnez', 'argent', 'cadeau', 'offre', 'clique',
  'cliquez', 'abonne', 'abonnez', 'chaine', 'profitez', 'code', 'bitcoin', 'mp', 'prive', 'investir', 'rejoins',
  'rejoignez', 'opportunity', 'opportunite', 'limited', 'offer ends', 'valid', 'entry', 'guarantee', 'ur',
  'award', 'draw', 'holiday', 'voucher', 'vouchers', 'cash', 'camera', 'nokia', 'sms', 'min', 'week', 'todays',
];

/** Street words: the address detector runs only when one of them is there. */
export const STREETS = [
  'rue', 'avenue', 'av', 'boulevard', 'bd', 'place', 'chemin', 'allee', 'impasse', 'quai', 'route', 'cours', 'square',
  'passage', 'residence', 'street', 'st', 'ave', 'road', 'rd', 'lane', 'ln', 'blvd', 'drive', 'dr', 'court', 'ct',
  'way', 'terrace',
];
