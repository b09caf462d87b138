namespace TelnetTui.Tui.Rendering;

/// <summary>A run of changed cells on one row: columns X to X+Length-1 of row Y.</summary>
public readonly record struct DiffRun(int Y, int X, int Length)
{
    public int End => X + Length;
}
