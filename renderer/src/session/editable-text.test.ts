import { describe, expect, it } from 'vitest';
import { composeText, toEditable } from './editable-text.js';

describe('editable text', () => {
  const file = '+++\r\ntitle = "A"\r\n+++\r\nLine one\r\nLine two\r\n';
  const bodyStart = file.indexOf('Line one');

  it('keeps the details part byte for byte and gives the body line feeds only', () => {
    const editable = toEditable(file, bodyStart);
    expect(editable.head).toBe('+++\r\ntitle = "A"\r\n+++\r\n');
    expect(editable.body).toBe('Line one\nLine two\n');
    expect(editable.lineEnding).toBe('\r\n');
  });

  it('writes an edited body back with the file\'s own line endings', () => {
    const editable = toEditable(file, bodyStart);
    expect(composeText(editable, 'Line one\nLine 2\n')).toBe('+++\r\ntitle = "A"\r\n+++\r\nLine one\r\nLine 2\r\n');
  });

  it('gives back the exact file when the body is unchanged, mixed line endings included', () => {
    const mixed = '+++\ntitle = "A"\n+++\nOne\r\nTwo\nThree\r\n';
    const editable = toEditable(mixed, mixed.indexOf('One'));
    expect(composeText(editable, editable.body)).toBe(mixed);
  });

  it('keeps a file with line feeds on line feeds', () => {
    const lf = '+++\ntitle = "A"\n+++\nBody\n';
    const editable = toEditable(lf, lf.indexOf('Body'));
    expect(editable.lineEnding).toBe('\n');
    expect(composeText(editable, 'Body changed\n')).toBe('+++\ntitle = "A"\n+++\nBody changed\n');
  });
});
