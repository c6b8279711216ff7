import { describe, expect, it } from 'vitest';
import { TomlError } from './toml-error.js';
import { editToml, type TomlEdit } from './edit.js';
import { parseToml } from './parse.js';
import { toPlain, valueAt, type TomlValue } from './value.js';

const str = (value: string): TomlValue => ({ type: 'string', value });
const int = (value: number | bigint): TomlValue => ({ type: 'integer', value: BigInt(value) });
const float = (value: number): TomlValue => ({ type: 'float', value });
const bool = (value: boolean): TomlValue => ({ type: 'boolean', value });
const date = (text: string): TomlValue => ({
  type: 'datetime',
  kind: /^\d{2}:/.test(text) ? 'local-time' : text.length === 10 ? 'local-date' : /(?:[Zz]|[+-]\d{2}:\d{2})$/.test(text) ? 'offset-date-time' : 'local-date-time',
  text,
});

const set = (path: string, value: TomlValue): TomlEdit => ({ op: 'set', path: path.split('.'), value });
const remove = (path: string): TomlEdit => ({ op: 'remove', path: path.split('.') });

function editError(source: string, edits: TomlEdit[]): TomlError {
  try {
    editToml(source, edits);
  } catch (error) {
    if (error instanceof TomlError) return error;
    throw error;
  }
  throw new Error('expected editToml to refuse the edit');
}

function read(source: string, path: string): unknown {
  const value = valueAt(parseToml(source).root, path.split('.'));
  return value === undefined ? undefined : toPlain(value);
}

describe('editToml: no edit', () => {
  it('returns the text as it was, byte for byte', () => {
    const source = '# c\r\ntitle =  \'x\'   # t\n\n[params]\r\n  a = 1_000\n';
    expect(editToml(source, [])).toBe(source);
  });

  it('writes nothing when a value is set to what it already is, even if written differently', () => {
    const source = 'title = "caf\\u00E9"\nn = 0x1F\nf = 2.50\nd = 1979-05-27T07:32:00Z\n';
    expect(editToml(source, [set('title', str('café')), set('n', int(31)), set('f', float(2.5)), set('d', date('1979-05-27T07:32:00Z'))])).toBe(source);
  });

  it('writes nothing when removing a key that is not there', () => {
    expect(editToml('a = 1\n', [remove('b'), remove('a.b.c')])).toBe('a = 1\n');
  });
});

