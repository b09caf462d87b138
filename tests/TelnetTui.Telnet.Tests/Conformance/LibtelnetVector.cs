using System.Globalization;

namespace TelnetTui.Telnet.Tests.Conformance;

/// <summary>
/// One of libtelnet's test vectors (../shared/libtelnet-test): NAME.input holds percent-encoded bytes
/// with '#' comment lines (line breaks are not part of the input), NAME.txt the event transcript
/// libtelnet's telnet-test printed for it.
/// </summary>
public sealed record LibtelnetVector(string Name, byte[] Input, string[] Expected)
{
    public static LibtelnetVector Load(string folder, string name)
    {
        var bytes = new List<byte>();
        foreach (var line in File.ReadAllLines(Path.Combine(folder, name + ".input")))
        {
            if (line.StartsWith('#'))
                continue;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '%' && i + 2 < line.Length)
                {
                    bytes.Add(byte.Parse(line.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                }
                else
                {
                    bytes.Add((byte)line[i]);
                }
            }
        }
        var expected = File.ReadAllLines(Path.Combine(folder, name + ".txt")).Where(l => l.Length > 0).ToArray();
        return new LibtelnetVector(name, bytes.ToArray(), expected);
    }
}
