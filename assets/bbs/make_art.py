#!/usr/bin/env python3
"""Draws the demo BBS's ANSI art and writes it as CP437 .ans files with a SAUCE record.

The art is made here, by this project: a tiny canvas, a half-block pixel font, a seeded skyline.
Run it from anywhere (`python3 assets/bbs/make_art.py`); it rewrites the .ans files beside it.

Rules the files follow (tests/TelnetTui.App.Tests/Demo/BbsArtTests.cs checks them):
- CP437 bytes; 80-column art that never writes column 80 (lines end in CR LF at most at column 79),
  so it renders the same with or without ANSI-BBS's immediate wrap.
- Only the 8 low-intensity background colours and no blink (SGR 5): iCE-free, SAUCE ANSiFlags B = 0.
- Glyphs from the 0x01-0x1F range are used, but never the ones a terminal treats as controls
  (BEL, BS, TAB, LF, CR, ESC) nor 0x1A, which ends the art before SAUCE.
- SAUCE 00: DataType 1 (Character), FileType 1 (ANSi), TInfo1 = 80 columns, TInfo2 = lines,
  TFlags = 9-pixel font, legacy aspect ratio; TInfoS = "IBM VGA".
"""

import os
import random
import struct

WIDTH = 80
LAST_COLUMN = 78  # art uses columns 0..78
DATE = "20261121"
AUTHOR = "TelnetTui"
GROUP = "TelnetTui project"

BLACK, RED, GREEN, BROWN, BLUE, MAGENTA, CYAN, GREY = range(8)

# IBM PC glyphs for 0x00-0x1F and 0x7F (the controls' picture characters); 0x80-0xFF come from Python's cp437 codec.
LOW_GLYPHS = " ☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼"
FORBIDDEN = {0x07, 0x08, 0x09, 0x0A, 0x0D, 0x1A, 0x1B}


def cp437_byte(ch):
    i = LOW_GLYPHS.find(ch)
    if 0 < i < 32:
        if i in FORBIDDEN:
            raise ValueError(f"glyph {ch!r} (0x{i:02X}) would act as a control or end the file")
        return i
    if ch == "⌂":
        return 0x7F
    b = ch.encode("cp437")
    if len(b) != 1:
        raise ValueError(f"{ch!r} is not in CP437")
    return b[0]


