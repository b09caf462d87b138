namespace TelnetTui.App.Tests.Support;

/// <summary>Telnet bytes written readably: "IAC WILL ECHO" (RFC 854 names), "\"text\"", hex pairs.</summary>
public static class Bytes
{
    private static readonly Dictionary<string, byte> Names = new(StringComparer.Ordinal)
    {
        ["IAC"] = 255, ["DONT"] = 254, ["DO"] = 253, ["WONT"] = 252, ["WILL"] = 251, ["SB"] = 250, ["GA"] = 249,
        ["SE"] = 240, ["EOR"] = 239, ["NOP"] = 241, ["AYT"] = 246, ["BRK"] = 243, ["IP"] = 244,
        ["BINARY"] = 0, ["ECHO"] = 1, ["SGA"] = 3, ["TTYPE"] = 24, ["TELOPT_EOR"] = 25, ["NAWS"] = 31, ["GMCP"] = 201, ["MSSP"] = 70,
    };

    public static byte[] Of(string spec)
    {
        var result = new List<byte>();
        var i = 0;
        while (i < spec.Length)
        {
            if (char.IsWhiteSpace(spec[i]))
            {
                i++;
                continue;
            }
            if (spec[i] == '"')
            {
                var end = spec.IndexOf('"', i + 1);
                result.AddRange(System.Text.Encoding.UTF8.GetBytes(spec[(i + 1)..end].Replace("\\r", "\r").Replace("\\n", "\n").Replace("\\e", "\e")));
                i = end + 1;
                continue;
            }
            var stop = i;
            while (stop < spec.Length && !char.IsWhiteSpace(spec[stop]))
                stop++;
            var word = spec[i..stop];
            result.Add(Names.TryGetValue(word, out var b) ? b : Convert.ToByte(word, 16));
            i = stop;
        }
        return result.ToArray();
    }

    /// <summary>True when <paramref name="needle"/> occurs in <paramref name="haystack"/>.</summary>
    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
