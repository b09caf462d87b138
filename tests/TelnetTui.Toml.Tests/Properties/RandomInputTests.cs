using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace TelnetTui.Toml.Tests.Properties;

/// <summary>
/// Issue 4, "random byte strings never crash the reader and always give an error with a position
/// inside the input": arbitrary bytes, and valid documents with random bytes inserted, deleted or
/// replaced (mostly with TOML's own punctuation, which reaches deep into the grammar). Any
/// outcome but a table or a <see cref="TomlException"/> pointing into the text fails.
/// </summary>
public class RandomInputTests
{
    private const int Cases = 1000;

    private static readonly byte[] Interesting = Encoding.UTF8.GetBytes("[]{}=.,#\"'\\\n\r\t 0123456789+-_:eExobTZzinaf\u00e9");

    [Fact]
    public void Random_bytes_give_a_table_or_a_positioned_error() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases),
            Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(), ReadsOrFailsInside));

    [Fact]
    public void Mutated_documents_give_a_table_or_a_positioned_error()
    {
        var mutated = Gen.Choose(0, int.MaxValue - 1).Select(Mutate);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(mutated.ToArbitrary(), ReadsOrFailsInside));
    }

    private static byte[] Mutate(int seed)
    {
        var r = new Random(seed);
        var bytes = Encoding.UTF8.GetBytes(TomlDocumentGenerator.Generate(seed, 1 + r.Next(8)).Text).ToList();
        var mutations = 1 + r.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            var at = r.Next(bytes.Count + 1);
            var b = r.Next(4) == 0 ? (byte)r.Next(256) : Interesting[r.Next(Interesting.Length)];
            switch (r.Next(3))
            {
                case 0:
                    bytes.Insert(at, b);
                    break;
                case 1 when at < bytes.Count:
                    bytes.RemoveAt(at);
                    break;
                default:
                    if (at < bytes.Count)
                        bytes[at] = b;
                    break;
            }
        }
        return [.. bytes];
    }

    internal static bool ReadsOrFailsInside(byte[] input)
    {
        try
        {
            TomlReader.Read(input, "random.toml");
            TomlDocument.Parse(input, "random.toml");
            return true;
        }
        catch (TomlException e)
        {
            var text = Encoding.UTF8.GetString(input);
            var lines = text.Split('\n');
            var p = e.Position;
            var inside = p.File == "random.toml" && p.Line >= 1 && p.Line <= lines.Length && p.Column >= 1
                         && p.Column <= lines[p.Line - 1].Length + 1 && p.Offset >= 0 && p.Offset <= text.Length
                         && e.Reason.Length > 0;
            if (!inside)
                throw new InvalidOperationException($"position {p} is outside the input ({lines.Length} lines): {e.Message}");
            return true;
        }
    }
}
