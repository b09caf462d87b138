namespace TelnetTui.Telnet.Tests.Infrastructure;

/// <summary>Short helpers for writing bytes in tests with the vector token syntax.</summary>
public static class Bytes
{
    /// <summary>Token syntax, e.g. <c>B("IAC DO NAWS")</c>.</summary>
    public static byte[] B(string tokens) => ByteTokens.Parse(tokens);

    public static string Show(ReadOnlySpan<byte> bytes) => ByteTokens.Quote(bytes);

    /// <summary>Asserts that <paramref name="actual"/> ends with <paramref name="expectedEnd"/>, showing both when not.</summary>
    public static void AssertEndsWith(string expectedEnd, IEnumerable<byte> actual)
    {
        var a = actual.ToArray();
        var e = B(expectedEnd);
        Assert.True(a.AsSpan().EndsWith(e), $"expected the bytes to end with {Show(e)}\nactual {Show(a)}");
    }

    /// <summary>How many times <paramref name="needle"/> occurs in <paramref name="haystack"/>.</summary>
    public static int Count(IEnumerable<byte> haystack, string needle)
    {
        var h = haystack.ToArray().AsSpan();
        var n = B(needle);
        var count = 0;
        for (var i = h.IndexOf(n); i >= 0; i = h.IndexOf(n))
        {
            count++;
            h = h[(i + n.Length)..];
        }
        return count;
    }
}
