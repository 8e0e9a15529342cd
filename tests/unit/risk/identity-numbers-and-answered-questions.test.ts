import { lowered, rules, spansOf } from '../support/starter-scan';

describe('identity numbers after their name', () => {
  it('finds a Canadian social insurance number', () => {
    expect(spansOf("Mon NAS c'est le 273 184 598, pour la demande de prêt", 'personal_data')).toEqual([
      '273 184 598',
    ]);
    expect(spansOf('my SIN: 046-454-286, the form keeps rejecting it', 'personal_data')).toEqual([
      '046-454-286',
    ]);
  });

  it('finds an Aadhaar number', () => {
    expect(
      spansOf('Aadhaar 4521 8873 6613 attached for KYC, please activate my account', 'personal_data'),
    ).toEqual(['4521 8873 6613']);
    expect(spansOf('My Aadhaar is 4521 7789 3310, why is my KYC rejected?', 'personal_data')).toEqual([
      '4521 7789 3310',
    ]);
  });

  it('leaves the same digits without the name alone', () => {
    expect(rules('Commande 273 184 598 toujours pas livrée')).not.toContain('personal_data');
    expect(rules('Ticket 4521 7789 3310 closed without an answer')).not.toContain('personal_data');
  });

  it('finds an address written the Swiss way', () => {
    const text = "Mon adresse c'est Chemin des Vignes 5, 1007 Lausanne, et le colis n'arrive pas";
    expect(spansOf(text, 'personal_data')).toEqual(['Chemin des Vignes 5, 1007 Lausanne']);
  });
});

describe('questions that ask the brand nothing', () => {
  it.each([
    "Why do I keep buying these? Because they're addictive, that's why 😂",
    "Is it even Monday without your cold brew? Didn't think so ☕",
    'Pourquoi je craque à chaque fois ? Parce que c’est trop bon 😍',
  ])('answers itself: "%s"', (text) => {
    expect(rules(text)).not.toContain('customer_care');
  });

  it('still reads an unanswered question', () => {
    expect(rules('Why is my order still not here? It has been two weeks')).toContain('customer_care');
  });
});

describe('a recall the customer saw handled', () => {
  it('is no crisis when the refund came through and the customer praises it', () => {
    const text = 'Saw the recall notice, took the batch back, full refund no questions. Well handled.';
    expect(rules(text)).toEqual([]);
    expect(lowered(text)).toContain('crisis');
  });

  it('stays a crisis without the refund', () => {
    expect(rules('Saw the recall notice, my kid already ate two of them, what do I do?')).toContain('crisis');
  });
});
