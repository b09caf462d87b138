using System.Text;
using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.Tests.Input;

/// <summary>The vector files' notation for events and bytes (see Vectors/README.md).</summary>
public static class EventText
{
    public static string Format(InputEvent e) => e switch
    {
        KeyEvent k => "key " + Modifiers(k.Modifiers) + (k.Key == Key.Char ? RuneText(k.Rune) : k.Key.ToString()),
        MouseEvent m => $"mouse {m.Action} {m.Button} {m.X},{m.Y}" + (m.Modifiers == 0 ? "" : " " + Modifiers(m.Modifiers).TrimEnd('+')),
        PasteEvent p => $"paste \"{Escape(Encoding.UTF8.GetBytes(p.Text))}\"" + (p.Truncated ? " truncated" : ""),
        FocusEvent f => f.Focused ? "focus in" : "focus out",
        ModeReportEvent r => $"mode {r.Mode} {r.Value}" + (r.Private ? "" : " ansi"),
        DeviceAttributesEvent d => "da " + string.Join(';', d.Attributes),
        KittyKeyboardFlagsEvent k => $"kitty-flags {k.Flags}",
        CursorPositionEvent c => $"cpr {c.X},{c.Y}",
        UnknownSequenceEvent u => "unknown " + u.Sequence,
        _ => e.ToString(),
    };

    public static string Format(IEnumerable<InputEvent> events)
    {
        var text = string.Join(" ; ", events.Select(Format));
        return text.Length == 0 ? "(none)" : text;
    }

    private static string Modifiers(KeyModifiers m)
    {
        var sb = new StringBuilder();
        if ((m & KeyModifiers.Ctrl) != 0)
            sb.Append("Ctrl+");
        if ((m & KeyModifiers.Alt) != 0)
            sb.Append("Alt+");
        if ((m & KeyModifiers.Shift) != 0)
            sb.Append("Shift+");
        if ((m & KeyModifiers.Super) != 0)
            sb.Append("Super+");
        return sb.ToString();
    }

    private static string RuneText(Rune r) => r == Rune.ReplacementChar ? "U+FFFD" : $"'{r}'";

    private static string Escape(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            switch (c)
            {
                case '\e': sb.Append("\\e"); break;
                case '\r': sb.Append("\\r"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '"': sb.Append("\\\""); break;
                case < ' ': sb.Append($"\\x{(int)c:x2}"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Parses the byte side of a vector into segments separated by clock advances: each segment is the
    /// bytes fed before the next "{+N}" marker, paired with the milliseconds that marker advances (0 at the end).
    /// </summary>
    public static List<(byte[] Bytes, int AdvanceMs)> ParseBytes(string text)
    {
        var segments = new List<(byte[], int)>();
        var current = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '+')
            {
                var close = text.IndexOf('}', i);
                segments.Add((current.ToArray(), int.Parse(text[(i + 2)..close])));
                current.Clear();
                i = close;
                continue;
            }
            if (c != '\\')
            {
                current.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }
            var n = text[++i];
            switch (n)
            {
                case 'e': current.Add(0x1B); break;
                case 'r': current.Add(0x0D); break;
                case 'n': current.Add(0x0A); break;
                case 't': current.Add(0x09); break;
                case 's': current.Add(0x20); break;
                case '\\': current.Add((byte)'\\'); break;
                case 'x':
                    current.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                    i += 2;
                    break;
                default: throw new FormatException($"unknown escape \\{n} in '{text}'");
            }
        }
        segments.Add((current.ToArray(), 0));
        return segments;
    }
}
