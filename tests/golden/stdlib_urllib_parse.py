# urllib.parse: urlparse/urlsplit and their result attributes, unparse, urljoin (RFC 3986
# examples), urldefrag, quoting, urlencode, parse_qs/parse_qsl, bytes URLs and errors.
import urllib.parse
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          urlencode, quote, quote_plus, unquote, unquote_plus, parse_qs,
                          parse_qsl)

u = urlparse('https://user:pw@Example.COM:8080/a/b;params?q=1&r=two#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.username, u.password, u.hostname, u.port)
print(u.geturl())
print(u._replace(scheme='http', fragment='').geturl())
print(u[0], u[-1], len(u), tuple(u)[:2])
print(u._fields, u._asdict()['path'])
print(type(u).__name__, isinstance(u, tuple))

s = urlsplit('http://www.example.com/path/to/page.html?x=1#top')
print(s)
print(s.hostname, s.port, s.username)
print(s.geturl(), urlunsplit(s))

for url in ['http://[::1]:8000/index', 'http://[fe80::1%25eth0]/', 'HTTP://Host.Example/',
            'file:///etc/hosts', 'mailto:someone@example.com', '//cdn.example.com/lib.js',
            '/relative/path?q', 'path;p?q#f', 'www.example.com/no/scheme', 'localhost:8080',
            'sip:alice@atlanta.com;transport=tcp', ' \t http://a\nb.com/c\r ', 'http://a:b@',
            'http://host:/p', 'svn+ssh://svn.example.org/repo', 'http://h?#', '']:
    p = urlparse(url)
    print(repr(url), tuple(p), p.hostname, p.port)
    print('   ', urlunparse(p), urlsplit(url, allow_fragments=False).path)

print(urlparse('example.com/x', scheme='https'))
print(urlparse('http://h/p#f', allow_fragments=False))
print(urlunparse(('http', 'example.com', '/p', 'a=1', 'q=2', 'f')))
print(urlunparse(('', '', 'path', '', '', '')), urlunsplit(('file', '', 'x/y', '', '')))
print(urlunsplit(('http', 'h', 'nolead', 'q', '')))

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
            'g/../h', 'http:g', 'https://other/x']:
    print('%-10s %s' % (rel, urljoin(base, rel)))
print(urljoin('http://example.com/docs/', 'img/a.png'), urljoin('http://example.com', 'x'))
print(urljoin('mailto:a@b', 'c'), urljoin('', 'x'), urljoin('http://x/', ''))

d = urldefrag('http://example.com/page#section-2')
print(d, d.url, d.fragment, d.geturl())
print(urldefrag('http://example.com/page'))

for text in ['hello world', 'a/b c?d=e&f', 'ünïcödé ☃', "safe-_.~chars", '100%', '']:
    print(repr(text), quote(text), quote(text, safe=''), quote_plus(text), quote_plus(text, '/'))
print(quote(b'\x00\xff bytes'), quote('é', encoding='latin-1'), quote('a+b', safe='+'))
print(urllib.parse.quote_from_bytes(b'a b/c'), urllib.parse.unquote_to_bytes('a%20b%ff'))
for text in ['hello%20world', 'a+b%2Bc', '%E2%98%83 snow', '%zz%4', '%C3%28bad', 'ü%41', '%']:
    print(repr(text), repr(unquote(text)), repr(unquote_plus(text)))
print(unquote('%E9t%E9', encoding='latin-1'), unquote(b'%41b'))

print(urlencode({'name': 'John Smith', 'age': 30, 'tags': ['a', 'b']}))
print(urlencode({'name': 'John Smith', 'tags': ['a', 'b'], 'n': 5}, doseq=True))
print(urlencode([('q', 'x&y=z'), ('lang', 'fr/en')], safe='/'))
print(urlencode({'q': 'a b'}, quote_via=quote))
print(urlencode({'k': b'bytes val', b'bk': 'é'}))
print(urlencode([]))

qs = 'a=1&b=2&a=3&empty=&novalue&c=%20x+y'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(''), parse_qs('x=%E2%82%AC'))
print(parse_qsl(b'a=1&b=%41+c'))
print(urlparse(urlparse('https://s.example/search?q=python+url&page=2').geturl()).query)
print(parse_qs(urlparse('https://s.example/search?q=python+url&page=2').query))

b = urlsplit(b'http://user@host:81/p?q')
print(b, b.hostname, b.port, b.username)
print(b.decode(), urlparse('http://h/p').encode())
print(urljoin(b'http://a/b/', b'c'), urldefrag(b'x#y'))

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: urlparse('http://h:99999/').port)
attempt(lambda: urlparse('http://h:abc/').port)
attempt(lambda: urlparse('http://h:-1/').port)
attempt(urlparse, 'http://[::1/')
attempt(urlparse, 'http://]x/')
attempt(urlsplit, 'http://[1.2.3.4]/')
attempt(urlsplit, 'http://[not-an-ip]/')
attempt(urlsplit, 'http://[v1.future]/')
attempt(urlsplit, 'http://[vx]/')
attempt(urljoin, 'http://a', b'b')
attempt(urlsplit, 'http://a', b'http')
attempt(parse_qsl, 'a=1&b', strict_parsing=True)
attempt(parse_qsl, 'a=1&b=2&c=3', max_num_fields=2)
attempt(parse_qsl, 'a=1', separator=None)
attempt(urlencode, 'not a mapping')
attempt(urlencode, [1, 2])
attempt(quote, 5)
attempt(quote, b'x', encoding='utf-8')
attempt(urllib.parse.quote_from_bytes, 'str')
attempt(unquote, None)
attempt(unquote, 5)
