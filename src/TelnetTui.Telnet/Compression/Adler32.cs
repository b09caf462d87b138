namespace TelnetTui.Telnet.Compression;

/// <summary>The Adler-32 checksum that ends a zlib stream (RFC 1950 §2.2, §9).</summary>
internal static class Adler32
{
    private const uint Modulus = 65521;
    /// <summary>Largest n such that 255n(n+1)/2 + (n+1)(Modulus-1) fits in 32 bits (RFC 1950 §9).</summary>
    private const int MaxRun = 5552;

    public static uint Update(uint adler, ReadOnlySpan<byte> data)
    {
        uint a = adler & 0xFFFF, b = adler >> 16;
        while (!data.IsEmpty)
        {
            var n = Math.Min(data.Length, MaxRun);
            var chunk = data[..n];
            var i = 0;
            for (; i + 4 <= n; i += 4)
            {
                a += chunk[i]; b += a;
                a += chunk[i + 1]; b += a;
                a += chunk[i + 2]; b += a;
                a += chunk[i + 3]; b += a;
            }
            for (; i < n; i++)
            {
                a += chunk[i];
                b += a;
            }
            a %= Modulus;
            b %= Modulus;
            data = data[n..];
        }
        return (b << 16) | a;
    }
}
