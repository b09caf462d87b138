using System.Text;

namespace TelnetTui.Fuzz.Targets;

/// <summary>Escape sequences for the generator (xterm ctlseqs, ECMA-48, ANSI-BBS): every parser state and the emulator's dispatchers.</summary>
internal static class VtTokens
{
    public static List<byte[]> Create()
    {
        string[] tokens =
        [
            "\u001b", "\u001b[", "\u001b]", "\u001bP", "\u001b\\", "\u0007", "\u0018", "\u001a", "\u009b", "\u009d", "\u0090", "\u009c",
            "\u001b[?", "\u001b[>", "\u001b[=", "\u001b[!p", "\u001bc", "\u001b7", "\u001b8", "\u001bD", "\u001bE", "\u001bM", "\u001bH",
            "\u001b#8", "\u001b(0", "\u001b(B", "\u001b)0", "\u000e", "\u000f", "\u001bN", "\u001bO", "\u001b=", "\u001b>",
            "m", "H", "J", "K", "r", "b", "@", "P", "X", "L", "M", "S", "T", "h", "l", "t", "n", "c", "q", "$p", "\"q", " q", "*x", "$r", "$t", "$v", "$x", "$z", "${", "g", "Z", "I", "'}", "'~",
            "\u001b[1;31m", "\u001b[38;5;200m", "\u001b[48;2;1;2;3m", "\u001b[38:2::10:20:30m", "\u001b[0m", "\u001b[7m", "\u001b[5m",
            "\u001b[2J", "\u001b[3J", "\u001b[H", "\u001b[999;999H", "\u001b[5;10r", "\u001b[r", "\u001b[?6h", "\u001b[?7l", "\u001b[?7h",
            "\u001b[?1049h", "\u001b[?1049l", "\u001b[?47h", "\u001b[?1047h", "\u001b[?1048h", "\u001b[?25l", "\u001b[?3h", "\u001b[?40h",
            "\u001b[?69h", "\u001b[5;20s", "\u001b[4h", "\u001b[20h", "\u001b[?2026h", "\u001b[?1000h", "\u001b[?1006h", "\u001b[?2004h",
            "\u001b[100b", "\u001b[1000000000b", "\u001b[3@", "\u001b[9999P", "\u001b[9999L", "\u001b[9999M", "\u001b[3g", "\u001b[W", "\u001b[?5W",
            "\u001b[8;100;300t", "\u001b[22t", "\u001b[23t", "\u001b[6n", "\u001b[c", "\u001bP$qm\u001b\\", "\u001bP$q\u001b\\", "\u001bP1;2|x\u001b\\",
            "\u001b]0;title\u0007", "\u001b]2;t\u001b\\", "\u001b]8;;http://x\u001b\\", "\u001b]8;;\u001b\\", "\u001b]8;id=1;u\u0007", "\u001b]52;c;aGk=\u0007",
            "\u001b]133;A\u0007", "\u001b]4;1;rgb:ff/00/00\u0007", "\u001b]10;?\u0007",
            "\r\n", "\r", "\n", "\b", "\t", "\u000b", "\u000c", "\u007f", "\u0000",
            "A", "wide \u4e2d\u6587 ", "e\u0301", "\ud83d\ude00", "\u200d", "\ufe0f", "\u0308", "\u00e9",
        ];
        var list = new List<byte[]>();
        foreach (var t in tokens)
            list.Add(Encoding.UTF8.GetBytes(t));
        // Raw bytes UTF-8 treats specially: C1 as single bytes, invalid and overlong sequences, CP437 art.
        list.Add([0x9b]);
        list.Add([0xc0, 0x80]);
        list.Add([0xe2, 0x82]);
        list.Add([0xf4, 0x90, 0x80, 0x80]);
        list.Add([0xed, 0xa0, 0x80]);
        list.Add([0xb0, 0xb1, 0xb2, 0xdb, 0xdc, 0xdf, 0x01, 0x02, 0x7f]);
        return list;
    }
}
