using System.Text.RegularExpressions;

namespace TelnetTui.Terminal.Tests.Infrastructure;

/// <summary>
/// Reads our screen vector files (tests/TelnetTui.Terminal.Tests/Vectors/*.screen). Format, one directive a line:
/// <code>
/// # comment
/// === name of the case            starts a case
/// size 80x25 | scrollback N | encoding cp437 | options bbs ice clipboard crlf
/// in "bytes with \e escapes"      input (repeatable, concatenated)
/// resize 100x30                   resize after the input (before the checks)
/// row N "text"                    row text, trailing blanks trimmed (negative N: scrollback, -1 newest)
/// screen                          followed by |text lines (escapes as in strings): rows from 0; rows not listed must be blank
/// cursor R,C [hidden]             0-based
/// cell R,C key=value ...          text= width= fg= bg= ul= attrs=a,b underline= link=
/// flags N wrapped,prompt | none
/// reply "bytes"                   everything the terminal sent back, concatenated
/// title "text"  | scrollback-lines N | mode name=value ...
/// </code>
/// </summary>
public static partial class ScreenVectorFile
{
    public static List<ScreenVector> Load(string path)
    {
        var cases = new List<ScreenVector>();
        ScreenVector? current = null;
        var file = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        for (var n = 0; n < lines.Length; n++)
        {
            var lineNo = n + 1;
            var line = lines[n].TrimEnd();
            var where = $"{file}:{lineNo}";
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                current = new ScreenVector { File = file, Name = line[4..].Trim(), Line = lineNo };
                cases.Add(current);
                continue;
            }
            if (current is null)
                throw new FormatException($"{where}: directive before the first '=== name'");
            var (kind, rest) = Split(line);
            switch (kind)
            {
                case "size":
                    (current.Columns, current.Rows) = ParseSize(rest, where);
                    break;
                case "scrollback":
                    current.Scrollback = int.Parse(rest);
                    break;
                case "encoding":
                    current.Encoding = rest;
                    break;
                case "options":
                    foreach (var option in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        switch (option)
                        {
                            case "bbs": current.AnsiBbs = true; break;
                            case "nobbs": current.AnsiBbs = false; break;
                            case "ice": current.IceColors = true; break;
                            case "clipboard": current.Clipboard = true; break;
                            case "crlf": current.ImplicitCarriageReturn = true; break;
                            default: throw new FormatException($"{where}: unknown option {option}");
                        }
                    }
                    break;
                case "in":
                    current.Input.AddRange(VectorString.Parse(rest, where));
                    break;
                case "resize":
                    current.ResizeTo = ParseSize(rest, where);
                    break;
                case "screen":
                    var rows = new List<string>();
                    while (n + 1 < lines.Length && lines[n + 1].StartsWith('|'))
                        rows.Add(lines[++n][1..].TrimEnd());
                    current.Expectations.Add(new ScreenExpectation(lineNo, "screen", "", string.Join("\n", rows)));
                    break;
                default:
                    var (argument, value) = Split(rest);
                    if (kind is "reply" or "title")
                        (argument, value) = ("", rest);
                    current.Expectations.Add(new ScreenExpectation(lineNo, kind, argument, value));
                    break;
            }
        }
        return cases;
    }

    private static (string, string) Split(string text)
    {
        var space = text.IndexOf(' ');
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..].Trim());
    }

    private static (int, int) ParseSize(string text, string where)
    {
        var m = SizePattern().Match(text);
        if (!m.Success)
            throw new FormatException($"{where}: expected COLSxROWS, got {text}");
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
    }

    [GeneratedRegex(@"^(\d+)x(\d+)$")]
    private static partial Regex SizePattern();
}
