import { describe, expect, it } from 'vitest';

// Every source file under src, as text (Vite inlines them at test time).
const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx,css}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

function importsOf(source: string): string[] {
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? '');
}

describe('source layout conventions', () => {
  it('finds the source files', () => {
    expect(Object.keys(sources)).toContain('/src/main.tsx');
  });

  it('names files in kebab-case', () => {
    const badNames = Object.keys(sources).filter((path) => {
      const fileName = path.split('/').pop() ?? '';
      return !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/.test(fileName);
    });
    expect(badNames).toEqual([]);
  });

  it('imports through the @/ alias rather than parent-relative paths', () => {
    const offenders = Object.entries(sources).flatMap(([path, source]) =>
      importsOf(source)
        .filter((specifier) => specifier.startsWith('../'))
        .map((specifier) => `${path} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('never lets one feature import another', () => {
    const offenders = Object.entries(sources).flatMap(([path, source]) => {
      const feature = /^\/src\/features\/([^/]+)\//.exec(path)?.[1];
      if (!feature) {
        return [];
      }
      return importsOf(source)
        .filter((specifier) => {
          const imported = /^@\/features\/([^/]+)/.exec(specifier)?.[1];
          return imported !== undefined && imported !== feature;
        })
        .map((specifier) => `${path} imports ${specifier}`);
    });
    expect(offenders).toEqual([]);
  });
});
