# urllib for Krait: the package of urllib.parse (an embedded module of its own).
__path__ = []
