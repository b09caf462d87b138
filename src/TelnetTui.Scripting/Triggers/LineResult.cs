namespace TelnetTui.Scripting.Triggers;

/// <summary>What triggers decided about one received line: hide it, colour parts of it, how many fired.</summary>
public readonly struct LineResult
{
    public static readonly LineResult None = default;

    public LineResult(bool gag, IReadOnlyList<LineHighlight>? highlights, int fired)
    {
        Gag = gag;
        _highlights = highlights;
        Fired = fired;
    }

    private readonly IReadOnlyList<LineHighlight>? _highlights;

    /// <summary>A trigger gagged the line: the app should not show it.</summary>
    public bool Gag { get; }

    public IReadOnlyList<LineHighlight> Highlights => _highlights ?? [];

    /// <summary>Triggers that matched.</summary>
    public int Fired { get; }
}
