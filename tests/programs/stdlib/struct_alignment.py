# struct: native ('@') alignment and padding, against standard sizes ('=', '<', '>').
import struct

formats = ['b', 'h', 'i', 'l', 'q', 'e', 'f', 'd', '?', 'n', 'P', 'c', '3s', '2p',
           'bh', 'hb', 'bi', 'ib', 'bl', 'bq', 'be', 'bf', 'bd', 'b?', 'bP', 'cd',
           'bhi', 'bih', 'hbi', 'b0i', 'b0q', 'bhbibqbd', '3sd', '5pi', '@bi ci  3sd',
           'x', '3x', 'xi', 'x0q', 'hxh', '?d?', 'bN', 'bn', 'bbbh', 'bbbbi', 'i0l']
for f in formats:
    std = f.replace('n', 'q').replace('N', 'Q').replace('P', 'Q').replace('@', '')
    print(repr(f), struct.calcsize(f), struct.calcsize('=' + std), struct.calcsize('>' + std))

data = struct.pack('bhbibqbd', 1, 2, 3, 4, 5, 6, 7, 8.5)
print(len(data), data)
print(struct.unpack('bhbibqbd', data))
print(struct.pack('=bhbibqbd', 1, 2, 3, 4, 5, 6, 7, 8.5))
print(struct.pack('@b0i', 9), struct.pack('@?d', True, 1.0))
print(struct.pack('<3sxh', b'ab', 5), struct.pack('>h2x?', -2, True))
print(struct.pack('cdc', b'a', 2.0, b'b'))
print(struct.unpack('cdc', struct.pack('cdc', b'a', 2.0, b'b')))
s = struct.Struct('@hq')
print(s.size, s.pack(1, 2))
