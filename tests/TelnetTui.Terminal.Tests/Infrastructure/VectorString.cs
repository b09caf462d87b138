using System.Globalization;
using System.Text;

namespace TelnetTui.Terminal.Tests.Infrastructure;

/// <summary>
/// The quoted strings of our vector files, as bytes: UTF-8 text with C-like escapes —
/// \e (ESC), \a \b \t \n \r \f \v \0, \\ \", \xHH (one raw byte), \u{HHHH} (a code point as UTF-8).
/// </summary>
public static class VectorString
{
    public static byte[] Parse(string quoted, string where)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
            throw new FormatException($"{where}: expected a \"quoted\" string, got {quoted}");
        var body = quoted[1..^1];
        var bytes = new List<byte>();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\')
            {
                if (char.IsHighSurrogate(c))
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(body.Substring(i, 2)));
                    i++;
                }
                else
                    bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }
            if (++i >= body.Length)
                throw new FormatException($"{where}: string ends with a backslash");
            switch (body[i])
            {
                case 'e': bytes.Add(0x1b); break;
                case 'a': bytes.Add(0x07); break;
                case 'b': bytes.Add(0x08); break;
                case 't': bytes.Add(0x09); break;
                case 'n': bytes.Add(0x0a); break;
                case 'v': bytes.Add(0x0b); break;
                case 'f': bytes.Add(0x0c); break;
                case 'r': bytes.Add(0x0d); break;
                case '0': bytes.Add(0x00); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'x':
                    bytes.Add(byte.Parse(body.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                case 'u':
                    var close = body.IndexOf('}', i);
                    var cp = int.Parse(body.AsSpan(i + 2, close - i - 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(cp)));
                    i = close;
                    break;
                default:
                    throw new FormatException($"{where}: unknown escape \\{body[i]}");
            }
        }
        return bytes.ToArray();
    }

    /// <summary>The expected text of a quoted string (escapes resolved, then read as UTF-8).</summary>
    public static string Text(string quoted, string where) => Encoding.UTF8.GetString(Parse(quoted, where));

    /// <summary>A byte string written back with escapes, for failure messages.</summary>
    public static string Show(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder("\"");
        foreach (var b in bytes)
        {
            sb.Append(b switch
            {
                0x1b => "\\e",
                (byte)'"' => "\\\"",
                (byte)'\\' => "\\\\",
                < 0x20 or >= 0x7f => $"\\x{b:x2}",
                _ => ((char)b).ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
