namespace TelnetTui.Fuzz;

/// <summary>
/// One parser under fuzzing. <see cref="Check"/> feeds the input whole and again cut at
/// <paramref name="cuts"/> (for stream parsers) and throws when the parser throws something its contract
/// does not allow, or when the two runs disagree (STYLE.md: a sequence split at any byte gives the same result).
/// </summary>
public interface IFuzzTarget
{
    /// <summary>Short name, used on the command line and as the regression vector folder.</summary>
    string Name { get; }

    /// <summary>Byte strings the generator splices in (protocol tokens that reach deep states quickly).</summary>
    IReadOnlyList<byte[]> Dictionary { get; }

    /// <summary>Runs one input; <paramref name="cuts"/> are ascending offsets inside it.</summary>
    void Check(ReadOnlySpan<byte> input, IReadOnlyList<int> cuts);
}
