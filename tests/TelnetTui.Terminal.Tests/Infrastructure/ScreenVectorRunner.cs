using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Tests.Infrastructure;

/// <summary>Feeds a vector's bytes to a fresh terminal in the given chunks and lists every expectation that does not hold.</summary>
public static partial class ScreenVectorRunner
{
    public static VirtualTerminal Create(ScreenVector v, List<byte> replies) =>
        new(new TerminalOptions
        {
            Columns = v.Columns,
            Rows = v.Rows,
            ScrollbackLines = v.Scrollback,
            Encoding = TerminalEncoding.Get(v.Encoding),
            AnsiBbs = v.AnsiBbs,
            IceColors = v.IceColors,
            AllowClipboardWrite = v.Clipboard,
            ImplicitCarriageReturn = v.ImplicitCarriageReturn,
        }, reply => replies.AddRange(reply.ToArray()));

    /// <summary>Runs with the input cut at the given positions; returns failure descriptions (empty when all hold).</summary>
    public static List<string> Run(ScreenVector v, params int[] cuts)
    {
        var replies = new List<byte>();
        var term = Create(v, replies);
        var input = v.Input.ToArray();
        var from = 0;
        foreach (var cut in cuts.Append(input.Length))
        {
            term.Feed(input.AsSpan(from, cut - from));
            from = cut;
        }
        if (v.ResizeTo is { } size)
            term.Resize(size.Columns, size.Rows);
        return Check(v, term, replies);
    }

    public static List<string> Check(ScreenVector v, VirtualTerminal term, List<byte> replies)
    {
        var failures = new List<string>();
        var s = term.Screen;
        foreach (var e in v.Expectations)
        {
            var where = $"{v.File}:{e.Line}";
            try
            {
                var problem = CheckOne(e, s, replies);
                if (problem is not null)
                    failures.Add($"{where} {e.Kind} {e.Argument}: {problem}");
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                failures.Add($"{where} {e.Kind}: {ex.Message}");
            }
        }
        return failures;
    }

