namespace TelnetTui.Scripting.Items;

/// <summary>A timer: fires once, or every <see cref="Interval"/>, on the engine's clock.</summary>
internal sealed class ScriptTimer : ScriptItem
{
    public override ScriptItemKind Kind => ScriptItemKind.Timer;

    public required TimeSpan Interval { get; init; }

    public bool Repeat { get; init; }

    /// <summary>TimeProvider timestamp when it fires next.</summary>
    public long Due { get; set; }
}
