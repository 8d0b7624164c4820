# Found and minimised by: tern-difftest --seed 20260101 --extras none --start 172 --count 1 --engines interp
# Reproduce: tern difftest_s20260101_p172.py
# Disagreement: stdout: ck: # => ck: -#
# Detail (before minimisation): stdout line 17: CPython "ck: 7083549671527909687293" | Tern "ck: -52776558133251"
_ck = 0
def ck(v):
    print('ck:', repr(v))
t44 = (-1) << 37
t49 = t44 - (t44 << 27)
ck(t49)
