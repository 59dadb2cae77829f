# html.escape and html.unescape: named references (with and without ';', longest prefix),
# numeric ones (invalid and replaced code points) and html.entities.
import html
import html.entities
from html import entities

s = '<a href="x?a=1&b=2">Tom\'s & "Jerry"</a>'
print(html.escape(s))
print(html.escape(s, quote=False))
print(html.escape(''))
print(html.unescape(html.escape(s)) == s)

for t in ['&amp; &lt; &gt; &quot; &#39; &#x27; &apos;',
          '&copy; 2024 &mdash; &euro;100 &hellip; &nbsp;|',
          '&eacute;t&eacute; &Eacute;T&Eacute; &aacute &AElig',
          '&amp &ampx &amp;x &notit; &notin; &noti',
          '&#65;&#x42;&#X43;&#0068 &#x45',
          '&#0; &#13; &#128; &#150; &#1; &#xD800; &#x110000; &#xFFFE; &#99999999999999;',
          '&#; &#x; &#xg; &# 1; & ; &;',
          '&unknownentity; &' + 'z' * 40 + ';',
          '&acE; &NotEqualTilde; &fjlig; &ThickSpace;',
          '&#x1F600; &#128512; &hearts; &spades;',
          'no references at all',
          'a&&b & c&',
          '&lt\r&gt\t&amp\n']:
    print(ascii(t), '->', ascii(html.unescape(t)))

print(len(html.entities.html5), len(entities.name2codepoint), len(entities.codepoint2name))
print(html.entities.name2codepoint['eacute'], html.entities.codepoint2name[233])
print(ascii(html.entities.entitydefs['lang']), ascii(html.entities.html5['lang;']))
print(ascii(html.entities.html5['amp']), ascii(html.entities.html5['gt;']))
print(list(html.entities.html5)[:6])
print(list(html.entities.name2codepoint.items())[:4])
print('amp' in html.entities.html5, 'alpha' in html.entities.html5, 'alpha;' in html.entities.html5)

try:
    html.escape(None)
except AttributeError as e:
    print('AttributeError:', e)
try:
    html.unescape(5)
except TypeError as e:
    print('TypeError:', e)
