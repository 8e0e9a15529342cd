import { isValidBase58Check, isValidBech32 } from '@/lib/risk/wallets';
import { rules, spansOf } from '../support/starter-scan';

describe('a crypto wallet address under a post', () => {
  it.each([
    [
      'Send 0.05 BTC to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq and get 0.1 back within the hour',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
    ],
    ['Soutenez la cagnotte : 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa 🙏', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    [
      'Elon is giving away ETH today only → 0x71C7656EC7ab88b098defB751B7401B5f6d8976F',
      '0x71C7656EC7ab88b098defB751B7401B5f6d8976F',
    ],
    [
      'envoyez vos USDT sur TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL, remboursement garanti',
      'TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL',
    ],
    [
      'taproot: bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
      'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
    ],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
  ])('is spam, and the address is marked: "%s"', (text, address) => {
    expect(rules(text)).toContain('spam');
    expect(spansOf(text, 'spam')).toContain(address);
  });

  it.each([
    // One character off: the checksum fails.
    'Send BTC to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp please',
    'Soutenez la cagnotte : 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb',
    // Order numbers, tracking numbers and tokens of the same length.
    'Ma commande 1Z999AA10123456784ABCDEFGH est bloquée depuis lundi',
    'Colis 3SABCD123456789FRANCE12345 toujours pas livré',
    'ticket 1234567890123456789012345678, merci de me rappeler',
    'the commit 0x71c7656ec7ab88b098defb751b7401b5f6d8976f0000 broke the build',
  ])('is not read in "%s"', (text) => {
    expect(spansOf(text, 'spam')).toEqual([]);
  });

  it('checks each format by its own checksum', () => {
    expect(isValidBase58Check('LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9')).toBe(true);
    expect(isValidBase58Check('DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L')).toBe(true);
    expect(isValidBase58Check('DH5yaieqoZN36fDVciNyRueRGvGLR3mr7M')).toBe(false);
    expect(isValidBech32('BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ')).toBe(true);
    // Mixed case is not Bech32.
    expect(isValidBech32('bc1QAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(false);
  });
});
