using System.Globalization;
using System.IO.Compression;
using System.Text;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Tests.Infrastructure;

/// <summary>Parses the token syntax of the vector files (see Vectors/README.md) into bytes.</summary>
public static class ByteTokens
{
    private static readonly Dictionary<string, byte> Commands = BuildCommands();
    private static readonly Dictionary<string, byte> Options = BuildOptions();

    public static byte[] Parse(string text)
    {
        var pos = 0;
        var bytes = ParseUntil(text, ref pos, '\0');
        return bytes.ToArray();
    }

    /// <summary>Resolves an option token (a name such as NAWS, or a number).</summary>
    public static byte Option(string token)
    {
        if (Options.TryGetValue(token, out var b))
            return b;
        if (byte.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out b))
            return b;
        throw new FormatException($"unknown option '{token}'");
    }

    private static List<byte> ParseUntil(string text, ref int pos, char end)
    {
        var result = new List<byte>();
        var expectOption = false;
        while (true)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                pos++;
            if (pos >= text.Length)
            {
                if (end != '\0')
                    throw new FormatException($"missing '{end}'");
                return result;
            }
            if (text[pos] == end)
            {
                pos++;
                return result;
            }
            if (text[pos] == '"')
            {
                var s = ReadQuoted(text, ref pos);
                var repeat = ReadRepeat(text, ref pos);
                for (var i = 0; i < repeat; i++)
                    result.AddRange(s);
                expectOption = false;
                continue;
            }
            if (text[pos] == 'z' && pos + 1 < text.Length && text[pos + 1] == '{')
            {
                pos += 2;
                var inner = ParseUntil(text, ref pos, '}');
                result.AddRange(Zlib(inner.ToArray()));
                expectOption = false;
                continue;
            }
            var start = pos;
            while (pos < text.Length && !char.IsWhiteSpace(text[pos]) && text[pos] != end && text[pos] != '"')
                pos++;
            var word = text[start..pos];
            var count = ReadRepeat(text, ref pos);
            byte value;
            if (expectOption && word != "IAC")
                value = Option(word);
            else if (Commands.TryGetValue(word, out var c))
                value = c;
            else if (word.Length == 2 && byte.TryParse(word, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var h))
                value = h;
            else
                throw new FormatException($"unknown token '{word}'");
            for (var i = 0; i < count; i++)
                result.Add(value);
            expectOption = !expectOption && word != "IAC" && value is TelnetCommand.Will or TelnetCommand.Wont or TelnetCommand.Do or TelnetCommand.Dont or TelnetCommand.Sb
                && Commands.ContainsKey(word);
        }
    }

    private static int ReadRepeat(string text, ref int pos)
    {
        if (pos >= text.Length || text[pos] != '*')
            return 1;
        pos++;
        var start = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            pos++;
        return int.Parse(text[start..pos], CultureInfo.InvariantCulture);
    }

    private static byte[] ReadQuoted(string text, ref int pos)
    {
        pos++;
        var bytes = new List<byte>();
        while (true)
        {
            if (pos >= text.Length)
                throw new FormatException("unterminated string");
            var c = text[pos++];
            if (c == '"')
                return bytes.ToArray();
            if (c != '\\')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }
            var e = text[pos++];
            switch (e)
            {
                case 'r': bytes.Add(13); break;
                case 'n': bytes.Add(10); break;
                case 't': bytes.Add(9); break;
                case '0': bytes.Add(0); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'x':
                    bytes.Add(byte.Parse(text.AsSpan(pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    pos += 2;
                    break;
                default: throw new FormatException($"unknown escape \\{e}");
            }
        }
    }

    public static byte[] Zlib(byte[] data)
    {
        var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true))
            z.Write(data);
        return ms.ToArray();
    }

    /// <summary>Bytes as a quoted string in the same escape syntax (for transcripts).</summary>
    public static string Quote(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder("\"");
        foreach (var b in bytes)
        {
            switch (b)
            {
                case 13: sb.Append("\\r"); break;
                case 10: sb.Append("\\n"); break;
                case 9: sb.Append("\\t"); break;
                case 0: sb.Append("\\0"); break;
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'"': sb.Append("\\\""); break;
                default:
                    if (b is >= 0x20 and < 0x7F)
                        sb.Append((char)b);
                    else
                        sb.Append("\\x").Append(b.ToString("X2", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static Dictionary<string, byte> BuildCommands()
    {
        var d = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var b = (int)TelnetCommand.Eof; b <= TelnetCommand.Iac; b++)
            d[TelnetCommand.Name((byte)b)] = (byte)b;
        return d;
    }

    private static Dictionary<string, byte> BuildOptions()
    {
        var d = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var b = 0; b < 256; b++)
        {
            var name = TelnetOption.Name((byte)b);
            if (!char.IsAsciiDigit(name[0]))
                d[name] = (byte)b;
        }
        return d;
    }
}
