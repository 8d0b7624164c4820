# Helper inside the mod_pkg package (skipped: name starts with mod_).
def double(x):
    return 2 * x
