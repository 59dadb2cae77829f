# csv for Krait: reader, writer, DictReader, DictWriter and dialects with the parsing and
# quoting rules of CPython's _csv (the excel dialect by default, "\r\n" line endings).

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


class _Params:
    # A dialect with keyword overrides, checked as _csv checks them.
    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        base = dialect if dialect is not None else excel
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            setattr(self, name, fmtparams.get(name, getattr(base, name, None)))
        for k in fmtparams:
            if not hasattr(self, k):
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if self.doublequote is None:
            self.doublequote = True
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            if isinstance(self.delimiter, str):
                raise TypeError('"delimiter" must be a 1-character string')
            raise TypeError('"delimiter" must be string, not %s' % type(self.delimiter).__name__)
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')


class _Reader:
    def __init__(self, f, params):
        self._it = iter(f)
        self.dialect = params
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = 'start_record'
        quoted = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if state in ('in_quoted_field', 'escape_in_quoted_field') and d.strict:
                    raise Error("unexpected end of data")
                if state == 'start_record':
                    raise
                if state in ('in_quoted_field', 'escape_in_quoted_field', 'quote_in_quoted_field',
                             'in_field', 'escaped_char', 'start_field'):
                    fields.append(self._finish(''.join(field), quoted))
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            i = 0
            n = len(line)
            while i <= n:
                c = line[i] if i < n else '\0eol'
                i += 1
                if state == 'start_record':
                    if c == '\0eol':
                        return []
                    if c in '\r\n':
                        state = 'eat_crnl'
                        continue
                    state = 'start_field'
                if state == 'start_field':
                    quoted = False
                    if c in ('\n', '\r', '\0eol'):
                        fields.append(self._finish(''.join(field), quoted))
                        return fields if c == '\0eol' or True else fields
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted = True
                        state = 'in_quoted_field'
                    elif c == d.escapechar:
                        state = 'escaped_char'
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        fields.append(self._finish('', False))
                    else:
                        field.append(c)
                        state = 'in_field'
                    continue
                if state == 'escaped_char':
                    if c == '\0eol':
                        c = '\n'
                    field.append(c)
                    state = 'in_field'
                    continue
                if state == 'in_field':
                    if c in ('\n', '\r', '\0eol'):
                        fields.append(self._finish(''.join(field), quoted))
                        return fields
                    if c == d.escapechar:
                        state = 'escaped_char'
                    elif c == d.delimiter:
                        fields.append(self._finish(''.join(field), quoted))
                        field = []
                        state = 'start_field'
                    else:
                        field.append(c)
                    continue
                if state == 'in_quoted_field':
                    if c == '\0eol':
                        break  # the field goes on on the next line
                    if c == d.escapechar:
                        state = 'escape_in_quoted_field'
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'quote_in_quoted_field' if d.doublequote else 'in_field'
                    else:
                        field.append(c)
                    continue
                if state == 'escape_in_quoted_field':
                    if c == '\0eol':
                        c = '\n'
                    field.append(c)
                    state = 'in_quoted_field'
                    continue
                if state == 'quote_in_quoted_field':
                    if d.quoting != QUOTE_NONE and c == d.quotechar:
                        field.append(c)
                        state = 'in_quoted_field'
                    elif c == d.delimiter:
                        fields.append(self._finish(''.join(field), quoted))
                        field = []
                        state = 'start_field'
                    elif c in ('\n', '\r', '\0eol'):
                        fields.append(self._finish(''.join(field), quoted))
                        return fields
                    elif not d.strict:
                        field.append(c)
                        state = 'in_field'
                    else:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                    continue
                if state == 'eat_crnl':
                    if c in '\r\n':
                        continue
                    if c == '\0eol':
                        return []
                    raise Error("new-line character seen in unquoted field - do you need to "
                                "open the file with newline=''?")

    def _finish(self, text, quoted):
        if len(text) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text:
            return float(text)
        return text


class _Writer:
    def __init__(self, f, params):
        self._write = f.write
        self.dialect = params

    def _quote(self, field):
        d = self.dialect
        if field is None:
            text = ''
            is_number = False
        elif isinstance(field, str):
            text = field
            is_number = False
        elif isinstance(field, float):
            text = repr(field)
            is_number = True
        else:
            text = str(field)
            is_number = isinstance(field, (int, float)) and not isinstance(field, bool) or \
                isinstance(field, bool)
        if d.quoting == QUOTE_ALL:
            need = True
        elif d.quoting == QUOTE_NONNUMERIC:
            need = not is_number
        elif d.quoting == QUOTE_NONE:
            need = False
        else:
            need = (any(ch in text for ch in (d.delimiter, '\r', '\n')) or
                    (d.quotechar is not None and d.quotechar in text) or
                    any(ch in text for ch in d.lineterminator))
        out = []
        for ch in text:
            if d.quotechar is not None and ch == d.quotechar:
                if d.doublequote and d.quoting != QUOTE_NONE:
                    out.append(ch + ch)
                    continue
                if d.escapechar:
                    out.append(d.escapechar + ch)
                    continue
                if d.quoting == QUOTE_NONE:
                    raise Error('need to escape, but no escapechar set')
                out.append(ch)
            elif d.quoting == QUOTE_NONE and (ch == d.delimiter or ch in '\r\n' or
                                              ch == d.escapechar):
                if not d.escapechar:
                    raise Error('need to escape, but no escapechar set')
                out.append(d.escapechar + ch)
            elif d.escapechar and ch == d.escapechar:
                out.append(d.escapechar + ch)
            else:
                out.append(ch)
        text = ''.join(out)
        if need:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        if len(fields) == 1 and (fields[0] is None or fields[0] == ''):
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = d.quotechar * 2
        else:
            line = d.delimiter.join(self._quote(f) for f in fields)
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, _Params(dialect, fmtparams))


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, _Params(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " +
                                 ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    def has_header(self, sample):
        rdr = reader(sample.splitlines())
        header = next(rdr)
        for row in rdr:
            for h, v in zip(header, row):
                try:
                    float(v)
                    float(h)
                except ValueError:
                    if v != h:
                        try:
                            float(v)
                            return True
                        except ValueError:
                            pass
        return False
