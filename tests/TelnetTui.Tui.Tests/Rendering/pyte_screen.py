"""Reference terminal for the frame encoder round-trip tests (python3-pyte, a VT emulator).

Reads one JSON object per line from the file named by the first argument: {"cols": C, "rows": R, "frames": [base64, ...]}.
Feeds the frames in order into a fresh pyte screen and prints, per input line, one JSON line:
a list with one entry per frame: {"cells": [[[data, fg, bg, bold, italics, underscore,
strikethrough, reverse], ...], ...], "cursor": [x, y, visible]}.
"""
import base64
import json
import sys
import unicodedata

import pyte
from pyte import modes


class XtermScreen(pyte.Screen):
    """pyte 0.8 turns SGR 90-97/100-107 into the base colour plus bold; xterm shows the bright palette
    entry and leaves bold alone. Rewrite them as the equivalent 38;5;n / 48;5;n so the reference
    behaves like the terminals users have."""

    def select_graphic_rendition(self, *attrs, **kwargs):
        fixed = []
        i = 0
        while i < len(attrs):
            a = attrs[i]
            if a in (38, 48) and i + 1 < len(attrs):
                # extended colour: its arguments are not SGR codes of their own
                count = 2 if attrs[i + 1] == 5 else 4 if attrs[i + 1] == 2 else 1
                fixed += list(attrs[i:i + 1 + count])
                i += 1 + count
                continue
            if 90 <= a <= 97:
                fixed += [38, 5, a - 90 + 8]
            elif 100 <= a <= 107:
                fixed += [48, 5, a - 100 + 8]
            else:
                fixed.append(a)
            i += 1
        super().select_graphic_rendition(*fixed, **kwargs)

    def draw(self, data):
        """pyte 0.8 wraps before a combining mark that follows a character in the last column, scrolling
        the screen; xterm puts the mark on that character. Do the same here."""
        for char in data:
            if (self.cursor.x == self.columns and unicodedata.combining(char)
                    and modes.DECAWM in self.mode):
                line = self.buffer[self.cursor.y]
                last = line[self.columns - 1]
                line[self.columns - 1] = last._replace(data=unicodedata.normalize("NFC", last.data + char))
            else:
                super().draw(char)


def snapshot(screen):
    rows = []
    for y in range(screen.lines):
        line = screen.buffer[y]
        rows.append([[c.data, c.fg, c.bg, c.bold, c.italics, c.underscore, c.strikethrough, c.reverse]
                     for c in (line[x] for x in range(screen.columns))])
    visible = modes.DECTCEM in screen.mode
    return {"cells": rows, "cursor": [screen.cursor.x, screen.cursor.y, visible]}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.readlines()
    for raw in lines:
        raw = raw.strip()
        if not raw:
            continue
        case = json.loads(raw)
        screen = XtermScreen(case["cols"], case["rows"])
        stream = pyte.ByteStream(screen)
        out = []
        for frame in case["frames"]:
            stream.feed(base64.b64decode(frame))
            out.append(snapshot(screen))
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
