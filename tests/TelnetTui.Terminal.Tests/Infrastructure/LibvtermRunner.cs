using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Terminal.Input;
using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Tests.Infrastructure;

/// <summary>One portable assertion of a libvterm test file and how it went.</summary>
public sealed record LibvtermResult(string Id, string Case, string Assertion, LibvtermOutcome Outcome, string Detail);

public enum LibvtermOutcome
{
    Passed,
    Failed,
    /// <summary>Checks a feature outside this terminal's scope (fonts, double-width lines, mouse/key encoding, damage).</summary>
    NotApplicable,
}

/// <summary>
/// Runs the screen-level parts of libvterm's t/*.test files (format: ../shared/libvterm-t/README.md)
/// against our terminal: PUSH/RESET/RESIZE/UTF8 set the scene; ?cursor, ?screen_row, ?screen_chars,
/// ?screen_text, ?screen_cell, ?screen_eol, ?pen, ?lineinfo and "output" lines are checked, and each
/// "putglyph" trace is read as "after this PUSH the cell shows this glyph". The other callback traces
/// (scrollrect, moverect, damage...) are libvterm's call sequence, not a result, and are not compared.
/// </summary>
public static partial class LibvtermRunner
{
    private static readonly (int R, int G, int B)[] LibvtermAnsi =
    [
        (0, 0, 0), (224, 0, 0), (0, 224, 0), (224, 224, 0), (0, 0, 224), (224, 0, 224), (0, 224, 224), (224, 224, 224),
        (128, 128, 128), (255, 64, 64), (64, 255, 64), (255, 255, 64), (64, 64, 255), (255, 64, 255), (64, 255, 255), (255, 255, 255),
    ];

    private sealed class State
    {
        public VirtualTerminal? Term;
        public int Rows = 25;
        public int Columns = 80;
        public bool Utf8;
        public readonly List<byte> Replies = [];
        public string Case = "(start)";
        public bool Unsupported;
        public bool ActionLevel;
        public int MouseRow;
        public int MouseColumn;
        public MouseButton MouseHeld;
        public readonly List<(string Id, string Text)> Glyphs = [];
        public List<byte>? LastPushOutput;
        public List<byte>? ExpectedOutput;
        public string? OutputId;

        public VirtualTerminal Terminal => Term ??= Create();

        public VirtualTerminal Create()
        {
            Replies.Clear();
            return new VirtualTerminal(new TerminalOptions
            {
                Columns = Columns,
                Rows = Rows,
                ScrollbackLines = 1000,
                Encoding = Utf8 ? TerminalEncoding.Utf8 : TerminalEncoding.Get("latin1"),
                AnsiBbs = false,
            }, r => Replies.AddRange(r.ToArray()));
        }
    }

