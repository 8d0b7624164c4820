print(zzzzqqq)
