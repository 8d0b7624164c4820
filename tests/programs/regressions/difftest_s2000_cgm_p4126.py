# Found and minimised by: tern-difftest --seed 2000 --extras classes,generators,math --start 4126 --count 1 --engines interp
# Reproduce: tern difftest_s2000_cgm_p4126.py
# Disagreement: stdout: math# #.# => math# #.#
# Detail (before minimisation): stdout line 5: CPython "math41 0.5830951894845301" | Tern "math41 0.58309518948453"
import math
print('math41', math.hypot(0.3, -0.5))
