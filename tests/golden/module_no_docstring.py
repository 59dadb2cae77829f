x = 1
print(__doc__)
print(__name__, __file__.endswith("module_no_docstring.py"))
