import { describe, expect, it } from 'vitest';
import { documentFontCss } from './fonts.js';

const faces = (css: string): string[] => [...css.matchAll(/unicode-range: ([^;]+);/g)].map((match) => match[1] as string);

describe('documentFontCss', () => {
  it('inlines the shipped font as data: URLs, in five faces, loading nothing', () => {
    const css = documentFontCss('Plain English text – with a dash and €.');
    expect(faces(css)).toHaveLength(5);
    expect(css).not.toMatch(/url\((?!data:font\/woff2;base64,)/);
    expect(css.match(/font-weight: 700/g)).toHaveLength(1);
  });

  it('adds the scripts the text uses, and only those', () => {
    expect(faces(documentFontCss('Zürich, Łódź'))).toHaveLength(10);
    expect(faces(documentFontCss('Инженер, Αθήνα, Hà Nội')).length).toBe(20);
    expect(faces(documentFontCss('Инженер, Αθήνα, Hà Nội, Łódź')).length).toBe(25);
  });
});
