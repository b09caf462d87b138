namespace TelnetTui.Fuzz;

/// <summary>Feeds an input in the pieces that ascending cut offsets make.</summary>
public static class Chunks
{
    public delegate void SpanAction(ReadOnlySpan<byte> chunk);

    public static void Feed(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts, SpanAction feed)
    {
        var start = 0;
        foreach (var cut in cuts)
        {
            if (cut <= start || cut >= input.Length)
                continue;
            feed(input[start..cut]);
            start = cut;
        }
        feed(input[start..]);
    }
}