describe('editToml: changing a value keeps its style', () => {
  it('replaces only the value, keeping spacing and the trailing comment', () => {
    expect(editToml('title   =   "Old"   # the title\nx = 1\n', [set('title', str('New'))])).toBe('title   =   "New"   # the title\nx = 1\n');
  });

  it('keeps basic and literal quotes', () => {
    expect(editToml('a = "x"\nb = \'y\'\n', [set('a', str('A "q"')), set('b', str('C:\\dir'))])).toBe('a = "A \\"q\\""\nb = \'C:\\dir\'\n');
  });

  it('falls back to basic quotes when a literal string cannot hold the new value', () => {
    expect(editToml("b = 'y'\n", [set('b', str("it's"))])).toBe('b = "it\'s"\n');
  });

  it('keeps multi-line strings multi-line, with the line endings they had', () => {
    expect(editToml('d = """\nold\ntext"""\n', [set('d', str('new\ntext'))])).toBe('d = """new\ntext"""\n');
    expect(editToml("d = '''\r\nold\r\ntext'''\r\nx = 1\r\n", [set('d', str('new\ntext'))])).toBe("d = '''new\r\ntext'''\r\nx = 1\r\n");
    expect(editToml('d = """one line"""\r\n', [set('d', str('two\nlines'))])).toBe('d = """two\r\nlines"""\r\n');
  });

  it('keeps 2.0 a float when set to the integer 3', () => {
    const result = editToml('weight = 2.0\n', [set('weight', int(3))]);
    expect(result).toBe('weight = 3.0\n');
    expect(valueAt(parseToml(result).root, ['weight'])).toEqual(float(3));
  });

  it('keeps a quoted date a string', () => {
    const result = editToml('date = "2017-01-01"\n', [set('date', date('2024-06-30'))]);
    expect(result).toBe('date = "2024-06-30"\n');
    expect(valueAt(parseToml(result).root, ['date'])).toEqual(str('2024-06-30'));
  });

  it('keeps the time and offset of a quoted date-time when given a date only', () => {
    expect(editToml("date = '2017-01-01T09:00:00+01:00'\n", [set('date', date('2024-06-30'))])).toBe("date = '2024-06-30T09:00:00+01:00'\n");
  });

  it('keeps the time and offset of a date-time when given a date only', () => {
    expect(editToml('date = 2017-01-01T09:00:00-05:00\n', [set('date', date('2024-06-30'))])).toBe('date = 2024-06-30T09:00:00-05:00\n');
    expect(editToml('date = 2017-01-01 09:00:00.5Z\n', [set('date', date('2024-06-30'))])).toBe('date = 2024-06-30 09:00:00.5Z\n');
    expect(editToml('date = 2017-01-01T09:00:00\n', [set('date', date('2024-06-30'))])).toBe('date = 2024-06-30T09:00:00\n');
    const result = editToml('date = 2017-01-01T09:00:00-05:00\n', [set('date', date('2024-06-30'))]);
    expect(valueAt(parseToml(result).root, ['date'])).toEqual(date('2024-06-30T09:00:00-05:00'));
  });

  it('writes a full date-time as given', () => {
    expect(editToml('date = 2017-01-01\n', [set('date', date('2024-06-30T10:00:00Z'))])).toBe('date = 2024-06-30T10:00:00Z\n');
  });

  it('changes the type when asked to (a string for a number)', () => {
    expect(editToml('weight = 10\n', [set('weight', str('ten'))])).toBe('weight = "ten"\n');
  });

  it('keeps a multi-line array multi-line, with its indentation, and the quote style of its strings', () => {
    const source = "tags = [\n    'go',\n    'rust',\n]\nnext = 1\n";
    const result = editToml(source, [set('tags', { type: 'array', items: [str('go'), str('typescript'), str("o'neil")] })]);
    expect(result).toBe("tags = [\n    'go',\n    'typescript',\n    \"o'neil\",\n]\nnext = 1\n");
  });

  it('keeps a one-line array on one line', () => {
    expect(editToml("tags = ['a', 'b']\n", [set('tags', { type: 'array', items: [str('c')] })])).toBe("tags = ['c']\n");
  });

  it('changes a value inside an inline table in place', () => {
    expect(editToml('pay = { min = 1, max = 2 } # EUR\n', [set('pay.max', int(3))])).toBe('pay = { min = 1, max = 3 } # EUR\n');
  });

  it('changes a dotted key in place', () => {
    expect(editToml('params.location = "Paris"\n[x]\n', [set('params.location', str('Lyon'))])).toBe('params.location = "Lyon"\n[x]\n');
  });

  it('finds quoted keys by their name', () => {
    expect(editToml('"pay range" = 1\nsite."é" = 2\n', [set('pay range', int(5)), set('site.é', int(6))])).toBe('"pay range" = 5\nsite."é" = 6\n');
  });
});