    public static List<LibvtermResult> Run(string path)
    {
        var file = Path.GetFileName(path);
        var results = new List<LibvtermResult>();
        var st = new State();
        foreach (var (id, raw) in Expand(path))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
                continue;
            var indented = char.IsWhiteSpace(line[0]);
            var text = line.Trim();
            if (indented && text.StartsWith("output ", StringComparison.Ordinal))
            {
                st.ExpectedOutput ??= [];
                st.OutputId ??= $"{file}:{id}";
                st.ExpectedOutput.AddRange(PerlString.Evaluate(text["output ".Length..]));
                continue;
            }
            if (indented && text.StartsWith("putglyph ", StringComparison.Ordinal) && !st.ActionLevel)
            {
                // "putglyph CPS WIDTH ROW,COL": the glyph the PUSH put in that cell, checked on the screen after the PUSH.
                st.Glyphs.Add(($"{file}:{id}", text));
                continue;
            }
            if (indented && !text.StartsWith('?'))
                continue; // other libvterm callback traces (scrollrect, erase, damage...) describe libvterm's calls, not a result
            FlushOutput(st, results);
            FlushGlyphs(st, results);
            if (text.StartsWith('?'))
            {
                results.Add(Assert(st, $"{file}:{id}", text));
                continue;
            }
            Command(st, text);
        }
        FlushOutput(st, results);
        FlushGlyphs(st, results);
        return results;
    }

    /// <summary>Lines with "$SEQ a b:" and "$REP n:" expanded; ids are FILE-LINE numbers (with #n for repeats).</summary>
    private static IEnumerable<(string Id, string Text)> Expand(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var m = SeqPattern().Match(line);
            if (m.Success)
            {
                var from = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                var to = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                for (var n = from; n <= to; n++)
                    yield return ($"{i + 1}#{n}", m.Groups[3].Value.Replace("\\#", n.ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            m = RepPattern().Match(line);
            if (m.Success)
            {
                var count = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                for (var n = 0; n < count; n++)
                    yield return ($"{i + 1}#{n}", m.Groups[2].Value);
                continue;
            }
            yield return ((i + 1).ToString(CultureInfo.InvariantCulture), line);
        }
    }

    private static void Command(State st, string text)
    {
        var space = text.IndexOf(' ');
        var verb = space < 0 ? text : text[..space];
        var arg = space < 0 ? "" : text[(space + 1)..].Trim();
        if (verb.StartsWith('!'))
        {
            st.Case = text[1..].Trim();
            return;
        }
        switch (verb)
        {
            case "INIT":
                st.Rows = 25;
                st.Columns = 80;
                st.Utf8 = false;
                st.Term = null;
                st.Unsupported = false;
                break;
            case "UTF8":
                st.Utf8 = arg == "1";
                st.Term?.SetEncoding(st.Utf8 ? TerminalEncoding.Utf8 : TerminalEncoding.Get("latin1"), ansiBbs: false);
                break;
            case "RESET":
                st.Term = st.Create();
                st.Unsupported = false;
                st.MouseRow = st.MouseColumn = 0;
                st.MouseHeld = MouseButton.None;
                break;
            case "RESIZE":
                var parts = arg.Split(',');
                st.Rows = int.Parse(parts[0], CultureInfo.InvariantCulture);
                st.Columns = int.Parse(parts[1], CultureInfo.InvariantCulture);
                if (st.Term is null)
                    st.Term = st.Create();
                else
                    st.Term.Resize(st.Columns, st.Rows);
                break;
            case "PUSH":
                var term = st.Terminal;
                var before = st.Replies.Count;
                term.Feed(PerlString.Evaluate(arg));
                st.LastPushOutput = st.Replies.GetRange(before, st.Replies.Count - before);
                st.Unsupported = false;
                break;
            case "MOUSEMOVE":
            case "MOUSEBTN":
                Mouse(st, verb, arg);
                break;
            case "WANTPARSER":
            case "WANTENCODING":
                // Action-level files (02parser, 03encoding): their expectations are parser and decoder traces,
                // checked by ParserConformanceTests; a screen-level run has nothing to compare.
                st.ActionLevel = true;
                break;
            case "WANTSTATE":
            case "WANTSCREEN":
            case "DAMAGEMERGE":
            case "DAMAGEFLUSH":
                break;
            default:
                // INCHAR, INKEY, ENCIN, SETDEFAULTCOL, SELECTION...: not this terminal's API (keys are the app's key map).
                st.Unsupported = true;
                st.LastPushOutput = null;
                break;
        }
    }

    /// <summary>MOUSEMOVE row,col [mods] and MOUSEBTN d|u button [mods], through our <see cref="MouseReport"/> encoder.</summary>
    private static void Mouse(State st, string verb, string arg)
    {
        var parts = arg.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var modifiers = MouseModifiers.None;
        var mods = parts.Length > (verb == "MOUSEMOVE" ? 1 : 2) ? parts[^1] : "0";
        if (mods.Contains('S')) modifiers |= MouseModifiers.Shift;
        if (mods.Contains('A')) modifiers |= MouseModifiers.Alt;
        if (mods.Contains('C')) modifiers |= MouseModifiers.Control;
        MouseEvent? e = null;
        if (verb == "MOUSEMOVE")
        {
            var rc = parts[0].Split(',');
            var row = int.Parse(rc[0], CultureInfo.InvariantCulture);
            var col = int.Parse(rc[1], CultureInfo.InvariantCulture);
            if (row != st.MouseRow || col != st.MouseColumn)
                e = new MouseEvent(MouseAction.Motion, st.MouseHeld, row, col, modifiers);
            st.MouseRow = row;
            st.MouseColumn = col;
        }
        else
        {
            var button = int.Parse(parts[1], CultureInfo.InvariantCulture) switch
            {
                1 => MouseButton.Left,
                2 => MouseButton.Middle,
                3 => MouseButton.Right,
                4 => MouseButton.WheelUp,
                5 => MouseButton.WheelDown,
                6 => MouseButton.WheelLeft,
                _ => MouseButton.WheelRight,
            };
            var press = parts[0] == "d";
            if (button <= MouseButton.Right)
                st.MouseHeld = press ? button : MouseButton.None;
            e = new MouseEvent(press ? MouseAction.Press : MouseAction.Release, button, st.MouseRow, st.MouseColumn, modifiers);
        }
        st.LastPushOutput = e is { } ev ? [.. MouseReport.Encode(ev, st.Terminal.Screen.Modes)] : [];
        st.Unsupported = false;
    }

    private static void FlushOutput(State st, List<LibvtermResult> results)
    {
        var pushed = st.LastPushOutput;
        var expected = st.ExpectedOutput;
        st.ExpectedOutput = null;
        var id = st.OutputId;
        st.OutputId = null;
        if (expected is null)
        {
            if (pushed is { Count: > 0 } && !st.Unsupported && !st.ActionLevel)
                results.Add(new LibvtermResult(id ?? "?", st.Case, "(no output)", LibvtermOutcome.Failed, $"unexpected output {VectorString.Show(pushed.ToArray())}"));
            st.LastPushOutput = null;
            return;
        }
        st.LastPushOutput = null;
        var assertion = "output " + VectorString.Show(expected.ToArray());
        if (st.Unsupported || pushed is null)
        {
            results.Add(new LibvtermResult(id!, st.Case, assertion, LibvtermOutcome.NotApplicable, "output of an unsupported command"));
            return;
        }
        var ok = expected.SequenceEqual(pushed);
        results.Add(new LibvtermResult(id!, st.Case, assertion, ok ? LibvtermOutcome.Passed : LibvtermOutcome.Failed, ok ? "" : $"got {VectorString.Show(pushed.ToArray())}"));
    }

    /// <summary>Each cell's last putglyph of the PUSH must be what the screen shows there now.</summary>
    private static void FlushGlyphs(State st, List<LibvtermResult> results)
    {
        if (st.Glyphs.Count == 0)
            return;
        var last = new Dictionary<string, (string Id, string Text, string Cps, int Width)>();
        foreach (var (id, text) in st.Glyphs)
        {
            var m = GlyphPattern().Match(text);
            if (!m.Success)
                continue;
            last[m.Groups["pos"].Value] = (id, text, m.Groups["cps"].Value, int.Parse(m.Groups["width"].Value, CultureInfo.InvariantCulture));
        }
        st.Glyphs.Clear();
        foreach (var (pos, (id, text, cps, width)) in last)
        {
            if (text.Contains(" dwl", StringComparison.Ordinal) || text.Contains(" dh", StringComparison.Ordinal))
            {
                results.Add(new LibvtermResult(id, st.Case, text, LibvtermOutcome.NotApplicable, "double-width/height lines are not supported"));
                continue;
            }
            var p = pos.Split(',');
            var cell = st.Terminal.Screen.GetCell(int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture));
            var expected = string.Join(",", cps.Split(',').Select(h => $"0x{Convert.ToInt32(h, 16):x}")) + $" {width}";
            var actual = string.Join(",", cell.Text.EnumerateRunes().Select(x => $"0x{x.Value:x}")) + $" {cell.Width}";
            results.Add(new LibvtermResult(id, st.Case, text, expected == actual ? LibvtermOutcome.Passed : LibvtermOutcome.Failed, expected == actual ? "" : $"expected {expected}, got {actual}"));
        }
    }

    private static LibvtermResult Assert(State st, string id, string text)
    {
        LibvtermResult Result(LibvtermOutcome o, string detail = "") => new(id, st.Case, text, o, detail);
        if (st.Unsupported)
            return Result(LibvtermOutcome.NotApplicable, "follows an unsupported command");
        var eq = text.IndexOf('=');
        var left = text[1..eq].Trim();
        var right = text[(eq + 1)..].Trim();
        var space = left.IndexOf(' ');
        var what = space < 0 ? left : left[..space];
        var arg = space < 0 ? "" : left[(space + 1)..].Trim();
        var s = st.Terminal.Screen;
        string? actual;
        string expected;
        switch (what)
        {
            case "cursor":
                actual = $"{s.Cursor.Row},{s.Cursor.Column}";
                expected = right.Replace(" ", "");
                break;
            case "screen_row":
                actual = s.GetLineText(int.Parse(arg, CultureInfo.InvariantCulture));
                expected = ExpectedText(right);
                break;
            case "screen_chars":
                actual = Chars(s, arg);
                expected = ExpectedText(right);
                break;
            case "screen_text":
                actual = string.Join(",", Encoding.UTF8.GetBytes(Chars(s, arg)).Select(b => $"0x{b:x2}"));
                expected = string.Join(",", right.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(h => $"0x{Convert.ToInt32(h, 16):x2}"));
                break;
            case "screen_eol":
            {
                var p = arg.Split(',');
                var row = int.Parse(p[0], CultureInfo.InvariantCulture);
                var col = int.Parse(p[1], CultureInfo.InvariantCulture);
                var eol = true;
                for (var c = col; c < s.Columns; c++)
                    eol &= s.GetCell(row, c).IsEmpty;
                actual = eol ? "1" : "0";
                expected = right;
                break;
            }
            case "screen_cell":
            {
                var r = CellPattern().Match(right);
                if (!r.Success)
                    return Result(LibvtermOutcome.NotApplicable, "unrecognised cell form");
                var extra = r.Groups["extra"].Value.Trim();
                var attrs = r.Groups["attrs"].Value;
                if (extra.Length > 0 || UnsupportedAttr().IsMatch(attrs))
                    return Result(LibvtermOutcome.NotApplicable, "fonts, sub/superscript and double-width/height lines are not supported");
                var p = arg.Split(',');
                var cell = s.GetCell(int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture));
                var cps = cell.Text.EnumerateRunes().Select(x => $"0x{x.Value:x}");
                actual = $"{{{string.Join(",", cps)}}} width={Math.Max(1, cell.Width)} attrs={{{Attrs(cell)}}} fg={Rgb(cell.Foreground, true)} bg={Rgb(cell.Background, false)}";
                var wantCps = r.Groups["cps"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(h => $"0x{Convert.ToInt32(h, 16):x}");
                var wantAttrs = string.Concat(AttrToken().Matches(attrs).Select(m => m.Value).Order());
                expected = $"{{{string.Join(",", wantCps)}}} width={r.Groups["width"].Value} attrs={{{wantAttrs}}} fg={r.Groups["fg"].Value} bg={r.Groups["bg"].Value}";
                break;
            }
            case "pen":
            {
                var style = st.Terminal.Emulator.Pen.Effective;
                actual = arg switch
                {
                    "bold" => OnOff(style.Has(CellAttributes.Bold)),
                    "italic" => OnOff(style.Has(CellAttributes.Italic)),
                    "blink" => OnOff(style.Has(CellAttributes.Blink)),
                    "reverse" => OnOff(style.Has(CellAttributes.Inverse)),
                    "underline" => ((int)style.Underline).ToString(CultureInfo.InvariantCulture),
                    "foreground" => PenColor(style.Foreground, true, right),
                    "background" => PenColor(style.Background, false, right),
                    _ => null,
                };
                if (actual is null)
                    return Result(LibvtermOutcome.NotApplicable, "fonts and sub/superscript are not supported");
                expected = right;
                break;
            }
            case "lineinfo":
            {
                var row = int.Parse(arg, CultureInfo.InvariantCulture);
                if (right.Length > 0 && right != "cont")
                    return Result(LibvtermOutcome.NotApplicable, "double-width/height lines are not supported");
                var previousWrapped = row > 0 ? s.GetLineFlags(row - 1).HasFlag(RowFlags.Wrapped)
                    : s.ScrollbackCount > 0 && s.GetLineFlags(-1).HasFlag(RowFlags.Wrapped);
                actual = previousWrapped ? "cont" : "";
                expected = right;
                break;
            }
            default:
                return Result(LibvtermOutcome.NotApplicable, $"{what} is libvterm-specific");
        }
        return actual == expected ? Result(LibvtermOutcome.Passed) : Result(LibvtermOutcome.Failed, $"expected {expected}, got {actual}");
    }

    private static string OnOff(bool b) => b ? "on" : "off";

    private static string ExpectedText(string right)
    {
        if (right.Length == 0)
            return "";
        if (right.StartsWith('"'))
            return Encoding.UTF8.GetString(PerlString.Evaluate(right));
        return string.Concat(right.Split(',', StringSplitOptions.TrimEntries).Select(h => char.ConvertFromUtf32(Convert.ToInt32(h, 16))));
    }

    /// <summary>vterm_screen_get_chars over rows r0..r1-1, columns c0..c1-1: trailing blanks trimmed, rows joined by newlines.</summary>
    private static string Chars(Screen s, string rect)
    {
        var p = rect.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        var rows = new List<string>();
        for (var r = p[0]; r < p[2]; r++)
        {
            var sb = new StringBuilder();
            for (var c = p[1]; c < Math.Min(p[3], s.Columns); c++)
            {
                var cell = s.GetCell(r, c);
                if (cell.Width == 0)
                    continue;
                sb.Append(cell.IsEmpty ? " " : cell.Text);
            }
            rows.Add(sb.ToString().TrimEnd(' '));
        }
        return string.Join("\n", rows).TrimEnd('\n');
    }

    private static string Attrs(Cell cell)
    {
        var tokens = new List<string>();
        var a = cell.Attributes;
        if (a.HasFlag(CellAttributes.Bold)) tokens.Add("B");
        if (a.HasFlag(CellAttributes.Italic)) tokens.Add("I");
        if (a.HasFlag(CellAttributes.Blink)) tokens.Add("K");
        if (a.HasFlag(CellAttributes.Inverse)) tokens.Add("R");
        if (a.HasFlag(CellAttributes.Strikethrough)) tokens.Add("S");
        if (cell.Underline != UnderlineStyle.None) tokens.Add("U" + (int)Math.Min(3, (int)cell.Underline));
        return string.Concat(tokens.Order());
    }

    private static string Rgb(Color c, bool foreground)
    {
        var (r, g, b) = c.Kind switch
        {
            ColorKind.Default => foreground ? (240, 240, 240) : (0, 0, 0),
            ColorKind.Indexed when c.Index < 16 => LibvtermAnsi[c.Index],
            ColorKind.Indexed => Palette.Xterm[c.Index],
            _ => (c.R, c.G, c.B),
        };
        return $"rgb({r},{g},{b})";
    }

    private static string PenColor(Color c, bool foreground, string expectedForm)
    {
        if (c.IsDefault)
            return foreground ? "rgb(240,240,240,is_default_fg)" : "rgb(0,0,0,is_default_bg)";
        if (c.Kind == ColorKind.Indexed && expectedForm.StartsWith("idx", StringComparison.Ordinal))
            return $"idx({c.Index})";
        return Rgb(c, foreground);
    }

    [GeneratedRegex(@"^\$SEQ\s+(\d+)\s+(\d+):\s*(.*)$")]
    private static partial Regex SeqPattern();

    [GeneratedRegex(@"^\$REP\s+(\d+):\s*(.*)$")]
    private static partial Regex RepPattern();

    [GeneratedRegex(@"^\{(?<cps>[^}]*)\}\s+width=(?<width>\d+)\s+attrs=\{(?<attrs>[^}]*)\}(?<extra>[^f]*)fg=(?<fg>rgb\([^)]*\))\s+bg=(?<bg>rgb\([^)]*\))$")]
    private static partial Regex CellPattern();

    [GeneratedRegex(@"^putglyph (?<cps>[0-9a-fA-Fx,]+) (?<width>\d) (?<pos>\d+,\d+)")]
    private static partial Regex GlyphPattern();

    [GeneratedRegex(@"F\d|S[_^]")]
    private static partial Regex UnsupportedAttr();

    [GeneratedRegex(@"U\d|[A-Z]")]
    private static partial Regex AttrToken();
}
