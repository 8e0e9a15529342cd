import { passesVerhoeff } from '@/lib/risk/detectors';
import { lowered, rules, spansOf } from '../support/starter-scan';

describe('identity numbers after their name', () => {
  it('finds a Canadian social insurance number with a valid key', () => {
    expect(spansOf("Mon NAS c'est le 273 184 598, pour la demande de prêt", 'personal_data')).toEqual([
      '273 184 598',
    ]);
    expect(rules("Mon NAS c'est le 273 184 597, pour la demande de prêt")).not.toContain('personal_data');
  });

  it('finds an Aadhaar number with a valid Verhoeff digit', () => {
    expect(
      spansOf('Aadhaar 4521 8873 6613 attached for KYC, please activate my account', 'personal_data'),
    ).toEqual(['4521 8873 6613']);
    expect(rules('Aadhaar 4521 8873 6614 attached for KYC')).not.toContain('personal_data');
    expect(passesVerhoeff('236')).toBe(true);
    expect(passesVerhoeff('237')).toBe(false);
  });

  it('leaves nine digits without the name alone', () => {
    expect(rules('Commande 273 184 598 toujours pas livrée')).not.toContain('personal_data');
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