describe('editToml: adding a key', () => {
  it('puts a top-level key after the last top-level key, before the first [table]', () => {
    const source = 'title = "A"\ndraft = false\n\n# Where and how much\n[params]\nlocation = "Paris"\n';
    expect(editToml(source, [set('weight', int(3))])).toBe('title = "A"\ndraft = false\nweight = 3\n\n# Where and how much\n[params]\nlocation = "Paris"\n');
  });

  it('puts a top-level key before the first [table] when there is no top-level key', () => {
    expect(editToml('# head\n\n[params]\nx = 1\n', [set('title', str('A'))])).toBe('# head\n\ntitle = "A"\n[params]\nx = 1\n');
  });

  it('copies the indentation, the spacing around "=" and the line ending of the last key', () => {
    const source = '[params]\r\n\tlocation  =  "Paris"  # city\r\n\tremote  =  true\r\n[other]\r\n';
    expect(editToml(source, [set('params.team', str('Core'))])).toBe(
      '[params]\r\n\tlocation  =  "Paris"  # city\r\n\tremote  =  true\r\n\tteam  =  "Core"\r\n[other]\r\n',
    );
  });

  it('uses the line ending of the last key line, even in a file of mixed endings', () => {
    expect(editToml('a = 1\r\nb = 2\n', [set('c', int(3))])).toBe('a = 1\r\nb = 2\nc = 3\n');
    expect(editToml('a = 1\nb = 2\r\n', [set('c', int(3))])).toBe('a = 1\nb = 2\r\nc = 3\r\n');
  });

  it('adds a line ending when the last line has none', () => {
    expect(editToml('a = 1\r\nb = 2', [set('c', int(3))])).toBe('a = 1\r\nb = 2\r\nc = 3');
  });

  it('adds after a multi-line value and after a trailing comment', () => {
    expect(editToml('a = [\n  1,\n] # list\n', [set('b', int(2))])).toBe('a = [\n  1,\n] # list\nb = 2\n');
    expect(editToml('a = """\nx\n"""\n', [set('b', int(2))])).toBe('a = """\nx\n"""\nb = 2\n');
  });

  it('uses the line ending it is given when the text has none to copy', () => {
    expect(editToml('', [set('title', str('A'))], { lineEnding: '\r\n' })).toBe('title = "A"\r\n');
    expect(editToml('a = 1', [set('params.x', int(1))], { lineEnding: '\r\n' })).toBe('a = 1\r\n\r\n[params]\r\nx = 1');
    expect(editToml('a = 1\n', [set('b', int(2))], { lineEnding: '\r\n' })).toBe('a = 1\nb = 2\n');
  });

  it('writes to an empty front matter', () => {
    expect(editToml('', [set('title', str('A'))])).toBe('title = "A"\n');
    expect(editToml('# only a comment', [set('title', str('A'))])).toBe('# only a comment\ntitle = "A"');
  });

  it('adds a dotted key under an existing [table]', () => {
    expect(editToml('title = "A"\n[params]\nlocation = "Paris"\n\n[menu]\nx = 1\n', [set('params.remote', bool(true))])).toBe(
      'title = "A"\n[params]\nlocation = "Paris"\nremote = true\n\n[menu]\nx = 1\n',
    );
  });

  it('adds under an empty [table] right after its header', () => {
    expect(editToml('[params] # none yet\n[menu]\n', [set('params.a', int(1))])).toBe('[params] # none yet\na = 1\n[menu]\n');
    expect(editToml('[params]', [set('params.a', int(1))])).toBe('[params]\na = 1');
  });

  it('adds a deeper key under the nearest [table] as a dotted key', () => {
    expect(editToml('[params]\nx = 1\n', [set('params.pay.min', int(50))])).toBe('[params]\nx = 1\npay.min = 50\n');
  });

  it('adds beside the dotted keys that define a table', () => {
    const source = 'title = "A"\nparams.location = "Paris"\nparams.remote = true\ndraft = false\n';
    expect(editToml(source, [set('params.team', str('Core'))])).toBe(
      'title = "A"\nparams.location = "Paris"\nparams.remote = true\nparams.team = "Core"\ndraft = false\n',
    );
  });

  it('adds beside dotted keys inside a [table]', () => {
    expect(editToml('[params]\n  pay.min = 1\n  x = 2\n', [set('params.pay.max', int(9))])).toBe('[params]\n  pay.min = 1\n  pay.max = 9\n  x = 2\n');
  });

  it('adds into an inline table', () => {
    expect(editToml('pay = { min = 1 } # EUR\n', [set('pay.max', int(9))])).toBe('pay = { min = 1, max = 9 } # EUR\n');
    expect(editToml('pay = {}\n', [set('pay.max', int(9))])).toBe('pay = { max = 9 }\n');
  });

  it('adds a deeper key into an inline table as a dotted key', () => {
    const result = editToml('pay = { min = 1 }\n', [set('pay.range.max', int(9))]);
    expect(result).toBe('pay = { min = 1, range.max = 9 }\n');
    expect(read(result, 'pay')).toEqual({ min: 1, range: { max: 9 } });
  });

  it('adds into a table that dotted keys define inside an inline table', () => {
    expect(editToml('pay = { range.min = 1 }\n', [set('pay.range.max', int(9))])).toBe('pay = { range.min = 1, range.max = 9 }\n');
  });

  it('adds a new [table] at the end for a key whose table does not exist', () => {
    expect(editToml('title = "A"\n', [set('params.location', str('Paris'))])).toBe('title = "A"\n\n[params]\nlocation = "Paris"\n');
    expect(editToml('title = "A"\r\n\r\n', [set('params.pay.min', int(1))])).toBe('title = "A"\r\n\r\n[params.pay]\r\nmin = 1\r\n');
    expect(editToml('title = "A"', [set('params.x', int(1))])).toBe('title = "A"\n\n[params]\nx = 1');
  });

  it('gives a table that exists only through its sub-tables a header of its own', () => {
    // Dotted keys may not extend a table made by [a.b.c] headers; a [params] header may.
    const result = editToml('[params.pay]\nmin = 1\n', [set('params.location', str('Paris'))]);
    expect(result).toBe('[params.pay]\nmin = 1\n\n[params]\nlocation = "Paris"\n');
    expect(read(result, 'params')).toEqual({ pay: { min: 1 }, location: 'Paris' });
  });

  it('quotes keys that are not bare', () => {
    expect(editToml('a = 1\n', [{ op: 'set', path: ['pay range', 'é'], value: int(1) }])).toBe('a = 1\n\n["pay range"]\n"é" = 1\n');
    expect(editToml('a = 1\n', [{ op: 'set', path: ['a.b'], value: int(2) }])).toBe('a = 1\n"a.b" = 2\n');
  });

  it('writes new values of every kind on one line', () => {
    const value: TomlValue = {
      type: 'table',
      entries: new Map<string, TomlValue>([
        ['s', str('x\ny')],
        ['f', float(1)],
        ['d', date('2024-01-01T00:00:00+01:00')],
        ['a', { type: 'array', items: [int(1), bool(false)] }],
      ]),
    };
    expect(editToml('a = 1\n', [set('b', value)])).toBe('a = 1\nb = { s = "x\\ny", f = 1.0, d = 2024-01-01T00:00:00+01:00, a = [1, false] }\n');
  });

  it('applies several edits in order, each seeing the ones before', () => {
    const result = editToml('title = "A"\n', [set('params.x', int(1)), set('params.y', int(2)), remove('title'), set('title', str('B'))]);
    expect(result).toBe('\ntitle = "B"\n[params]\nx = 1\ny = 2\n');
  });
});