class Canvas:
    def __init__(self, rows):
        self.rows = rows
        self.cells = [[(" ", GREY, False, BLACK) for _ in range(WIDTH)] for _ in range(rows)]

    def put(self, x, y, ch, fg=GREY, bright=False, bg=BLACK):
        if 0 <= y < self.rows and 0 <= x <= LAST_COLUMN:
            self.cells[y][x] = (ch, fg, bright, bg)

    def text(self, x, y, s, fg=GREY, bright=False, bg=BLACK):
        for i, ch in enumerate(s):
            self.put(x + i, y, ch, fg, bright, bg)

    def centre(self, y, s, fg=GREY, bright=False, bg=BLACK):
        self.text((LAST_COLUMN + 1 - len(s)) // 2, y, s, fg, bright, bg)

    def spans(self, x, y, parts):
        """Writes (text, fg, bright[, bg]) runs one after another; returns the next column."""
        for part in parts:
            s, fg, bright = part[0], part[1], part[2]
            bg = part[3] if len(part) > 3 else BLACK
            self.text(x, y, s, fg, bright, bg)
            x += len(s)
        return x

    def box(self, x0, y0, x1, y1, fg, bright=False, double=False, bg=BLACK, fill=False):
        h, v, tl, tr, bl, br = ("═", "║", "╔", "╗", "╚", "╝") if double else ("─", "│", "┌", "┐", "└", "┘")
        for x in range(x0 + 1, x1):
            self.put(x, y0, h, fg, bright, bg)
            self.put(x, y1, h, fg, bright, bg)
        for y in range(y0 + 1, y1):
            self.put(x0, y, v, fg, bright, bg)
            self.put(x1, y, v, fg, bright, bg)
            if fill:
                for x in range(x0 + 1, x1):
                    self.put(x, y, " ", fg, bright, bg)
        self.put(x0, y0, tl, fg, bright, bg)
        self.put(x1, y0, tr, fg, bright, bg)
        self.put(x0, y1, bl, fg, bright, bg)
        self.put(x1, y1, br, fg, bright, bg)

    def encode(self):
        out = bytearray()
        for row in self.cells:
            end = len(row)
            while end > 0 and row[end - 1][0] == " " and row[end - 1][3] == BLACK:
                end -= 1
            state = None
            for ch, fg, bright, bg in row[:end]:
                attr = (fg, bright, bg) if ch != " " else (state[0] if state else GREY, state[1] if state else False, bg)
                if attr != state:
                    codes = ["0"]
                    if attr[1]:
                        codes.append("1")
                    codes.append(str(30 + attr[0]))
                    if attr[2] != BLACK:
                        codes.append(str(40 + attr[2]))
                    out += ("\x1b[" + ";".join(codes) + "m").encode("ascii")
                    state = attr
                out.append(cp437_byte(ch))
            if state is not None and state != (GREY, False, BLACK):
                out += b"\x1b[0m"
            out += b"\r\n"
        out += b"\x1b[0m"
        return bytes(out)


def sauce(title, content_size, lines):
    def field(s, n):
        b = s.encode("cp437")
        if len(b) > n:
            raise ValueError(f"{s!r} is longer than {n}")
        return b + b" " * (n - len(b))

    record = b"SAUCE" + b"00" + field(title, 35) + field(AUTHOR, 20) + field(GROUP, 20) + DATE.encode("ascii")
    record += struct.pack("<IBBHHHHBB", content_size, 1, 1, WIDTH, lines, 0, 0, 0, 0x04 | 0x08)
    record += b"IBM VGA".ljust(22, b"\0")
    assert len(record) == 128
    return record


def write(name, title, canvas):
    body = canvas.encode()
    for b in body:
        if b in (0x1A,):
            raise ValueError(f"{name}: 0x1A inside the art")
    data = body + b"\x1a" + sauce(title, len(body), canvas.rows)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with open(path, "wb") as f:
        f.write(data)
    print(f"{name}: {len(body)} bytes of art, {canvas.rows} lines")


# A 7-pixel-high font drawn two pixel rows per text row with half blocks (▀ ▄ █).
FONT = {
    "T": ["######", "######", "..##..", "..##..", "..##..", "..##..", "..##.."],
    "E": ["######", "##....", "##....", "#####.", "##....", "##....", "######"],
    "L": ["##....", "##....", "##....", "##....", "##....", "##....", "######"],
    "N": ["##...##", "###..##", "####.##", "##.####", "##..###", "##...##", "##...##"],
    "U": ["##..##", "##..##", "##..##", "##..##", "##..##", "##..##", ".####."],
    "I": ["####", ".##.", ".##.", ".##.", ".##.", ".##.", "####"],
    "B": ["#####.", "##..##", "##..##", "#####.", "##..##", "##..##", "#####."],
    "S": [".#####", "##....", "##....", ".####.", "....##", "....##", "#####."],
    "Y": ["##..##", "##..##", "##..##", ".####.", "..##..", "..##..", "..##.."],
    "!": ["##", "##", "##", "##", "##", "..", "##"],
}


def word_width(word):
    return sum(len(FONT[c][0]) for c in word) + len(word) - 1


def draw_word(canvas, x, y, word, colours):
    """Draws `word` with its top-left at (x, y); colours[i] is the (fg, bright) of text row i."""
    pixels = []
    for c in word:
        glyph = FONT[c]
        for col in range(len(glyph[0])):
            pixels.append([glyph[r][col] == "#" for r in range(7)] + [False])
        pixels.append([False] * 8)
    for col, column in enumerate(pixels):
        for row in range(4):
            top, bottom = column[2 * row], column[2 * row + 1]
            ch = "█" if top and bottom else "▀" if top else "▄" if bottom else None
            if ch:
                fg, bright = colours[row]
                canvas.put(x + col, y + row, ch, fg, bright)


def stars(canvas, rng, y0, y1, count):
    for _ in range(count):
        x, y = rng.randrange(2, LAST_COLUMN - 1), rng.randrange(y0, y1 + 1)
        if canvas.cells[y][x][0] == " ":
            ch, fg, bright = rng.choice([("·", GREY, False), ("∙", GREY, True), ("*", BLUE, True), ("°", CYAN, False), ("☼", BROWN, True)])
            canvas.put(x, y, ch, fg, bright)


def welcome():
    rng = random.Random(1994)
    c = Canvas(19)
    c.box(0, 0, LAST_COLUMN, 18, BLUE, bright=True, double=True)
    c.text(3, 0, "╡", BLUE, True)
    c.spans(4, 0, [(" ♦ ", MAGENTA, True), ("node 1", CYAN, True), (" ♦ ", MAGENTA, True)])
    c.text(16, 0, "╞", BLUE, True)
    stars(c, rng, 1, 2, 14)
    word = "TELNETTUI"
    x = (LAST_COLUMN + 1 - word_width(word)) // 2
    draw_word(c, x, 3, word, [(GREY, True), (CYAN, True), (CYAN, False), (BLUE, True)])
    # A shaded bar under the logo, dark at the ends and bright in the middle.
    bar = "░▒▓█▓▒░"
    for i in range(word_width(word)):
        t = abs(i - word_width(word) / 2) / (word_width(word) / 2)
        ch = bar[min(6, int(t * 3.5) if i < word_width(word) / 2 else 6 - int(t * 3.5))]
        c.put(x + i, 7, ch, BLUE, False)
    c.centre(8, " ♥  the demo bulletin board  ♥ ", MAGENTA, True)
    # The skyline: buildings of seeded heights, lit windows, a smiling moon.
    ground = 16
    c.put(66, 10, "☻", BROWN, True)
    stars(c, rng, 9, 11, 10)
    xpos = 2
    while xpos < LAST_COLUMN - 2:
        w = rng.randint(4, 8)
        h = rng.randint(2, 6)
        w = min(w, LAST_COLUMN - 1 - xpos)
        for bx in range(xpos, xpos + w):
            for by in range(ground - h, ground):
                edge = bx == xpos or bx == xpos + w - 1
                lit = not edge and (bx - xpos) % 2 == 1 and (by - ground) % 2 == 0 and rng.random() < 0.55
                if lit:
                    c.put(bx, by, "■", BROWN, True, BLUE)
                else:
                    c.put(bx, by, "▓" if edge else "█", BLUE, False)
        roof = rng.choice(["▄", "▲", "♠", "⌂"])
        c.put(xpos + w // 2, ground - h - 1, roof, CYAN, roof != "▄")
        xpos += w + rng.randint(0, 2)
    for bx in range(1, LAST_COLUMN):
        c.put(bx, ground, "▀", GREEN, False)
    c.spans(3, 17, [("♣ ", GREEN, True), ("est. today", GREY, False), ("  ·  ", BLUE, True), ("1 node", GREY, False),
                    ("  ·  ", BLUE, True), ("14400 baud of pure loopback", GREY, False), ("  ·  ", BLUE, True),
                    ("no ads", GREY, False), (" ♣", GREEN, True)])
    write("welcome.ans", "TelnetTui BBS welcome", c)


def computer(c, x, y):
    """A little retro computer: monitor with a prompt, and a keyboard."""
    c.box(x, y, x + 21, y + 8, GREY, double=True)
    for yy in range(y + 1, y + 8):
        for xx in range(x + 1, x + 21):
            c.put(xx, yy, " ", GREEN, False, BLACK)
    c.text(x + 2, y + 1, "CONNECT 14400", GREEN, True)
    c.text(x + 2, y + 2, "♥ TelnetTui BBS ♥", MAGENTA, True)
    c.text(x + 2, y + 4, "C:\\>telnet", GREEN, False)
    c.put(x + 12, y + 4, "▄", GREEN, True)
    c.text(x + 2, y + 6, "▒▒▒▒ ░░░ ▒▒ ░░░░", GREEN, False)
    c.text(x + 6, y + 9, "▀▀█▀▀▀▀█▀▀", GREY, False)
    c.text(x + 1, y + 10, "▄██████████████████▄", GREY, True)
    c.text(x + 1, y + 11, "█" + " " * 18 + "█", GREY, False)
    for i in range(2, 18):
        c.put(x + 1 + i, y + 11, "■", GREY, i % 5 == 0)
    c.text(x + 1, y + 12, "▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀", GREY, False)


MENU_ENTRIES = [
    ("I", "♦", "Your terminal", "NAWS, TTYPE, live"),
    ("C", "♣", "CP437 chart", "all 256 glyphs"),
    ("B", "♠", "Bulletins", "news from the sysop"),
    ("E", "♫", "Encoding", "CP437 ↔ UTF-8"),
    ("M", "◄", "Main menu", "back to the lobby"),
    ("G", "►", "Goodbye", "log off"),
]


def menu():
    c = Canvas(18)
    for xx in range(0, LAST_COLUMN + 1):
        c.put(xx, 0, "▄", BLUE, False)
        c.put(xx, 2, "▀", BLUE, False)
        c.put(xx, 1, " ", GREY, True, BLUE)
    c.spans(2, 1, [("░▒▓", CYAN, False, BLUE), (" M A I N   M E N U ", GREY, True, BLUE), ("▓▒░", CYAN, False, BLUE)])
    c.text(58, 1, "TelnetTui BBS ♥", BROWN, True, BLUE)
    c.box(2, 4, 47, 5 + len(MENU_ENTRIES) * 2, CYAN, False)
    c.text(4, 4, "┤", CYAN, False)
    c.text(5, 4, " choose a key ", CYAN, True)
    c.text(19, 4, "├", CYAN, False)
    for i, (key, glyph, name, note) in enumerate(MENU_ENTRIES):
        y = 6 + i * 2
        c.spans(4, y, [("[", BLUE, True), (key, BROWN, True), ("]", BLUE, True), (" " + glyph + " ", MAGENTA, True),
                       (name.ljust(15), GREY, True), ("· ", BLUE, True), (note, GREY, False)])
    computer(c, 53, 4)
    write("menu.ans", "TelnetTui BBS main menu", c)


BULLETINS = [
    ("Welcome, caller!", [
        "Everything on this board is drawn by the TelnetTui project: the art",
        "in assets/bbs is plain CP437 with SAUCE, made by a small script.",
    ]),
    ("Resize me", [
        "Press [I] and resize your window: the screen follows every NAWS",
        "report your client sends, and shows the terminal types it gave.",
    ]),
    ("Next door", [
        "The MUD in the lobby has a `flood N` command for load tests, and a",
        "negotiation lab toggles options while your inspector watches.",
    ]),
]


def bulletins():
    c = Canvas(19)
    c.box(0, 0, LAST_COLUMN, 2, MAGENTA, False, double=True)
    c.spans(2, 1, [("♠ ", MAGENTA, True), ("B U L L E T I N S", GREY, True), (" ♠", MAGENTA, True)])
    c.text(50, 1, "any key returns ◄┘", GREY, False)
    y = 4
    for n, (title, lines) in enumerate(BULLETINS, start=1):
        c.spans(2, y, [(f"{n}.", BROWN, True), (" ▬▬ ", MAGENTA, False), (title, CYAN, True), (" ▬▬", MAGENTA, False)])
        for i, line in enumerate(lines):
            c.text(6, y + 1 + i, line, GREY, False)
        y += len(lines) + 2
    for xx in range(1, LAST_COLUMN):
        c.put(xx, y, "─", BLUE, False)
    c.spans(2, y + 1, [("§", BROWN, True), (" SysOp: ", GREY, False), ("the loopback interface", GREY, True),
                       ("   ¶", BROWN, True), (" Est.: ", GREY, False), ("when you ran it", GREY, True)])
    c.spans(2, y + 2, [("↨", CYAN, True), (" Hours: ", GREY, False), ("24/7 while your terminal is open", GREY, True),
                       ("   ‼", RED, True), (" No warez, no flames.", GREY, False)])
    write("bulletins.ans", "TelnetTui BBS bulletins", c)


def goodbye():
    c = Canvas(12)
    word = "BYE!"
    x = (LAST_COLUMN + 1 - word_width(word)) // 2
    draw_word(c, x, 1, word, [(BROWN, True), (BROWN, True), (RED, True), (RED, False)])
    for i, ch in enumerate("▄▄▒▒░░"):
        c.put(x - 8 + i, 3, ch, RED, False)
        c.put(x + word_width(word) + 7 - i, 3, ch, RED, False)
    c.centre(6, "☺  Thanks for calling the TelnetTui demo board  ☺", GREY, True)
    c.centre(7, "♥ come back soon ♥", MAGENTA, True)
    c.centre(9, "NO CARRIER", GREY, False)
    write("goodbye.ans", "TelnetTui BBS goodbye", c)


if __name__ == "__main__":
    welcome()
    menu()
    bulletins()
    goodbye()
