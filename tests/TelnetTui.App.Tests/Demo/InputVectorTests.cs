using System.Buffers;
using System.Globalization;
using System.Text;
using TelnetTui.Demo.Input;
using TelnetTui.Testing;

namespace TelnetTui.App.Tests.Demo;

/// <summary>
/// The input decoders against the vectors in Demo/Vectors (format in its README): each fed whole, split
/// at every position, and one byte at a time.
/// </summary>
public class InputVectorTests
{
    private static string Folder => SharedData.InRepo(Path.Combine("tests", "TelnetTui.App.Tests", "Demo", "Vectors"));

    public static TheoryData<string> LineVectors() => new(Names("lines"));

    public static TheoryData<string> KeyVectors() => new(Names("keys"));

    private static IEnumerable<string> Names(string kind)
        => Directory.GetFiles(Path.Combine(Folder, kind), "*.vec").Select(f => kind + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(LineVectors))]
    public void Line_assembler(string name)
    {
        var v = Vector.Read(Path.Combine(Folder, name));
        foreach (var (label, pieces) in Chunkings(v.Input))
        {
            var assembler = new LineAssembler(v.MaxLength);
            var output = new List<string>();
            var echo = new ArrayBufferWriter<byte>();
            foreach (var piece in pieces)
                assembler.Feed(piece, line => output.Add(line.ToString()), v.Echo ? echo : null);
            Assert.True(v.Expected.SequenceEqual(output), $"{name}, fed {label}:\nexpected\n{string.Join("\n", v.Expected)}\nactual\n{string.Join("\n", output)}");
            if (v.Echo)
                Assert.Equal(v.EchoOut, echo.WrittenSpan.ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(KeyVectors))]
    public void Key_decoder(string name)
    {
        var v = Vector.Read(Path.Combine(Folder, name));
        foreach (var (label, pieces) in Chunkings(v.Input))
        {
            var decoder = new KeyDecoder();
            var output = new List<string>();
            foreach (var piece in pieces)
                decoder.Feed(piece, key => output.Add(key.IsCursorReport(out var row, out var column) ? $"cpr {row} {column}" : key.ToString()));
            Assert.True(v.Expected.SequenceEqual(output), $"{name}, fed {label}:\nexpected\n{string.Join("\n", v.Expected)}\nactual\n{string.Join("\n", output)}");
        }
    }

    [Fact]
    public void Every_vector_folder_has_vectors()
    {
        Assert.True(Names("lines").Count() >= 10);
        Assert.True(Names("keys").Count() >= 8);
    }

    private static IEnumerable<(string Label, byte[][] Pieces)> Chunkings(byte[] input)
    {
        yield return ("whole", [input]);
        for (var k = 1; k < input.Length; k++)
            yield return ($"split at {k}", [input[..k], input[k..]]);
        if (input.Length > 2)
            yield return ("one byte at a time", input.Select(b => new[] { b }).ToArray());
    }

    private sealed record Vector(byte[] Input, List<string> Expected, int MaxLength, bool Echo, byte[] EchoOut)
    {
        public static Vector Read(string path)
        {
            var input = new List<byte>();
            var expected = new List<string>();
            var echoOut = new List<byte>();
            var max = 512;
            var echo = false;
            foreach (var raw in File.ReadAllLines(path))
            {
                if (raw.Length == 0 || raw.StartsWith('#'))
                    continue;
                var colon = raw.IndexOf(':');
                var key = raw[..colon];
                var value = raw[(colon + 1)..].TrimStart();
                switch (key)
                {
                    case "in":
                        input.AddRange(Unescape(value));
                        break;
                    case "out":
                        expected.Add(Normalise(value));
                        break;
                    case "max":
                        max = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "echo":
                        echo = value == "on";
                        break;
                    case "echo-out":
                        echoOut.AddRange(Unescape(value));
                        break;
                    default:
                        throw new InvalidDataException($"{path}: unknown key '{key}'");
                }
            }
            return new Vector([.. input], expected, max, echo, [.. echoOut]);
        }

        /// <summary>Expected lines are compared with the decoders' ToString, so quoted text is unescaped first.</summary>
        private static string Normalise(string expected)
        {
            var quote = expected.IndexOf('"');
            if (quote < 0)
                return expected;
            var inner = expected[(quote + 1)..expected.LastIndexOf('"')];
            var text = Encoding.UTF8.GetString(Unescape(inner));
            // Key.ToString shows ESC as \e; lines show their text as is.
            if (expected.StartsWith("key seq", StringComparison.Ordinal))
                text = text.Replace("\x1b", "\\e", StringComparison.Ordinal);
            return expected[..(quote + 1)] + text + "\"";
        }

        private static byte[] Unescape(string s)
        {
            var bytes = new List<byte>();
            for (var i = 0; i < s.Length; i++)
            {
                if (s[i] != '\\')
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
                    continue;
                }
                var c = s[++i];
                switch (c)
                {
                    case 'r': bytes.Add(13); break;
                    case 'n': bytes.Add(10); break;
                    case '0': bytes.Add(0); break;
                    case 't': bytes.Add(9); break;
                    case 'b': bytes.Add(8); break;
                    case 'e': bytes.Add(27); break;
                    case 'x':
                        bytes.Add(byte.Parse(s.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 2;
                        break;
                    case 'u':
                        bytes.AddRange(Encoding.UTF8.GetBytes(((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()));
                        i += 4;
                        break;
                    default: bytes.Add((byte)c); break;
                }
            }
            return [.. bytes];
        }
    }
}
