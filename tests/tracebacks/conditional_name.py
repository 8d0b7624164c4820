z = 1 if undefined_thing else 2
