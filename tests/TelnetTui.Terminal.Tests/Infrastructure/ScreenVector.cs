namespace TelnetTui.Terminal.Tests.Infrastructure;

/// <summary>One case of a screen vector file: terminal setup, input bytes, and what the screen must show.</summary>
public sealed class ScreenVector
{
    public required string File { get; init; }
    public required string Name { get; init; }
    public required int Line { get; init; }
    public int Columns { get; set; } = 80;
    public int Rows { get; set; } = 25;
    public int Scrollback { get; set; } = 100;
    public string Encoding { get; set; } = "utf-8";
    public bool? AnsiBbs { get; set; }
    public bool IceColors { get; set; }
    public bool Clipboard { get; set; }
    public bool ImplicitCarriageReturn { get; set; }
    public List<byte> Input { get; } = [];
    /// <summary>Bytes fed after the input, in one piece, with a resize before them (resize vectors).</summary>
    public (int Columns, int Rows)? ResizeTo { get; set; }
    public List<ScreenExpectation> Expectations { get; } = [];

    public override string ToString() => $"{File}: {Name}";
}

/// <summary>One checked fact, with the file line it came from.</summary>
public sealed record ScreenExpectation(int Line, string Kind, string Argument, string Value);
