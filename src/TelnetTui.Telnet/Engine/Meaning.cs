using System.Globalization;
using System.Text;

namespace TelnetTui.Telnet.Engine;

/// <summary>Turns protocol bytes into the short readable text the inspector shows.</summary>
internal static class Meaning
{
    /// <summary>Longest text shown for one payload before it is cut with "…".</summary>
    public const int MaxTextLength = 400;

    /// <summary>Bytes as a quoted string: printable ASCII as is, other bytes as \xHH.</summary>
    public static string Quote(ReadOnlySpan<byte> bytes) => "\"" + Escape(bytes) + "\"";

    public static string Escape(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (sb.Length >= MaxTextLength)
            {
                sb.Append('…');
                break;
            }
            if (b == '"' || b == '\\')
                sb.Append('\\').Append((char)b);
            else if (b is >= 0x20 and < 0x7F)
                sb.Append((char)b);
            else
                sb.Append("\\x").Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>UTF-8 text (GMCP and MSDP carry UTF-8), control characters escaped, cut when long.</summary>
    public static string Text(ReadOnlySpan<byte> bytes)
    {
        var s = System.Text.Encoding.UTF8.GetString(bytes);
        var sb = new StringBuilder(Math.Min(s.Length, MaxTextLength + 1));
        foreach (var c in s)
        {
            if (sb.Length >= MaxTextLength)
            {
                sb.Append('…');
                break;
            }
            if (c < 0x20 || c == 0x7F)
                sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Bytes as hex pairs ("01 FF 20").</summary>
    public static string Hex(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, MaxTextLength / 3);
        var s = Convert.ToHexString(bytes[..n]);
        var sb = new StringBuilder(n * 3);
        for (var i = 0; i < s.Length; i += 2)
        {
            if (i > 0)
                sb.Append(' ');
            sb.Append(s, i, 2);
        }
        if (n < bytes.Length)
            sb.Append(" …");
        return sb.ToString();
    }
}
