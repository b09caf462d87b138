namespace TelnetTui.Telnet.Engine;

/// <summary>A terminal size in character cells, as NAWS carries it (RFC 1073).</summary>
public readonly record struct WindowSize(int Columns, int Rows)
{
    public override string ToString() => $"{Columns}x{Rows}";
}
