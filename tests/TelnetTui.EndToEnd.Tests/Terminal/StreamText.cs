using System.Globalization;
using System.Text;

namespace TelnetTui.EndToEnd.Tests.Terminal;

/// <summary>
/// Corpus streams are kept as readable text: UTF-8 with escapes \e \a \b \t \n \r \f \v \0 \\ \xHH (a raw byte);
/// a backslash at the end of a line joins it with the next (the line break itself is not part of the stream).
/// </summary>
public static class StreamText
{
    public static byte[] Decode(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\')
            {
                if (c == '\n')
                    continue; // line breaks in the file are layout; a stream's LF is written \n
                if (char.IsHighSurrogate(c))
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i++, 2)));
                    continue;
                }
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }
            var e = text[++i];
            switch (e)
            {
                case 'e': bytes.Add(0x1b); break;
                case 'a': bytes.Add(0x07); break;
                case 'b': bytes.Add(0x08); break;
                case 't': bytes.Add(0x09); break;
                case 'n': bytes.Add(0x0a); break;
                case 'r': bytes.Add(0x0d); break;
                case 'f': bytes.Add(0x0c); break;
                case 'v': bytes.Add(0x0b); break;
                case '0': bytes.Add(0x00); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case 'x':
                    bytes.Add(byte.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                default:
                    throw new FormatException($"unknown escape \\{e} at {i}");
            }
        }
        return bytes.ToArray();
    }
}
