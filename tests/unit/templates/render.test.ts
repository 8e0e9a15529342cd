import { describe, expect, it } from 'vitest';
import { checkLength, renderTemplate, templateValues } from '@/lib/templates/render';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();

describe('renderTemplate', () => {
  it('fills known variables', () => {
    const result = renderTemplate('Hi {{firstName}}, {{brand}} here. {{signature}}', {
      firstName: 'Jane',
      brand: 'Tact Coffee',
      signature: '— Sam',
    });
    expect(result.text).toBe('Hi Jane, Tact Coffee here. — Sam');
    expect(result.unknown).toEqual([]);
    expect(result.missing).toEqual([]);
  });

  it('uses the fallback after | when a value is missing', () => {
    expect(renderTemplate('Hi {{firstName|there}}!', {}).text).toBe('Hi there!');
    expect(renderTemplate('Merci {{ firstName | à vous }} !', {}).text).toBe('Merci à vous !');
  });

  it('ignores the fallback when the value exists', () => {
    expect(renderTemplate('Hi {{firstName|there}}!', { firstName: 'Ana' }).text).toBe('Hi Ana!');
  });

  it('leaves unknown variables visible and reports them once', () => {
    const result = renderTemplate('Order {{orderNumber}} and {{orderNumber}}', {});
    expect(result.text).toBe('Order {{orderNumber}} and {{orderNumber}}');
    expect(result.unknown).toEqual(['orderNumber']);
  });

  it('reports a missing value without fallback and leaves no stray spaces', () => {
    const result = renderTemplate('Bonjour {{firstName}}, merci ! {{signature}}', {});
    expect(result.text).toBe('Bonjour, merci !');
    expect(result.missing).toEqual(['firstName', 'signature']);
  });

  it('keeps line breaks', () => {
    expect(renderTemplate('Hello {{name}}\nBye', { name: 'Bo' }).text).toBe('Hello Bo\nBye');
  });
});

describe('templateValues', () => {
  it('takes the first name from the display name and drops a handle @', () => {
    const values = templateValues({
      authorName: 'Marie Dupont',
      brandName: 'Café Tact',
      signature: 'Léa',
      platform: 'x',
      language: 'fr',
      now: NOW,
    });
    expect(values).toMatchObject({
      name: 'Marie Dupont',
      firstName: 'Marie',
      brand: 'Café Tact',
      platform: 'X',
    });
    expect(
      templateValues({ authorName: '@jdoe', platform: 'reddit', language: 'en', now: NOW }).firstName,
    ).toBe('jdoe');
  });

  it("writes today's date in the brand's language", () => {
    expect(templateValues({ platform: 'x', language: 'fr', now: NOW }).date).toBe('23 novembre 2026');
    expect(templateValues({ platform: 'x', language: 'en', now: NOW }).date).toBe('November 23, 2026');
  });

  it('has no platform name off the supported platforms', () => {
    expect(templateValues({ platform: 'other', language: 'en', now: NOW }).platform).toBeUndefined();
  });
});

describe('checkLength', () => {
  it('warns past the X limit of 280 characters', () => {
    expect(checkLength('a'.repeat(280), 'x').over).toBe(false);
    expect(checkLength('a'.repeat(281), 'x')).toEqual({ length: 281, limit: 280, over: true });
  });

  it('counts an emoji as one character and has no limit elsewhere', () => {
    expect(checkLength('👍🏽ok', 'other')).toEqual({ length: 4, limit: null, over: false });
  });
});
