namespace TelnetTui.Scripting.Pane;

/// <summary>
/// One record of script output for the script pane: when, what kind, the text, and for errors the
/// script file and line plus a traceback.
/// </summary>
public sealed record ScriptOutput(DateTimeOffset Time, ScriptOutputKind Kind, string Text, string? Script = null, int? Line = null, string? Traceback = null)
{
    /// <summary>"file.lua:12: text" for errors with a position, else the text.</summary>
    public override string ToString() => Kind == ScriptOutputKind.Error && Script is not null && !Text.StartsWith(Script + ":", StringComparison.Ordinal)
        ? $"{Script}:{Line}: {Text}"
        : Text;
}
