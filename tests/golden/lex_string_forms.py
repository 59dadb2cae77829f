print('single', "double")
print('''triple
single''')
print("""triple
double""")
print('it\'s', "say \"hi\"")
print("a'b", 'a"b')
print(r'raw\n', R"raw\t", r'\\')
print(len(r'\n'), len('\n'))
print('''a 'quoted' "mixed" str''')
print("""ends with quote\"""")
print('tab\there', 'nl\\n')
print('line1\
line2')
print("" == '', len(""))
