# Found and minimised by: tern-difftest --seed 20260101 --extras none --start 52 --count 1 --engines interp
# Reproduce: tern difftest_s20260101_p52.py
# Disagreement: stdout: m# #x#.#p+# => m# #x#.#p+#
# Detail (before minimisation): stdout line 2634: CPython "m70 0x1.0000000000000p+0" | Tern "m70 0x1.0p+0"
print('m70', (1.0).hex())