describe('editToml: removing a key', () => {
  it('removes only its own line, trailing comment included', () => {
    const source = '# title\ntitle = "A" # old\n\n# draft\ndraft = true\n';
    expect(editToml(source, [remove('title')])).toBe('# title\n\n# draft\ndraft = true\n');
  });

  it('removes all lines of a multi-line value', () => {
    expect(editToml('a = 1\ntags = [\n  "x",\n  "y",\n]\nb = 2\n', [remove('tags')])).toBe('a = 1\nb = 2\n');
    expect(editToml('a = 1\r\nd = """\r\nx\r\n"""\r\nb = 2\r\n', [remove('d')])).toBe('a = 1\r\nb = 2\r\n');
  });

  it('removes the last line even without a line ending', () => {
    expect(editToml('a = 1\nb = 2', [remove('b')])).toBe('a = 1');
    expect(editToml('a = 1\r\nb = 2', [remove('b')])).toBe('a = 1');
    expect(editToml('a = 1', [remove('a')])).toBe('');
    expect(editToml('x = 1\np.a = 1\np.b = 2', [remove('p')])).toBe('x = 1');
  });

  it('removes a key under a [table], keeping the header', () => {
    expect(editToml('[params]\nx = 1\ny = 2\n', [remove('params.x')])).toBe('[params]\ny = 2\n');
  });

  it('removes a whole [table] with its sub-tables, and nothing of the others', () => {
    const source = 'title = "A"\n\n[params]\nx = 1\n[params.pay]\nmin = 1\n[menu]\nmain = 1\n';
    expect(editToml(source, [remove('params')])).toBe('title = "A"\n\n[menu]\nmain = 1\n');
  });

  it('removes every dotted key of a table', () => {
    expect(editToml('pay.min = 1\nx = 0\npay.max = 2\n', [remove('pay')])).toBe('x = 0\n');
  });

  it('removes entries of an inline table with their commas', () => {
    expect(editToml('p = { a = 1, b = 2, c = 3 }\n', [remove('p.a')])).toBe('p = { b = 2, c = 3 }\n');
    expect(editToml('p = { a = 1, b = 2, c = 3 }\n', [remove('p.b')])).toBe('p = { a = 1, c = 3 }\n');
    expect(editToml('p = { a = 1, b = 2, c = 3 }\n', [remove('p.c')])).toBe('p = { a = 1, b = 2 }\n');
    expect(editToml('p = { a = 1 }\n', [remove('p.a')])).toBe('p = {}\n');
  });

  it('removes every dotted entry of a table inside an inline table', () => {
    expect(editToml('p = { r.min = 1, r.max = 2, x = 3 }\n', [remove('p.r')])).toBe('p = { x = 3 }\n');
    expect(editToml('p = { x = 3, r.min = 1, r.max = 2 }\n', [remove('p.r')])).toBe('p = { x = 3 }\n');
    expect(editToml('p = { r.min = 1, x = 3, r.max = 2 }\n', [remove('p.r')])).toBe('p = { x = 3 }\n');
    expect(editToml('p = { r.min = 1, r.max = 2 }\n', [remove('p.r')])).toBe('p = {}\n');
  });

  it('removes the last dotted key of a table, and the table with it', () => {
    expect(editToml('title = 1\nparams.location = "x"\n', [remove('params.location')])).toBe('title = 1\n');
    expect(editToml('a.b.c = 1\nz = 2\n', [remove('a.b.c')])).toBe('z = 2\n');
    expect(editToml('[t]\nb.c = 1\n', [remove('t.b.c')])).toBe('[t]\n');
  });

  it('removes the only sub-table of a table that has no header of its own', () => {
    expect(editToml('x = 1\n[t.sub]\ny = 1\n', [remove('t.sub')])).toBe('x = 1\n');
  });

  it('keeps a table with its own header or inline table when its last key goes', () => {
    const result = editToml('[t]\nx = 1\n[u.v]\ny = 1\np = { q = 1 }\n', [remove('t.x'), remove('u.v.y'), remove('u.v.p.q')]);
    expect(result).toBe('[t]\n[u.v]\np = {}\n');
    expect(read(result, 't')).toEqual({});
    expect(read(result, 'u')).toEqual({ v: { p: {} } });
  });

  it('removes a key and adds it back to the same bytes', () => {
    const source = 'a = 1\r\nb = 2\r\n[t]\r\n  c = 3\r\n';
    const added = editToml(source, [set('t.d', int(4))]);
    expect(editToml(added, [remove('t.d')])).toBe(source);
  });
});

