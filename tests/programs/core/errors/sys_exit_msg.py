# sys.exit("msg"): the message goes to stderr and the exit status is 1.
import sys
print("about to exit")
sys.exit("fatal: something went wrong")
