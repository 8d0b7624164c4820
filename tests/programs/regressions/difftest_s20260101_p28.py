# Found and minimised by: tern-difftest --seed 20260101 --extras none --start 28 --count 1 --engines interp
# Reproduce: tern difftest_s20260101_p28.py
# Disagreement: stdout: m# True => exc AttributeError type object 'float' has no attribute 'fro
# Detail (before minimisation): stdout line 25: CPython "m56 True" | Tern "exc AttributeError type object 'float' has no attribute 'fromhex'"
try:
    print('m56', float.fromhex((5e-324).hex()) == 5e-324)
except Exception as exc:
    print('exc', type(exc).__name__, exc)