describe('editToml: refusals', () => {
  it('refuses to set a key inside a value that is not a table', () => {
    for (const [source, path] of [
      ['title = "A"\n', 'title.x'],
      ['tags = ["a"]\n', 'tags.x'],
      ['pay = { min = 1 }\n', 'pay.min.x'],
      ['[params]\nx = 1\n', 'params.x.y.z'],
      ['params.x = 1\n', 'params.x.y'],
    ] as const) {
      const error = editError(source, [set(path, int(1))]);
      expect(error.code).toBe('invalid-edit');
      expect(error.message).toMatch(/cannot hold/);
    }
  });

  it('refuses to set a key inside a list of tables, with a clear message', () => {
    const error = editError('[[jobs]]\nname = "a"\n', [set('jobs.name', str('b'))]);
    expect(error.code).toBe('invalid-edit');
    expect(error.message).toContain('“jobs” is a list');
  });

  it('refuses to replace a table by a value', () => {
    for (const source of ['[params]\nx = 1\n', 'params.x = 1\n', '[params.pay]\nmin = 1\n', '[[params]]\nx = 1\n']) {
      const error = editError(source, [set('params', str('x'))]);
      expect(error.code).toBe('invalid-edit');
      expect(error.message).toContain('group of details');
    }
  });

  it('refuses a value that UTF-8 cannot hold (half of a surrogate pair)', () => {
    const error = editError('title = "A"\n', [set('title', str('broken \uD83D emoji'))]);
    expect(error.code).toBe('invalid-edit');
  });

  it('refuses an edit with no key', () => {
    expect(editError('a = 1\n', [{ op: 'remove', path: [] }]).code).toBe('invalid-edit');
  });

  it('refuses a value that would not read back (an invalid date), saying nothing was saved', () => {
    const error = editError('a = 1\n', [set('d', { type: 'datetime', kind: 'local-date', text: '2024-13-45' })]);
    expect(error.code).toBe('verify-failed');
    expect(error.message).toContain('Nothing was saved');
  });

  it('refuses invalid TOML with its line and column', () => {
    const error = editError('a = 1\nb = = 2\n', [set('a', int(2))]);
    expect(error.code).toBe('invalid-toml');
    expect(error.position?.line).toBe(2);
  });
});

describe('editToml: inputs', () => {
  it('does not change the edits it is given', () => {
    const table: TomlValue = { type: 'table', entries: new Map() };
    const result = editToml('a = 1\n', [set('pay', table), set('pay.min', int(1))]);
    expect(result).toBe('a = 1\npay = { min = 1 }\n');
    expect(table).toEqual({ type: 'table', entries: new Map() });
  });
});
