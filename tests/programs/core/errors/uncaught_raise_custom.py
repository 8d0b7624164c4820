# Explicit raise of a builtin exception with a custom message.
def validate(age):
    if age < 0:
        raise ValueError("custom")
    return age
print(validate(30))
validate(-1)
