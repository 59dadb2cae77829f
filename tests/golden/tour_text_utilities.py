# A tour of text utilities: shlex, html, urllib.parse, difflib, pprint, calendar, hmac,
# secrets, textwrap, string.Formatter.
import string, secrets, hmac, hashlib, random, itertools, textwrap, shlex, html, urllib.parse, difflib, pprint, calendar
print(shlex.split('cmd --opt "a b" \'c d\' e\\ f'), shlex.quote("it's"), shlex.join(['a b', 'c']))
print(html.escape('<a href="x">&</a>'), html.unescape('&lt;&eacute;&#x41;&amp;'))
u = urllib.parse.urlparse('https://user@ex.com:8080/p/a?q=1&r=a+b#frag'); print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.query, u.fragment)
print(urllib.parse.parse_qs('a=1&a=2&b=x%20y'), urllib.parse.urlencode({'q': 'a b', 'n': 1}), urllib.parse.quote('a b/é'), urllib.parse.urljoin('http://a/b/c', '../d'))
print(list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], 'old', 'new')), difflib.get_close_matches('appel', ['ape', 'apple', 'peach']), round(difflib.SequenceMatcher(None, 'abcd', 'bcde').ratio(), 3))
pprint.pprint({'numbers': list(range(12)), 'nested': {'a': [1, {'b': 'c' * 30}]}, 'text': 'x' * 40}, width=60, sort_dicts=False)
print(pprint.pformat([{'k': i} for i in range(3)], width=20))
print(calendar.month(2024, 2))
print(hmac.new(b'key', b'msg', hashlib.sha256).hexdigest()[:16], hmac.compare_digest('a', 'a'), len(secrets.token_hex(8)), len(secrets.token_urlsafe(9)))
print(textwrap.fill('word ' * 20, width=25, initial_indent='* ', subsequent_indent='  '))
print(string.Formatter().format('{0}-{x}', 1, x=2), '{:,}'.format(10**9), '{!a}'.format('é'), '{0[1]}'.format('ab'), '{:^9.3}'.format('abcdef'))
