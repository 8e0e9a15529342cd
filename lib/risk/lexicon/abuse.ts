/**
 * Starter word lists of the abuse clauses (insult, hate, sexual, harassment), French and English.
 * They become the editable `terms` of the starter charter. A trailing `*` means "any word starting with".
 * Folding makes case, accents, leetspeak, stretched and spaced letters irrelevant: list each word once.
 */

export const INSULT_FR = [
  'con', 'conne', 'connard', 'connarde', 'conard', 'conarde', 'connasse', 'conasse', 'connerie', 'conneries',
  'ducon', 'duconnaud', 'gros con', 'pauvre con', 'sale con', 'tete de con', 'bande de cons', 'salope',
  'salopes', 'salopard', 'salaud', 'salauds', 'saloperie', 'encule', 'enculee', 'enculer', 'enculés',
  'enculé de ta race', 'enfoire', 'enfoiree', 'empaffe', 'nique ta mere', 'nique ta race', 'nique sa mere',
  'niquer', 'nique', 'niquez', 'ntm', 'nik ta mere', 'fdp', 'fils de pute', 'fils de chien', 'pute', 'putes',
  'putain', 'ptn', 'putain de', 'petasse', 'pouffiasse', 'grognasse', 'garce', 'trou du cul', 'trouduc',
  'trou de balle', 'ta gueule', 'tagueule', 'ferme ta gueule', 'ftg', 'tg', 'ta mere la pute', 'ta race',
  'batard', 'batarde', 'abruti', 'abrutie', 'debile', 'debiles', 'debile mental', 'cretin', 'cretine',
  'imbecile', 'imbeciles', 'idiot', 'idiote', 'stupide', 'andouille', 'bouffon', 'bouffonne', 'guignol',
  'guignols', 'tocard', 'tocarde', 'toquard', 'naze', 'nase', 'minable', 'minables', 'raclure', 'ordure',
  'ordures', 'enflure', 'fumier', 'vermine', 'pourriture', 'merde', 'merdeux', 'merdeuse', 'merdique',
  'sous merde', 'grosse merde', 'petite merde', 'sombre merde', 'sac a merde', 'tas de merde', 'cassos',
  'beauf', 'beaufs', 'boloss', 'bolosse', 'baltringue', 'teube', 'teubé', 'mongol', 'mongole', 'mongolien',
  'gogol', 'golmon', 'triso', 'attarde', 'attardee', 'attarde mental', 'gauchiste', 'gauchistes',
  'gauchiasse', 'islamo gauchiste', 'facho', 'fachos', 'fachiste', 'branleur', 'branleuse', 'couillon',
  'couillonne', 'casse couilles', 'emmerdeur', 'emmerdeuse', 'je t emmerde', 'je vous emmerde', 'chieur',
  'chieuse', 'leche cul', 'leche bottes', 'tete de noeud', 'face de rat', 'charogne', 'crevard', 'clodo',
  'mytho', 'va te faire foutre', 'va te faire enculer', 'allez vous faire foutre',
  'allez vous faire enculer', 'va chier', 'vtff', 'plouc', 'pecno', 'bouseux', 'cul terreux', 'cul',
  'mon cul', 'gros porc', 'gros lard', 'pignouf', 'connards', 'petit con', 'grosse conne', 'espece de con',
  'espece d idiot', 'espece de connard', 'incompetent', 'incompetents', 'bande de voleurs', 'clown',
  'clowns', 'bande de clowns', 'pauvre type', 'pauvre fille', 'pauv con', 'wesh le con', 'blaireau',
  'blaireaux', 'cancre', 'niais', 'benet', 'nigaud', 'ahuri', 'bete comme ses pieds', 'bande d incapables',
  'sale chienne',
];

export const INSULT_EN = [
  'fuck*', 'motherfuck*', 'fck', 'fcking', 'fckin', 'fuk', 'fuking', 'fukin', 'fking', 'fkn', 'fk off',
  'effing', 'stfu', 'gtfo', 'wtf', 'shit', 'shits', 'shitty', 'shithead', 'shitface', 'shithole', 'bullshit',
  'horseshit', 'shite', 'dipshit', 'bitch*', 'biatch', 'biotch', 'asshole', 'assholes', 'arsehole', 'ass',
  'asses', 'dumbass', 'jackass', 'fatass', 'smartass', 'asshat', 'asswipe', 'kiss my ass', 'bastard',
  'bastards', 'cunt*', 'dick', 'dickhead', 'dickheads', 'prick', 'pricks', 'twat', 'twats', 'wanker',
  'wankers', 'tosser', 'bellend', 'douche', 'douchebag', 'douchebags', 'scumbag', 'scumbags', 'scum',
  'idiot', 'idiots', 'idiotic', 'moron', 'morons', 'moronic', 'imbecile', 'stupid', 'dumb', 'dummy', 'loser',
  'losers', 'retard', 'retards', 'retarded', 'cocksucker', 'piece of shit', 'son of a bitch', 'sonofabitch',
  'screw you', 'pussy', 'pussies', 'hoe', 'hoes', 'thot', 'thots', 'skank', 'skanks', 'slut', 'sluts',
  'whore', 'whores', 'jerk', 'jerks', 'piss off', 'pissed off', 'bugger', 'numpty', 'nitwit', 'halfwit',
  'dimwit', 'cretin', 'degenerate', 'degenerates', 'feminazi', 'clown', 'clowns', 'crap', 'crappy',
  'damn you', 'goddamn', 'wench', 'lowlife', 'incompetent',
];

