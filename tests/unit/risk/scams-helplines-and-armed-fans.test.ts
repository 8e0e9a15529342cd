import { lowered, rules } from '../support/starter-scan';

describe('scams told in plain words', () => {
  it.each([
    "Super vidéo ! Si ça intéresse quelqu'un, j'ai doublé mon salaire avec les options binaires, ma conseillère Sandrine répond sur WhatsApp, demandez-lui le lien 😉",
    'Who else is earning from home? I got paid $850 today, check my bio 💰',
    'Love your content 😍 Wanna collab? DM @promo_growth_ for a shoutout and 10k real followers',
    "Hi, we're sorry for your experience. Kindly DM our support team @BT_HelpDesk_Care with your account number and PIN",
    "Hiring 20 people urgently, earn 5000 daily from mobile. Comment 'YES' and I'll DM you",
  ])('is spam: "%s"', (text) => {
    expect(rules(text)).toContain('spam');
  });

  it.each([
    "We're hiring! Part-time Customer Assistants at our Glasgow stores. Apply through tesco-careers.com",
    'Merci pour la réponse, je vous écris en MP avec mon numéro de commande',
  ])('leaves the brand and its customers alone: "%s"', (text) => {
    expect(rules(text)).not.toContain('spam');
  });
});

describe('a helpline quoted under a post', () => {
  it('is nobody’s personal data', () => {
    expect(rules('Merci de rappeler le 3114 et SOS Amitié au 09 72 39 40 50 sous ce post')).not.toContain(
      'personal_data',
    );
  });
});

describe('fans who bring weapons to the match', () => {
  it('stay a threat though the stadium is named', () => {
    const text = "Les supporters d'en face, on vous attend à la sortie du stade avec des barres de fer";
    expect(rules(text)).toContain('threat');
    expect(lowered(text)).not.toContain('threat');
  });

  it('without a weapon, the banter is still lowered', () => {
    expect(rules('on va les massacrer dimanche au stade, allez l’OL')).not.toContain('threat');
  });
});
