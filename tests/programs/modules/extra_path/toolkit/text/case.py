# tern-test: module
import toolkit


def shout(s):
    return s.upper() + "!"


def whisper(s):
    return s.lower() + "..."


PARENT_NAME = toolkit.NAME