    private static string? CheckOne(ScreenExpectation e, Screen s, List<byte> replies)
    {
        switch (e.Kind)
        {
            case "row":
            {
                var line = int.Parse(e.Argument, CultureInfo.InvariantCulture);
                var expected = VectorString.Text(e.Value, "row");
                var actual = s.GetLineText(line);
                return actual == expected ? null : $"expected {Quote(expected)}, got {Quote(actual)}";
            }
            case "screen":
            {
                var expected = e.Value.Length == 0 ? [] : e.Value.Split('\n');
                var sb = new StringBuilder();
                for (var r = 0; r < s.Rows; r++)
                {
                    var want = r < expected.Length ? VectorString.Text("\"" + expected[r] + "\"", "screen") : "";
                    var got = s.GetLineText(r);
                    if (want != got)
                        sb.Append($"\n  row {r}: expected {Quote(want)}, got {Quote(got)}");
                }
                return sb.Length == 0 ? null : "screen differs:" + sb;
            }
            case "cursor":
            {
                var parts = e.Argument.Split(',');
                var (row, col) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
                var c = s.Cursor;
                if (c.Row != row || c.Column != col)
                    return $"expected {row},{col}, got {c.Row},{c.Column}";
                if (e.Value == "hidden" && c.Visible)
                    return "expected hidden, is visible";
                if (e.Value == "visible" && !c.Visible)
                    return "expected visible, is hidden";
                return null;
            }
            case "cell":
            {
                var parts = e.Argument.Split(',');
                var cell = s.GetCell(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
                foreach (Match m in KeyValue().Matches(e.Value))
                {
                    var key = m.Groups[1].Value;
                    var value = m.Groups[2].Value;
                    var actual = key switch
                    {
                        "text" => Quote(cell.Text),
                        "width" => cell.Width.ToString(CultureInfo.InvariantCulture),
                        "fg" => cell.Foreground.ToString(),
                        "bg" => cell.Background.ToString(),
                        "ul" => cell.Style.UnderlineColor.ToString(),
                        "attrs" => Attributes(cell.Attributes),
                        "underline" => cell.Underline.ToString().ToLowerInvariant(),
                        "link" => s.Hyperlinks.Get(cell.HyperlinkId) is { } uri ? Quote(uri) : "none",
                        _ => throw new FormatException($"unknown cell key {key}"),
                    };
                    var want = key is "text" or "link" && value.StartsWith('"') ? Quote(VectorString.Text(value, key)) : value;
                    if (key == "attrs")
                        want = string.Join(",", want.Split(',').Order());
                    if (actual != want)
                        return $"{key}: expected {want}, got {actual}";
                }
                return null;
            }
            case "flags":
            {
                var flags = s.GetLineFlags(int.Parse(e.Argument, CultureInfo.InvariantCulture));
                var actual = flags == RowFlags.None ? "none" : string.Join(",", new[] { (RowFlags.Wrapped, "wrapped"), (RowFlags.PromptMark, "prompt") }.Where(f => flags.HasFlag(f.Item1)).Select(f => f.Item2));
                return actual == e.Value ? null : $"expected {e.Value}, got {actual}";
            }
            case "reply":
            {
                var expected = VectorString.Parse(e.Value, "reply");
                return expected.AsSpan().SequenceEqual(replies.ToArray()) ? null : $"expected {VectorString.Show(expected)}, got {VectorString.Show(replies.ToArray())}";
            }
            case "title":
            {
                var expected = VectorString.Text(e.Value, "title");
                return s.Title == expected ? null : $"expected {Quote(expected)}, got {Quote(s.Title)}";
            }
            case "scrollback-lines":
            {
                var expected = int.Parse(e.Argument, CultureInfo.InvariantCulture);
                return s.ScrollbackCount == expected ? null : $"expected {expected}, got {s.ScrollbackCount}";
            }
            case "mode":
            {
                foreach (var pair in (e.Argument + " " + e.Value).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var kv = pair.Split('=');
                    var actual = Mode(s.Modes, kv[0]);
                    if (!string.Equals(actual, kv[1], StringComparison.OrdinalIgnoreCase))
                        return $"{kv[0]}: expected {kv[1]}, got {actual}";
                }
                return null;
            }
            default:
                throw new FormatException($"unknown expectation '{e.Kind}'");
        }
    }

    private static string Mode(TerminalModes m, string name) => name switch
    {
        "app-cursor" => m.ApplicationCursorKeys.ToString(),
        "app-keypad" => m.ApplicationKeypad.ToString(),
        "mouse" => m.MouseTracking.ToString(),
        "mouse-encoding" => m.MouseEncoding.ToString(),
        "focus" => m.FocusEvents.ToString(),
        "bracketed-paste" => m.BracketedPaste.ToString(),
        "reverse" => m.ReverseVideo.ToString(),
        "autowrap" => m.AutoWrap.ToString(),
        "origin" => m.OriginMode.ToString(),
        "insert" => m.InsertMode.ToString(),
        "newline" => m.NewLineMode.ToString(),
        "alt-screen" => m.AlternateScreen.ToString(),
        "ice" => m.IceColors.ToString(),
        "bbs" => m.AnsiBbs.ToString(),
        "sync" => m.SynchronizedOutput.ToString(),
        "alt-scroll" => m.AlternateScroll.ToString(),
        _ => throw new FormatException($"unknown mode {name}"),
    };

    private static string Attributes(CellAttributes a)
    {
        if (a == CellAttributes.None)
            return "none";
        return string.Join(",", Enum.GetValues<CellAttributes>().Where(f => f != CellAttributes.None && a.HasFlag(f)).Select(f => f.ToString().ToLowerInvariant()).Order());
    }

    private static string Quote(string s) => VectorString.Show(Encoding.UTF8.GetBytes(s));

    [GeneratedRegex("""(\w+)=("(?:[^"\\]|\\.)*"|\S+)""")]
    private static partial Regex KeyValue();
}
