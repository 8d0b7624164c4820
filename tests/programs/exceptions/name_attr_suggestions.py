# NameError.name, AttributeError.name/.obj, and the 'Did you mean' suggestion on the
# uncaught error's last line.
try:
    undefined_x
except NameError as e:
    print(e.name)
class O: pass
try:
    O().zz
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
len(strr)
