#!/usr/bin/env python3
"""Pack PNG files into a macOS .icns container.

usage: icns.py OUT.icns TYPE=FILE.png ...

The format is 'icns' + total length (big-endian u32), then one entry per image:
a four-letter type, the entry length including its 8-byte header, and the PNG bytes.
Types ic07..ic10 and ic11..ic14 hold PNG data (Apple Icon Image format, "Icon types").
Written by hand because macOS's iconutil exists only on a Mac and Debian's png2icns
stores the small sizes in the legacy RLE types instead of PNG.
"""
import struct
import sys


def main(argv):
    if len(argv) < 3:
        sys.exit("usage: icns.py OUT.icns TYPE=FILE.png ...")
    entries = b""
    for spec in argv[2:]:
        kind, path = spec.split("=", 1)
        if len(kind) != 4:
            sys.exit(f"icns.py: icon type must be four letters: {kind}")
        with open(path, "rb") as f:
            data = f.read()
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            sys.exit(f"icns.py: not a PNG: {path}")
        entries += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    with open(argv[1], "wb") as out:
        out.write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)


if __name__ == "__main__":
    main(sys.argv)
