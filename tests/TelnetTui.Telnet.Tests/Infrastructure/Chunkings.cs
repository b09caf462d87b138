namespace TelnetTui.Telnet.Tests.Infrastructure;

/// <summary>The ways every vector is fed: whole, split in two at every position, and one byte at a time.</summary>
public static class Chunkings
{
    public static IEnumerable<(string Label, byte[][] Pieces)> Of(byte[] input)
    {
        yield return ("whole", [input]);
        for (var k = 1; k < input.Length; k++)
            yield return ($"split at {k}", [input[..k], input[k..]]);
        if (input.Length > 2)
            yield return ("one byte at a time", input.Select(b => new[] { b }).ToArray());
    }

    /// <summary>Runs <paramref name="run"/> for every chunking and asserts each gives <paramref name="expected"/>.</summary>
    public static void AssertAllEqual<T>(byte[] input, T expected, Func<byte[][], T> run, Func<T, T, bool> equal, Func<T, string> show)
    {
        foreach (var (label, pieces) in Of(input))
        {
            var actual = run(pieces);
            if (!equal(expected, actual))
                Assert.Fail($"fed {label}:\nexpected\n{show(expected)}\nactual\n{show(actual)}");
        }
    }
}