export const HATE_FR = [
  'bougnoule', 'bougnoul', 'bougnoules', 'bicot', 'bicots', 'raton', 'ratons', 'crouille', 'crouilles',
  'negro', 'negros', 'negre', 'negresse', 'bamboula', 'youpin', 'youpine', 'youpins', 'youtre', 'chinetoque',
  'chintok', 'niakoue', 'pd', 'pede', 'pedes', 'pedale', 'tapette', 'tarlouze', 'tafiole', 'fiotte',
  'gouine', 'gouines', 'travelo', 'sous race', 'sous homme', 'sous hommes', 'untermensch', 'ching chong',
  'sale arabe', 'sale noir', 'sale juif', 'sale negre', 'sale pede', 'sale race', 'sale musulman',
  'sale immigre', 'sale gitan', 'sale rebeu', 'sale renoi', 'sale chinois', 'sale blanc', 'sales arabes',
  'sales noirs', 'sales juifs', 'mort aux juifs', 'mort aux arabes', 'les bougnoules', 'bamboulas',
  'nazillon',
];

export const HATE_EN = [
  'nigger*', 'nigga', 'niggas', 'niggaz', 'niggah', 'nigguh', 'niglet', 'negro', 'negroes', 'faggot*', 'fag',
  'fags', 'faggit', 'fagget', 'dyke', 'dykes', 'tranny', 'trannies', 'shemale', 'homo', 'homos', 'spic',
  'spics', 'spick', 'chink', 'chinks', 'gook', 'gooks', 'kike', 'kikes', 'wetback', 'wetbacks', 'beaner',
  'beaners', 'coon', 'coons', 'raghead', 'ragheads', 'towelhead', 'towelheads', 'sand nigger',
  'camel jockey', 'paki', 'pakis', 'jap', 'japs', 'zipperhead', 'porch monkey', 'jungle bunny', 'jigaboo',
  'darkie', 'darkies', 'honky', 'honkies', 'white trash', 'halfbreed', 'half breed', 'mongoloid', 'wop',
  'dago', 'injun', 'squaw', 'heeb', 'hymie', 'sheboon', 'coonass', 'subhuman', 'sub human', 'redneck',
  'rednecks', 'gay boy', 'lesbo', 'muzzie', 'muzzies', 'dindu', 'mulatto',
];

export const SEXUAL_FR = [
  'bite', 'grosse bite', 'suce ma bite', 'suce moi', 'suce la', 'suceuse', 'tailler une pipe', 'chatte',
  'nichons', 'nibards', 'nibar', 'baise moi', 'je te baise', 'je vais te baiser', 'baiser ta', 'branlette',
  'se branler', 'branler', 'sodomie', 'sodomiser', 'partouze', 'porno', 'pornos', 'xxx', 'nudes',
  'envoie des nudes', 'cochonne', 'chaudasse', 'je bande', 'bander', 'ejaculer', 'sperme', 'fellation',
  'cunnilingus', 'orgasme', 'masturb*', 'onlyfans', 'plan cul', 'baisable', 'gros seins', 'montre tes seins',
  't es bonne', 't es chaude', 'salope en chaleur', 'queutard', 'enculade', 'levrette',
];

export const SEXUAL_EN = [
  'cock', 'cocks', 'tits', 'titties', 'titty', 'boobs', 'boobies', 'blowjob', 'blowjobs', 'blow job',
  'handjob', 'cum', 'cumshot', 'jizz', 'horny', 'nudes', 'send nudes', 'porn*', 'xxx', 'milf', 'dildo',
  'anal sex', 'orgasm', 'masturbat*', 'jerk off', 'jack off', 'suck my', 'sit on my face', 'deepthroat',
  'hentai', 'nsfw', 'onlyfans', 'sexting', 'boner', 'slutty', 'camgirl', 'hooker', 'hookers', 'sexy pics',
  'sex tape', 'sex chat', 'booty call', 'dick pic', 'dick pics', 'rape you',
];

export const HARASSMENT_FR = [
  'personne ne t aime', 'tout le monde te deteste', 't es moche', 't es laid', 't es laide', 't es grosse',
  't es gros', 'tu es moche', 'tu es laide', 'grosse vache', 'sale grosse', 'va crever', 'crève',
  'creve charogne', 'va mourir', 'suicide toi', 'tue toi', 'va te pendre', 'pends toi',
  'jette toi sous un train', 'casse toi', 'barre toi', 't es nul', 't es nulle', 't es qu une merde',
  'tu sers a rien', 'tu pues', 'retourne a la cuisine', 'retourne dans ta cuisine', 'je te surveille',
  'je sais qui tu es', 'on va te harceler', 'on va te trouver', 'tu devrais mourir',
  'j espere que tu vas crever', 'j espere que tu meurs', 'personne t aime', 'tu fais pitie',
  't es pathetique', 'tu degoutes', 'tu me degoutes',
];

export const HARASSMENT_EN = [
  'nobody likes you', 'no one likes you', 'everyone hates you', 'everybody hates you', 'kill yourself',
  'kill urself', 'kys', 'go die', 'go kill yourself', 'hang yourself', 'drink bleach', 'neck yourself',
  'you re ugly', 'youre ugly', 'ur ugly', 'you are ugly', 'fat pig', 'fatso', 'fat cow', 'you re worthless',
  'you are worthless', 'you re pathetic', 'you are pathetic', 'shut up', 'shut the fuck up', 'get lost',
  'nobody cares', 'no one asked', 'get back in the kitchen', 'make me a sandwich', 'i m watching you',
  'i know who you are', 'uninstall life', 'delete your account', 'you should die', 'die in a fire',
  'i hope you die', 'hope you die', 'hope you get cancer', 'you disgust me',
];
