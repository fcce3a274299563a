import { describe, expect, it } from 'vitest';
import { resources } from '.';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? '').sort();
}

describe('locales', () => {
  it('should give French every key English has, and no other', () => {
    expect(keysOf(resources.fr).sort()).toEqual(keysOf(resources.en).sort());
  });

  it('should use the same {{placeholders}} in both languages', () => {
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
    for (const key of keysOf(resources.en)) {
      const en = lookup(resources.en, key);
      const fr = lookup(resources.fr, key);
      expect({ key, placeholders: placeholdersOf(String(fr)) }).toEqual({ key, placeholders: placeholdersOf(String(en)) });
    }
  });

  it('should leave no translation empty', () => {
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
    for (const key of keysOf(resources.fr)) expect({ key, empty: String(lookup(resources.fr, key)).trim() === '' }).toEqual({ key, empty: false });
  });
});
