/**
 * Crypto wallet addresses: "send 0.05 BTC to bc1q… and get 0.1 back" is the commonest crypto scam under a brand's
 * posts, and the address is its one hard evidence. Like IBANs and cards, an address counts only when its own
 * checksum holds, so that a long order number or a base64 token is never read as one:
 * - Base58Check (Bitcoin "1…"/"3…", Litecoin, Dogecoin, Tron): a double SHA-256 checksum (@noble/hashes);
 * - Bech32 and Bech32m (Bitcoin "bc1…", Litecoin "ltc1…"): their BCH checksum, a few lines written here;
 * - Ethereum and its chains ("0x" and 40 hex digits): no checksum in lower case, but that shape is unmistakable.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { RawSpan } from './detectors';

const BASE58_ADDRESS = /(?<![\p{L}\p{N}])[13LMDT][1-9A-HJ-NP-Za-km-z]{25,34}(?![\p{L}\p{N}])/gu;
const BECH32_ADDRESS = /(?<![\p{L}\p{N}])(?:bc|ltc|tb)1[02-9ac-hj-np-z]{11,71}(?![\p{L}\p{N}])/giu;
const HEX_ADDRESS = /(?<![\p{L}\p{N}])0x[0-9a-f]{40}(?![\p{L}\p{N}])/giu;

export function findWallets(text: string, out: RawSpan[]): void {
  collectValid(BASE58_ADDRESS, text, out, isValidBase58Check);
  collectValid(BECH32_ADDRESS, text, out, isValidBech32);
  collectValid(HEX_ADDRESS, text, out, () => true);
}

function collectValid(pattern: RegExp, text: string, out: RawSpan[], valid: (s: string) => boolean): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    if (valid(match[0])) out.push({ start: match.index, end: match.index + match[0].length });
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58 decoded into 25 bytes (a version byte, a 20-byte hash, a 4-byte checksum) whose checksum holds. */
export function isValidBase58Check(candidate: string): boolean {
  const bytes = decodeBase58(candidate);
  if (bytes.length !== 25) return false;
  const check = sha256(sha256(bytes.subarray(0, 21)));
  for (let k = 0; k < 4; k++) if (check[k] !== bytes[21 + k]) return false;
  return true;
}

/** The bytes of a Base58 string; none when a character is not Base58. */
function decodeBase58(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    let carry = BASE58.indexOf(char);
    if (carry < 0) return new Uint8Array(0);
    for (let k = 0; k < bytes.length; k++) {
      carry += bytes[k]! * 58;
      bytes[k] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff);
  }
  // Each leading "1" stands for a zero byte.
  for (let k = 0; k < text.length && text[k] === '1'; k++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONSTANT = 1;
const BECH32M_CONSTANT = 0x2bc830a3;

/** BIP 173 and BIP 350: one case throughout, and the checksum over the prefix and the data. */
export function isValidBech32(candidate: string): boolean {
  if (candidate !== candidate.toLowerCase() && candidate !== candidate.toUpperCase()) return false;
  const address = candidate.toLowerCase();
  const separator = address.lastIndexOf('1');
  const prefix = address.slice(0, separator);
  const values: number[] = [];
  for (const char of prefix) values.push(char.charCodeAt(0) >> 5);
  values.push(0);
  for (const char of prefix) values.push(char.charCodeAt(0) & 31);
  for (const char of address.slice(separator + 1)) values.push(BECH32_CHARSET.indexOf(char));
  const checksum = polymod(values);
  return checksum === BECH32_CONSTANT || checksum === BECH32M_CONSTANT;
}

function polymod(values: number[]): number {
  let check = 1;
  for (const value of values) {
    const top = check >>> 25;
    check = ((check & 0x1ffffff) << 5) ^ value;
    for (let k = 0; k < 5; k++) if ((top >>> k) & 1) check ^= BECH32_GENERATOR[k]!;
  }
  return check >>> 0;
}
