using System.Globalization;
using System.Text;

namespace TelnetTui.Terminal.Tests.Infrastructure;

/// <summary>
/// Evaluates the Perl string expressions of libvterm's test files as bytes:
/// "..." with \e \n \r \t \a \b \f \0 \xHH \x{H..} \\ \" \$ \#, joined with '.', repeated with 'x N'.
/// </summary>
public static class PerlString
{
    public static byte[] Evaluate(string expression)
    {
        var bytes = new List<byte>();
        var i = 0;
        var s = expression.Trim();
        while (i < s.Length)
        {
            while (i < s.Length && (s[i] == ' ' || s[i] == '.'))
                i++;
            if (i >= s.Length)
                break;
            if (s[i] != '"')
                throw new FormatException($"expected a string at {i} in {expression}");
            var term = ReadLiteral(s, ref i);
            while (i < s.Length && s[i] == ' ')
                i++;
            var times = 1;
            if (i < s.Length && s[i] == 'x')
            {
                i++;
                while (i < s.Length && s[i] == ' ')
                    i++;
                var start = i;
                while (i < s.Length && char.IsDigit(s[i]))
                    i++;
                times = int.Parse(s.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            }
            for (var t = 0; t < times; t++)
                bytes.AddRange(term);
        }
        return bytes.ToArray();
    }

    private static byte[] ReadLiteral(string s, ref int i)
    {
        var bytes = new List<byte>();
        i++; // opening quote
        while (i < s.Length && s[i] != '"')
        {
            var c = s[i++];
            if (c != '\\')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }
            var e = s[i++];
            switch (e)
            {
                case 'e': bytes.Add(0x1b); break;
                case 'n': bytes.Add(0x0a); break;
                case 'r': bytes.Add(0x0d); break;
                case 't': bytes.Add(0x09); break;
                case 'a': bytes.Add(0x07); break;
                case 'b': bytes.Add(0x08); break;
                case 'f': bytes.Add(0x0c); break;
                case '0': bytes.Add(0x00); break;
                case 'x':
                    if (s[i] == '{')
                    {
                        var close = s.IndexOf('}', i);
                        bytes.Add((byte)int.Parse(s.AsSpan(i + 1, close - i - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i = close + 1;
                    }
                    else
                    {
                        var n = 0;
                        while (n < 2 && i + n < s.Length && Uri.IsHexDigit(s[i + n]))
                            n++;
                        bytes.Add((byte)int.Parse(s.AsSpan(i, n), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += n;
                    }
                    break;
                default:
                    bytes.AddRange(Encoding.UTF8.GetBytes(e.ToString())); // \\ \" \$ \# and friends
                    break;
            }
        }
        i++; // closing quote
        return bytes.ToArray();
    }
}
