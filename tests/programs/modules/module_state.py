# Module state is shared between all importers; functions see their own module's globals.
import mod_counter
import mod_counter as again
mod_counter.increment()
again.increment(10)
print(mod_counter.get(), again.count, mod_counter.history)
mod_counter.count = 100
print("set from outside:", mod_counter.get(), mod_counter.increment())
count = "main's own count"
print(count, mod_counter.count)
def local_increment():
    return mod_counter.increment(2)
print(local_increment(), mod_counter.history)
print(sorted(k for k in vars(mod_counter) if not k.startswith("__")))
