namespace TelnetTui.Core.Tests.Support;

/// <summary>Telnet bytes for building host streams in tests (RFC 854 command codes).</summary>
internal static class TelnetBytes
{
    public const byte Iac = 255, Will = 251, Wont = 252, Do = 253, Dont = 254, Sb = 250, Se = 240, Ga = 249, Eor = 239;
    public const byte Echo = 1, Sga = 3, Naws = 31, Gmcp = 201, Charset = 42, Binary = 0;

    public static byte[] Cmd(byte verb, byte option) => [Iac, verb, option];

    public static byte[] Bytes(params object[] parts)
    {
        var list = new List<byte>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case string s: list.AddRange(System.Text.Encoding.UTF8.GetBytes(s)); break;
                case byte b: list.Add(b); break;
                case int i: list.Add((byte)i); break;
                case byte[] a: list.AddRange(a); break;
                default: throw new ArgumentException($"unsupported part {part}");
            }
        }
        return [.. list];
    }

    /// <summary>True when <paramref name="haystack"/> contains <paramref name="needle"/>.</summary>
    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
