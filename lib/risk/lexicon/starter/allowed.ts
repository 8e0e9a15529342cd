/** Built-in allowed phrases of the starter charter: common phrases that contain a listed word. */
import { ALLOWED_ADDED_IN_V6 } from './added-in-v6';
import { ALLOWED_ADDED_IN_V7 } from './added-in-v7';
import { ALLOWED_ADDED_IN_V9 } from './added-in-v9';
import { ALLOWED_ADDED_IN_V11 } from './added-in-v11';

export const STARTER_ALLOWED_FR = [
  'cul de sac',
  'cul de poule',
  'cul sec',
  'fond de culotte',
  's attard*',
  'm attard*',
  't attard*',
  'nous attardons',
  'vous attardez',
  'sans s attarder',
  'homo sapiens',
  'con carne',
  'chili con carne',
  'film porno',
  'pd g',
  'pdg',
  ...ALLOWED_ADDED_IN_V6.insult.fr,
  ...ALLOWED_ADDED_IN_V9.insult.fr,
  ...ALLOWED_ADDED_IN_V11.insult.fr,
];

export const STARTER_ALLOWED_EN = [
  'cum laude',
  'magna cum laude',
  'summa cum laude',
  'homo sapiens',
  'dick van dyke',
  'moby dick',
  'jerk chicken',
  'knee jerk',
  'hoe down',
  'chili con carne',
  'pros and cons',
  'con artist',
  'scunthorpe',
  'essex',
  'cocktail',
  'shiitake',
  'hancock',
  'dickens',
  'therapist',
  'assessment',
  'bass',
  'classic',
  ...ALLOWED_ADDED_IN_V6.insult.en,
  ...ALLOWED_ADDED_IN_V7.insult.en,
  ...ALLOWED_ADDED_IN_V9.insult.en,
  ...ALLOWED_ADDED_IN_V11.insult.en,
];
