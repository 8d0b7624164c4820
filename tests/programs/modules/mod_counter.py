# Helper module: module-level state shared by importers.
count = 0
history = []
def increment(by=1):
    global count
    count += by
    history.append(count)
    return count
def get():
    return count
