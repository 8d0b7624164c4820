class K:
    alpha = 1
K.alpa
